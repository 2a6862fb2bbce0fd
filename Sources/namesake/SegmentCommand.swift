import ArgumentParser
import Foundation
import Namesake

struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split documents into sentences, headings, source lines and boilerplate.",
    discussion: """
      Writes one JSON object per segment: doc, lang, index, kind, start, end (Unicode scalar \
      offsets, end-exclusive), text, trailing (whitespace after it) and, on a document's first \
      record, leading. With --format text: one segment per line, a blank line after each document.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case jsonl, text
  }

  @Argument(help: "UTF-8 text files or directories of .txt files; none: standard input.")
  var files: [String] = []

  @OptionGroup var input: InputOptions

  @Option(help: "Output format.")
  var format: Format = .jsonl

  @Flag(help: "ICU's boundaries without Namesake's corrections, for comparison.")
  var icuOnly = false

  /// Segments written per write(2).
  static let batch = 4096

  func run() throws {
    try ErrorReporter.run {
      let pipeline = try SegmentationPipeline(forcedLanguage: input.lang, appliesCorrections: !icuOnly)
      let output = StandardOutput.writer
      let paths = try DocumentReader.expand(paths: files)
      // Output goes out document by document; a path that cannot be opened stops the run first.
      try DocumentReader.checkOpenable(paths)
      let documents: [() throws -> Document] =
        files.isEmpty
        ? [{ try DocumentReader.readStandardInput() }]
        : paths.map { path in { try DocumentReader.read(path: path) } }
      var writer = JSONWriter()
      var text = [UInt8]()
      for read in documents {
        guard let segmented = try pipeline.segment(try read()) else { continue }
        if segmented.segments.isEmpty && format == .text { try output.write([0x0A]) }
        // A batch at a time: a 100 MB document's records are never all in memory at once.
        for start in stride(from: 0, to: segmented.segments.count, by: Self.batch) {
          let indices = start..<min(start + Self.batch, segmented.segments.count)
          switch format {
          case .jsonl:
            writer.removeAll()
            SegmentRecordWriter.appendJSONLines(segmented, indices: indices, to: &writer)
            try output.write(writer.bytes)
          case .text:
            text.removeAll(keepingCapacity: true)
            SegmentRecordWriter.appendText(segmented, indices: indices, to: &text)
            try output.write(text)
          }
        }
      }
    }
  }
}
