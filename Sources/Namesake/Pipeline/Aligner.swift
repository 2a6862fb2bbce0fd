/// One document through the whole job: its segments, its linked mentions and its QA findings.
public struct AlignedDocument: Sendable {
  public var segmented: SegmentedDocument
  public var mentions: [Mention]
  public var findings: [Finding]
  /// The article's date, from the dates file or its dateline.
  public var date: ArticleDate?
}

/// The main job: segments documents, links their mentions, checks them, and renders the files of
/// `aligned/`.
public struct Aligner: Sendable {
  public let linker: Linker
  private let checker: QAChecker
  private var pipeline: SegmentationPipeline

  public init(glossary: Glossary, forcedLanguage: Language? = nil, dates: ArticleDates = ArticleDates()) throws {
    linker = try Linker(glossary: glossary)
    checker = try QAChecker(glossary: glossary, dates: dates)
    pipeline = try SegmentationPipeline(forcedLanguage: forcedLanguage)
  }

  /// Segments, links and checks one document; nil when it has nothing to segment.
  public mutating func align(_ document: Document) throws -> AlignedDocument? {
    guard let segmented = try pipeline.segment(document) else { return nil }
    let mentions = linker.mentions(in: segmented)
    let date = checker.articleDate(segmented)
    return AlignedDocument(segmented: segmented, mentions: mentions, findings: checker.findings(segmented, mentions: mentions, date: date), date: date)
  }

  /// Aligned output for `documents`, as file name → bytes: `<doc>.jsonl` per document,
  /// `mentions.tsv`, `aligned.tmx`, the QA findings `qa.jsonl` and the QA report `qa.html`.
  /// Deterministic: the same documents give the same bytes.
  public mutating func render(_ documents: [Document]) throws -> [String: [UInt8]] {
    var files = [String: [UInt8]]()
    var mentionRows = AlignmentOutputs.mentionsHeader
    var tmx = AlignmentOutputs.tmxHeader
    var qa = JSONWriter()
    var report = QAReportWriter(glossary: linker.glossary)
    for document in documents {
      guard let aligned = try align(document) else { continue }
      let (segmented, mentions) = (aligned.segmented, aligned.mentions)
      var writer = JSONWriter()
      AlignedRecordWriter.appendJSONLines(segmented, mentions: mentions, to: &writer)
      files[document.id + ".jsonl"] = writer.bytes
      mentionRows += AlignmentOutputs.mentionRows(segmented, mentions: mentions)
      tmx += AlignmentOutputs.tmxUnits(segmented, mentions: mentions)
      FindingWriter.append(aligned.findings, to: &qa)
      report.append(aligned)
    }
    files["qa.jsonl"] = qa.bytes
    files["qa.html"] = report.render()
    files["mentions.tsv"] = Array(mentionRows.utf8)
    files["aligned.tmx"] = Array((tmx + AlignmentOutputs.tmxFooter).utf8)
    return files
  }

  /// Mentions of one document, unchecked (for tests and library users).
  public mutating func mentions(in document: Document) throws -> (SegmentedDocument, [Mention])? {
    guard let segmented = try pipeline.segment(document) else { return nil }
    return (segmented, linker.mentions(in: segmented))
  }

  /// QA findings for one document's mentions.
  public func findings(_ segmented: SegmentedDocument, mentions: [Mention]) -> [Finding] {
    checker.findings(segmented, mentions: mentions)
  }
}
