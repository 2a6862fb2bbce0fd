import ArgumentParser
import Foundation
import Namesake

struct SegmentCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split documents into sentences, headings, source lines and boilerplate.",
    discussion: """
      Writes one JSON object per segment: doc, lang, index, kind, start, end (Unicode scalar \
      offsets, end-exclusive), text, trailing (whitespace after it) and, on a document's first \
      record, leading. With --format text: one segment per line, a blank line after each document. \
      Documents are segmented by --jobs concurrent tasks and written in input order, so the output \
      is the same for any --jobs; the first document that cannot be read stops the run, after the \
      documents before it.
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

  @Option(help: "Documents segmented at once; default: the number of cores.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  /// Segments rendered per write(2), for a long document (rendered batch by batch in order, so
  /// a 100 MB document's records are never all in memory at once).
  static let batch = SegmentedDocument.renderingBatch

  func validate() throws {
    guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
  }

  /// A document's output: its bytes, or (for a large one) its segments, rendered when written.
  enum Output: Sendable {
    case bytes([UInt8])
    case large(SegmentedDocument)
  }

  func run() async throws {
    try await ErrorReporter.run {
      let pipeline = try SegmentationPipeline(forcedLanguage: input.lang, appliesCorrections: !icuOnly)
      let format = self.format
      let segment: @Sendable (Document) throws -> Output = { document in
        guard let segmented = try pipeline.segment(document) else { return .bytes([]) }
        guard document.utf8.count <= Document.longUTF8Count else { return .large(segmented) }
        return .bytes(Self.render(segmented, indices: segmented.segments.indices, format: format))
      }
      let output = StandardOutput.writer
      func write(_ result: Output) throws {
        switch result {
        case .bytes(let bytes):
          try output.write(bytes)
        case .large(let segmented):
          for start in stride(from: 0, to: max(segmented.segments.count, 1), by: Self.batch) {
            try output.write(Self.render(segmented, indices: start..<min(start + Self.batch, segmented.segments.count), format: format))
          }
        }
      }
      if files.isEmpty {
        try write(try segment(try DocumentReader.readStandardInput()))
        return
      }
      let paths = try DocumentReader.expand(paths: files)
      // Output goes out document by document; a path that cannot be opened stops the run first.
      try DocumentReader.checkOpenable(paths)
      try await OrderedTasks.run(
        count: paths.count, concurrency: jobs,
        work: { index in Result { try segment(try DocumentReader.read(path: paths[index])) } },
        emit: { _, result in try write(try result.get()) })
    }
  }

  /// Records (or text lines) of the segments at `indices`; in text, a blank line follows the last.
  static func render(_ segmented: SegmentedDocument, indices: Range<Int>, format: Format) -> [UInt8] {
    switch format {
    case .jsonl:
      var writer = JSONWriter()
      writer.reserveCapacity(more: SegmentRecordWriter.estimatedJSONLinesCount(segmented, indices: indices))
      SegmentRecordWriter.appendJSONLines(segmented, indices: indices, to: &writer)
      return writer.bytes
    case .text:
      var text = [UInt8]()
      SegmentRecordWriter.appendText(segmented, indices: indices, to: &text)
      return text
    }
  }
}
