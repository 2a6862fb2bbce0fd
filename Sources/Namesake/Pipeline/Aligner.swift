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

  /// The same aligner with another forced language (or none): the linker and checker, the costly
  /// parts with a large glossary, are shared.
  public func forcing(_ language: Language?) throws(LanguageDataError) -> Aligner {
    var copy = self
    copy.pipeline = try SegmentationPipeline(forcedLanguage: language)
    return copy
  }

  /// Segments, links and checks one document; nil when it has nothing to segment.
  public func align(_ document: Document) throws -> AlignedDocument? {
    guard let segmented = try pipeline.segment(document) else { return nil }
    let mentions = linker.mentions(in: segmented)
    let date = checker.articleDate(segmented)
    return AlignedDocument(segmented: segmented, mentions: mentions, findings: checker.findings(segmented, mentions: mentions, date: date), date: date)
  }

  /// Aligned output for `documents`, as file name → bytes: `<doc>.jsonl` per document,
  /// `mentions.tsv`, `aligned.tmx`, the QA findings `qa.jsonl` and the QA report `qa.html`.
  /// Deterministic: the same documents give the same bytes. (`AlignmentJob` does the same over
  /// files, concurrently and without holding the corpus.)
  public func render(_ documents: [Document]) throws -> [String: [UInt8]] {
    var sink = MemorySink()
    var assembler = AlignedOutputAssembler(glossary: linker.glossary)
    for document in documents {
      if let rendered = try rendered(document) { try assembler.add(rendered, to: &sink) }
    }
    try assembler.finish(&sink)
    return sink.files
  }

  /// Mentions of one document, unchecked (for tests and library users).
  public func mentions(in document: Document) throws -> (SegmentedDocument, [Mention])? {
    guard let segmented = try pipeline.segment(document) else { return nil }
    return (segmented, linker.mentions(in: segmented))
  }

  /// QA findings for one document's mentions.
  public func findings(_ segmented: SegmentedDocument, mentions: [Mention]) -> [Finding] {
    checker.findings(segmented, mentions: mentions)
  }
}
