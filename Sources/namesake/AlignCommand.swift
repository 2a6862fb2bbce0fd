import ArgumentParser
import Foundation
import Namesake

struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Link every mention to its canonical English form and write normalised parallel records.",
    discussion: """
      Writes, into --out: <doc>.jsonl (one record per segment with its mentions and normalised \
      text), mentions.tsv (one row per mention), aligned.tmx (Japanese and Swedish segments \
      paired with their normalised forms), qa.jsonl (QA findings) and qa.html (the QA report). Every file is written to a \
      temporary file and renamed.
      """
  )

  @Argument(help: "UTF-8 text files or directories of .txt files.")
  var paths: [String] = ["corpus"]

  @OptionGroup var input: InputOptions
  @OptionGroup var glossary: GlossaryOptions

  @Option(help: "Output directory (must exist).")
  var out: String = "aligned"

  @OptionGroup var dates: DatesOptions

  func run() throws {
    try ErrorReporter.run {
      var aligner = try Aligner(glossary: try glossary.load(), forcedLanguage: input.lang, dates: try dates.load(inputs: paths))
      let documents = try DocumentReader.expand(paths: paths).map { path throws(InputError) in try DocumentReader.read(path: path) }
      let files = try aligner.render(documents)
      let directory = out.hasSuffix("/") ? out : out + "/"
      // Every file is complete before the first rename, so a failure leaves the old files whole.
      for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
        try AtomicFileWriter.write(bytes, to: directory + name)
      }
      FileHandle.standardError.write(Data("aligned \(documents.count) documents into \(directory)\n".utf8))
    }
  }
}
