import ArgumentParser
import Foundation
import Namesake

struct AlignCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align",
    abstract: "Link every mention to its canonical English form and write normalised parallel records.",
    discussion: """
      Writes, into --out: <doc>.jsonl (one record per segment with its mentions and normalised \
      text), mentions.tsv (one row per mention) and aligned.tmx (Japanese and Swedish segments \
      paired with their normalised forms). Every file is written to a temporary file and renamed.
      """
  )

  @Argument(help: "UTF-8 text files or directories of .txt files.")
  var paths: [String] = ["corpus"]

  @OptionGroup var input: InputOptions
  @OptionGroup var glossary: GlossaryOptions

  @Option(help: "Output directory (must exist).")
  var out: String = "aligned"

  func run() throws {
    try ErrorReporter.run {
      let linker = try Linker(glossary: try glossary.load())
      var pipeline = try SegmentationPipeline(forcedLanguage: input.lang)
      let directory = out.hasSuffix("/") ? out : out + "/"
      var mentionRows = AlignmentOutputs.mentionsHeader
      var tmx = AlignmentOutputs.tmxHeader
      var counts = (documents: 0, mentions: 0, linked: 0)
      for path in try DocumentReader.expand(paths: paths) {
        let document = try DocumentReader.read(path: path)
        guard let segmented = try pipeline.segment(document) else { continue }
        let mentions = linker.mentions(in: segmented)
        var writer = JSONWriter()
        AlignedRecordWriter.appendJSONLines(segmented, mentions: mentions, to: &writer)
        try AtomicFileWriter.write(writer.bytes, to: directory + document.id + ".jsonl")
        mentionRows += AlignmentOutputs.mentionRows(segmented, mentions: mentions)
        tmx += AlignmentOutputs.tmxUnits(segmented, mentions: mentions)
        counts.documents += 1
        counts.mentions += mentions.count
        counts.linked += mentions.filter { $0.entity != nil }.count
      }
      try AtomicFileWriter.write(Array(mentionRows.utf8), to: directory + "mentions.tsv")
      try AtomicFileWriter.write(Array((tmx + AlignmentOutputs.tmxFooter).utf8), to: directory + "aligned.tmx")
      FileHandle.standardError.write(
        Data("aligned \(counts.documents) documents: \(counts.mentions) mentions, \(counts.linked) linked, into \(directory)\n".utf8))
    }
  }
}
