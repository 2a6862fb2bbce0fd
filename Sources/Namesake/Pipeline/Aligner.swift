/// The main job: segments documents, links their mentions, and renders the files of `aligned/`.
public struct Aligner: Sendable {
  public let linker: Linker
  private let checker: QAChecker
  private var pipeline: SegmentationPipeline

  public init(glossary: Glossary, forcedLanguage: Language? = nil, dates: ArticleDates = ArticleDates()) throws {
    linker = try Linker(glossary: glossary)
    checker = try QAChecker(glossary: glossary, dates: dates)
    pipeline = try SegmentationPipeline(forcedLanguage: forcedLanguage)
  }

  /// Aligned output for `documents`, as file name → bytes: `<doc>.jsonl` per document,
  /// `mentions.tsv`, `aligned.tmx` and the QA findings `qa.jsonl`. Deterministic: the same
  /// documents give the same bytes.
  public mutating func render(_ documents: [Document]) throws -> [String: [UInt8]] {
    var files = [String: [UInt8]]()
    var mentionRows = AlignmentOutputs.mentionsHeader
    var tmx = AlignmentOutputs.tmxHeader
    var qa = JSONWriter()
    for document in documents {
      guard let segmented = try pipeline.segment(document) else { continue }
      let mentions = linker.mentions(in: segmented)
      var writer = JSONWriter()
      AlignedRecordWriter.appendJSONLines(segmented, mentions: mentions, to: &writer)
      files[document.id + ".jsonl"] = writer.bytes
      mentionRows += AlignmentOutputs.mentionRows(segmented, mentions: mentions)
      tmx += AlignmentOutputs.tmxUnits(segmented, mentions: mentions)
      FindingWriter.append(checker.findings(segmented, mentions: mentions), to: &qa)
    }
    files["qa.jsonl"] = qa.bytes
    files["mentions.tsv"] = Array(mentionRows.utf8)
    files["aligned.tmx"] = Array((tmx + AlignmentOutputs.tmxFooter).utf8)
    return files
  }

  /// QA findings for one document's mentions.
  public func findings(_ segmented: SegmentedDocument, mentions: [Mention]) -> [Finding] {
    checker.findings(segmented, mentions: mentions)
  }

  /// Mentions of one document (for tests and library users).
  public mutating func mentions(in document: Document) throws -> (SegmentedDocument, [Mention])? {
    guard let segmented = try pipeline.segment(document) else { return nil }
    return (segmented, linker.mentions(in: segmented))
  }
}
