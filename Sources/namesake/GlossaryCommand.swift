import ArgumentParser
import Foundation
import Namesake

struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary",
    abstract: "Validate, count, export, import and compile glossaries.",
    subcommands: [Validate.self, Stats.self, Export.self, Import.self, Compile.self]
  )

  enum ExchangeFormat: String, ExpressibleByArgument, CaseIterable {
    case tbx, csv
  }

  struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check a glossary; list every problem with file:line and field.")
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
      try ErrorReporter.run {
        let loaded = try glossary.load()
        let statistics = loaded.statistics
        let names = statistics.namesByLanguage.values.reduce(0, +)
        try StandardOutput.write(
          "\(glossary.resolvedPath): valid: \(loaded.entities.count) entities, \(names) names, \(statistics.tenures) tenures, \(statistics.relations) relations\n")
      }
    }
  }

  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Count entities per kind and names per language.")
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
      try ErrorReporter.run {
        let statistics = try glossary.load().statistics
        var text = "kind\tentities\n"
        for kind in EntityKind.allCases { text += "\(kind.rawValue)\t\(statistics.entitiesByKind[kind] ?? 0)\n" }
        text += "\nlang\tnames\n"
        for language in Language.allCases { text += "\(language.rawValue)\t\(statistics.namesByLanguage[language] ?? 0)\n" }
        text += "\ntenures\t\(statistics.tenures)\nrelations\t\(statistics.relations)\n"
        try StandardOutput.write(text)
      }
    }
  }

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a glossary as TBX-Basic or CSV.")
    @OptionGroup var glossary: GlossaryOptions
    @Option(help: "Exchange format.") var format: ExchangeFormat
    @Option(help: "Output file (written atomically); default: standard output.") var out: String?

    func run() throws {
      try ErrorReporter.run {
        let loaded = try glossary.load()
        let text = format == .tbx ? TBXGlossaryFormat.render(loaded) : CSVGlossaryFormat.render(loaded)
        if let out {
          try AtomicFileWriter.write(Array(text.utf8), to: out)
        } else {
          try StandardOutput.write(text)
        }
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Merge a TBX or CSV file into a glossary directory; on any problem, report all and change nothing.")
    @Argument(help: "The TBX or CSV file.") var file: String
    @Option(help: "Exchange format.") var format: ExchangeFormat
    @OptionGroup var glossary: GlossaryOptions

    func run() throws {
      try ErrorReporter.run {
        let records = format == .tbx ? try TBXGlossaryFormat.read(path: file) : try CSVGlossaryFormat.read(path: file)
        let summary = try GlossaryImporter.importRecords(records, into: glossary.resolvedPath)
        try StandardOutput.write(
          "\(glossary.resolvedPath): added \(summary.entitiesAdded) entities, \(summary.namesAdded) names, "
            + "\(summary.tenuresAdded) tenures, \(summary.relationsAdded) relations\n")
      }
    }
  }
}

extension GlossaryCommand {
  struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Validate a glossary and write it as one binary image (.nsglossary) that loads without parsing or checking it again.",
      discussion: "Compile again after editing the glossary: the image is a copy, not a link to it.")
    @OptionGroup var glossary: GlossaryOptions
    @Option(help: "The image to write (atomically), ending in .\(GlossaryImage.fileExtension).") var out: String

    func validate() throws {
      guard GlossaryImage.isImage(path: out) else {
        throw ValidationError("--out: \(out): the image's name must end in .\(GlossaryImage.fileExtension), so that --glossary recognises it")
      }
    }

    func run() throws {
      try ErrorReporter.run {
        let loaded = try glossary.load()
        let image = GlossaryImage.encode(loaded)
        try AtomicFileWriter.write(image, to: out)
        try StandardOutput.write("\(out): \(loaded.entities.count) entities, \(image.count) bytes\n")
      }
    }
  }
}

/// `--glossary PATH`: a directory in the project format, a TBX, a CSV or a compiled image file.
struct GlossaryOptions: ParsableArguments {
  @Option(help: "Glossary directory, .tbx, .csv or compiled .nsglossary file; default: the built-in glossary/.")
  var glossary: String?

  var resolvedPath: String { glossary ?? GlossaryOptions.builtInPath }

  func load() throws -> Glossary { try GlossaryLoader.load(resolvedPath) }

  /// $NAMESAKE_GLOSSARY, else ./glossary, else the glossary/ of the checkout the binary was built in.
  static var builtInPath: String {
    if let path = ProcessInfo.processInfo.environment["NAMESAKE_GLOSSARY"], !path.isEmpty { return path }
    if FileManager.default.fileExists(atPath: "glossary/entities.tsv") { return "glossary" }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    for _ in 0..<6 {
      let candidate = directory.appendingPathComponent("glossary")
      if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("entities.tsv").path) { return candidate.path }
      directory.deleteLastPathComponent()
    }
    return "glossary"
  }
}
