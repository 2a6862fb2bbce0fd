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
      var findings = JSONWriter()
      var report = html.map { _ in QAReportWriter(glossary: loaded) }
      var counts = [Finding.Severity: Int]()
      var checked = 0
      try ProgressBar.reading(try DocumentReader.expand(paths: paths)) { document in
        guard let aligned = try aligner.align(document) else { return }
        checked += 1
        FindingWriter.append(aligned.findings, to: &findings)
        report?.append(aligned)
        for finding in aligned.findings { counts[finding.severity, default: 0] += 1 }
      }
      // Both files are complete before either is renamed into place.
      var files = [(bytes: [UInt8], path: String)]()
      if let html, let report { files.append((report.render(), html)) }
      if let out { files.append((findings.bytes, out)) }
      try AtomicFileWriter.write(files)
      if out == nil { try StandardOutput.write(findings.bytes) }
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
