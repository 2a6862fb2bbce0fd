import ArgumentParser
import Foundation
import Namesake

struct AlignCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Link every mention to its canonical English form and write normalised parallel records.",
    discussion: """
      Writes, into --out: <doc>.jsonl (one record per segment with its mentions and normalised \
      text), mentions.tsv (one row per mention), aligned.tmx (Japanese and Swedish segments \
      paired with their normalised forms), qa.jsonl (QA findings) and qa.html (the QA report). \
      Documents are processed concurrently and written in input order: the output is the same \
      for any --jobs. Files are staged in a hidden directory inside --out and renamed into \
      place when every document is done, so a failed or interrupted run leaves the previous files. \
      Every file is processed: one that cannot be read, decoded or identified is refused with a \
      message naming it and the position, and the summary counts documents read, aligned and \
      refused. If any was refused, nothing is written and the exit status is the first refusal's \
      (65 or 66), unless --keep-going, which writes the others and exits 0. --no-report leaves \
      out qa.html (about four times the corpus's size, and a third of the time) and removes a \
      previous one from --out.
      """
  )

  @Argument(help: "UTF-8 text files or directories of .txt files.")
  var paths: [String] = ["corpus"]

  @OptionGroup var input: InputOptions
  @OptionGroup var glossary: GlossaryOptions

  @Option(help: "Output directory (must exist).")
  var out: String = "aligned"

  @OptionGroup var dates: DatesOptions

  @Option(help: "Documents processed at once; default: the number of cores.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: "Write the documents that could be aligned even if others were refused (exit 0).")
  var keepGoing = false

  @Flag(inversion: .prefixedNo, help: "Write the HTML QA report, qa.html.")
  var report = true

  func validate() throws {
    guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
  }

  func run() async throws {
    try await ErrorReporter.run {
      // The output directory is checked first: loading a large glossary takes seconds.
      var sink = try StagedDirectorySink(directory: out)
      let aligner = try Aligner(glossary: try glossary.load(), forcedLanguage: input.lang, dates: try dates.load(inputs: paths))
      KeptUntilExit.keep(aligner)
      let files = try DocumentReader.expand(paths: paths)
      var bar = ProgressBar(paths: files)
      let job = AlignmentJob(aligner: aligner, concurrency: jobs, writesReport: report)
      let summary = try await job.run(
        paths: files, into: &sink, keepGoing: keepGoing,
        refused: { bar.message("namesake: refused: \($0.error)") },
        progress: { bar.update($0) })
      bar.finish()
      FileHandle.standardError.write(Data("\(summary.documents); \(summary.findings) QA findings; written to \(sink.directory)\n".utf8))
    }
  }
}
