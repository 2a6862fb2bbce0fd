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

  func validate() throws {
    guard jobs > 0 else { throw ValidationError("--jobs must be positive") }
  }

  func run() async throws {
    try await ErrorReporter.run {
      let pipeline = try SegmentationPipeline(forcedLanguage: input.lang, appliesCorrections: !icuOnly)
      let format = self.format
      let render: @Sendable (Document) throws -> [UInt8] = { document in
        guard let segmented = try pipeline.segment(document) else { return [] }
        switch format {
        case .jsonl:
          var writer = JSONWriter()
          SegmentRecordWriter.appendJSONLines(segmented, to: &writer)
          return writer.bytes
        case .text:
          var text = [UInt8]()
          SegmentRecordWriter.appendText(segmented, to: &text)
          return text
        }
      }
      let output = FileHandle.standardOutput
      if files.isEmpty {
        output.write(Data(try render(try DocumentReader.readStandardInput())))
        return
      }
      let paths = try DocumentReader.expand(paths: files)
      try await OrderedTasks.run(
        count: paths.count, concurrency: jobs,
        work: { index in Result { try render(try DocumentReader.read(path: paths[index])) } },
        emit: { _, result in output.write(Data(try result.get())) })
    }
  }
}
