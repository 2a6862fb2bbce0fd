import ArgumentParser
import Foundation
import Namesake

struct QACommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "qa",
    abstract: "Check names and titles: broken or non-conventional transliterations, unknown names, titles wrong for the date.",
    discussion: """
      Prints findings as JSON Lines (doc, segment, start, end, surface, check, severity, message, \
      suggestion) or writes them to --out, and with --html writes a self-contained report: each \
      article beside its normalised form, mentions highlighted and linked to the glossary, \
      findings listed. Checks: broken-name, known-variant, suspect-transliteration, unknown-name, \
      ambiguous-reference, title-date, inconsistent-spelling, forbidden-form. Exit status 1 when \
      --fail-on is given and a finding reaches that severity (after every output is written).
      """
  )

  enum Threshold: String, ExpressibleByArgument, CaseIterable {
    case error, warning, info
  }

  @Argument(help: "UTF-8 text files or directories of .txt files.")
  var paths: [String] = ["corpus"]

  @OptionGroup var input: InputOptions
  @OptionGroup var glossary: GlossaryOptions
  @OptionGroup var dates: DatesOptions

  @Option(help: "Findings file (JSON Lines, written atomically); default: standard output.")
  var out: String?

  @Option(help: "Also write the HTML report to this file (atomically).")
  var html: String?

  @Option(help: "Exit with status 1 if any finding is at least this severe: error, warning or info.")
  var failOn: Threshold?

  func run() throws {
    var failed = false
    try ErrorReporter.run {
      let loaded = try glossary.load()
      let articleDates = try dates.load(inputs: paths)
      let aligner = try Aligner(glossary: loaded, forcedLanguage: input.lang, dates: articleDates)
      KeptUntilExit.keep(aligner)
      // Findings for --out and the report go to staged files as the run goes; both are renamed
      // into place only when both are complete. Findings for standard output are held.
      let findingsFile = try out.map { path throws(AtomicFileWriter.WriteError) in try StagedFile(beside: path) }
      let report = try html.map { path throws(AtomicFileWriter.WriteError) in try QAReportFile(glossary: loaded, path: path) }
      var held = [UInt8]()
      var counts = [Finding.Severity: Int]()
      var checked = 0
      try ProgressBar.reading(try DocumentReader.expand(paths: paths)) { document in
        guard let aligned = try aligner.align(document) else { return }
        checked += 1
        let findings = FindingWriter.lines(aligned.findings)
        if let findingsFile { try findingsFile.append(findings) } else { held += findings }
        try report?.add(aligned)
        for finding in aligned.findings { counts[finding.severity, default: 0] += 1 }
      }
      try StagedFile.commit([try report?.finish(), findingsFile].compactMap { $0 })
      if out == nil { try StandardOutput.write(held) }
      let total = counts.values.reduce(0, +)
      FileHandle.standardError.write(
        Data("checked \(checked) documents: \(total) findings (\(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, \(counts[.info] ?? 0) notes)\n".utf8))
      if let failOn {
        let reached: [Finding.Severity] = failOn == .error ? [.error] : failOn == .warning ? [.error, .warning] : [.error, .warning, .info]
        failed = reached.contains { (counts[$0] ?? 0) > 0 }
      }
    }
    if failed { throw ExitCode(1) }
  }
}
