import ArgumentParser
import Namesake

struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Segment documents and print a summary line per document.",
    discussion: "Columns: id, language, bytes, segments by kind (sentence/heading/source/boilerplate), headline."
  )

  @Argument(help: "UTF-8 text files or directories of .txt files.")
  var paths: [String] = ["corpus"]

  @OptionGroup var input: InputOptions

  func run() throws {
    try ErrorReporter.run {
      let pipeline = try SegmentationPipeline(forcedLanguage: input.lang)
      // Printed at the end: a document refused halfway leaves no partial table on standard output.
      var lines = [["doc", "lang", "bytes", "sentence", "heading", "source", "boilerplate", "headline"].joined(separator: "\t")]
      var totals = [SegmentKind: Int]()
      var documents = 0
      for path in try DocumentReader.expand(paths: paths) {
        let document = try DocumentReader.read(path: path)
        documents += 1
        guard let segmented = try pipeline.segment(document) else {
          lines.append([document.id, "-", String(document.utf8.count), "0", "0", "0", "0", ""].joined(separator: "\t"))
          continue
        }
        var counts = [SegmentKind: Int]()
        for segment in segmented.segments { counts[segment.kind, default: 0] += 1 }
        for (kind, count) in counts { totals[kind, default: 0] += count }
        let entry = ManifestEntry(segmented)
        let columns =
          [document.id, segmented.language.rawValue, String(document.utf8.count)]
          + SegmentKind.allCases.map { String(counts[$0] ?? 0) } + [entry.headline ?? ""]
        lines.append(columns.joined(separator: "\t"))
      }
      let total = SegmentKind.allCases.map { "\(totals[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
      lines.append("\(documents) documents: \(total)")
      try StandardOutput.write(lines.joined(separator: "\n") + "\n")
    }
  }
}
