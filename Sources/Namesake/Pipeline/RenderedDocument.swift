/// Everything the main job writes for one document, rendered where it was aligned, so the part
/// that must run in input order only appends bytes.
public struct RenderedDocument: Sendable {
  public var id: String
  /// Size of the input, for throughput.
  public var bytes: Int
  /// `<id>.jsonl`.
  public var records: [UInt8]
  public var mentionRows: [UInt8]
  public var tmxUnits: [UInt8]
  public var findings: [UInt8]
  public var findingCount: Int
  public var report: QAReportSection
}

extension Aligner {
  /// Aligns and renders one document; nil when it has nothing to segment.
  public func rendered(_ document: Document) throws -> RenderedDocument? {
    guard let aligned = try align(document) else { return nil }
    let (segmented, mentions) = (aligned.segmented, aligned.mentions)
    var records = JSONWriter()
    AlignedRecordWriter.appendJSONLines(segmented, mentions: mentions, to: &records)
    var findings = JSONWriter()
    FindingWriter.append(aligned.findings, to: &findings)
    return RenderedDocument(
      id: document.id, bytes: document.utf8.count, records: records.bytes,
      mentionRows: Array(AlignmentOutputs.mentionRows(segmented, mentions: mentions).utf8),
      tmxUnits: Array(AlignmentOutputs.tmxUnits(segmented, mentions: mentions).utf8), findings: findings.bytes,
      findingCount: aligned.findings.count, report: QAReportSection(aligned, glossary: linker.glossary))
  }
}

/// Writes the files of `aligned/` from rendered documents, in the order given: `<doc>.jsonl` per
/// document, `mentions.tsv`, `aligned.tmx`, `qa.jsonl` and `qa.html`.
public struct AlignedOutputAssembler {
  private var report: QAReport
  private var started = false
  static let reportSections = ".qa.html.sections"

  public init(glossary: Glossary) {
    report = QAReport(glossary: glossary)
  }

  public mutating func add<Sink: AlignmentSink>(_ document: RenderedDocument, to sink: inout Sink) throws {
    try start(&sink)
    try sink.create(document.id + ".jsonl", document.records)
    try sink.append(document.mentionRows, to: "mentions.tsv")
    try sink.append(document.tmxUnits, to: "aligned.tmx")
    try sink.append(document.findings, to: "qa.jsonl")
    try sink.append(Array(document.report.html.utf8), to: Self.reportSections)
    report.add(document.report)
  }

  /// Opens every file with its head, once, so a run of no documents still writes them all.
  private mutating func start<Sink: AlignmentSink>(_ sink: inout Sink) throws {
    guard !started else { return }
    started = true
    try sink.append(Array(AlignmentOutputs.mentionsHeader.utf8), to: "mentions.tsv")
    try sink.append(Array(AlignmentOutputs.tmxHeader.utf8), to: "aligned.tmx")
    try sink.append([], to: "qa.jsonl")
    try sink.append([], to: Self.reportSections)
  }

  /// Closes the files and commits them; the report's head, which holds the totals, is written last.
  public mutating func finish<Sink: AlignmentSink>(_ sink: inout Sink) throws {
    try start(&sink)
    try sink.append(Array(AlignmentOutputs.tmxFooter.utf8), to: "aligned.tmx")
    try sink.append(report.head(), to: "qa.html")
    try sink.move(Self.reportSections, appendingTo: "qa.html")
    try sink.append(report.tail(), to: "qa.html")
    try sink.commit()
  }
}
