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
  /// Its section of the QA report; nil when the run writes none.
  public var report: QAReportSection?
}

extension RenderedDocument {
  /// Renders a short document whole, batch by batch as a long one is written (so both give the
  /// same bytes).
  public init(_ aligned: AlignedDocument, glossary: Glossary, report: Bool = true) {
    var records = [UInt8](), rows = [UInt8](), units = [UInt8]()
    var batches = [SegmentBatch]()
    Self.renderBatches(aligned.segmented, mentions: aligned.mentions, segmentsPerBatch: SegmentedDocument.renderingBatch) { batch in
      records += batch.records
      rows += batch.mentionRows
      units += batch.tmxUnits
      if report { batches.append(batch.source) }
    }
    self.init(
      id: aligned.segmented.document.id, bytes: aligned.segmented.document.utf8.count, records: records, mentionRows: rows,
      tmxUnits: units, findings: FindingWriter.lines(aligned.findings), findingCount: aligned.findings.count,
      report: report ? QAReportSection(aligned, glossary: glossary, batches: batches) : nil)
  }

  /// A document's records, mention rows and TMX units, one batch of segments at a time (with the
  /// batch they come from, `source`): the one rendering of both short documents (gathered whole)
  /// and long ones (written as they come).
  static func renderBatches(
    _ segmented: SegmentedDocument, mentions: [Mention], segmentsPerBatch: Int,
    _ body: (_ batch: (records: [UInt8], mentionRows: [UInt8], tmxUnits: [UInt8], source: SegmentBatch)) throws -> Void
  ) rethrows {
    let mentions = mentions.inTextOrder
    for positions in segmented.batches(of: segmentsPerBatch) {
      let batch = segmented.batch(positions, mentions: mentions)
      var records = JSONWriter()
      AlignedRecordWriter.appendJSONLines(segmented, batch, to: &records)
      try body((records.bytes, AlignmentOutputs.mentionRows(segmented, batch), AlignmentOutputs.tmxUnits(segmented, batch), batch))
    }
  }
}

/// A document aligned by a task: rendered there if short, else rendered as it is written.
public enum AlignmentOutput: Sendable {
  case rendered(RenderedDocument)
  case long(AlignedDocument)
}

extension Aligner {
  /// Aligns and renders one document; nil when it has nothing to segment.
  public func rendered(_ document: Document) throws -> RenderedDocument? {
    guard let aligned = try align(document) else { return nil }
    return RenderedDocument(aligned, glossary: linker.glossary)
  }

  /// Aligns one document and renders it unless it is long (with its report section if
  /// `report`); nil when it has nothing to segment.
  public func output(_ document: Document, report: Bool = true) throws -> AlignmentOutput? {
    guard let aligned = try align(document) else { return nil }
    guard document.utf8.count > Document.longUTF8Count else {
      return .rendered(RenderedDocument(aligned, glossary: linker.glossary, report: report))
    }
    return .long(aligned)
  }
}

/// Writes the files of `aligned/` from rendered documents, in the order given: `<doc>.jsonl` per
/// document, `mentions.tsv`, `aligned.tmx`, `qa.jsonl` and `qa.html`.
public struct AlignedOutputAssembler {
  private var report: QAReport
  /// False: no `qa.html` (and a previous one at the destination is removed, so it cannot be
  /// taken for this run's).
  public let writesReport: Bool
  private var started = false
  static let reportSections = ".qa.html.sections"

  public init(glossary: Glossary, writesReport: Bool = true) {
    report = QAReport(glossary: glossary)
    self.writesReport = writesReport
  }

  public mutating func add<Sink: AlignmentSink>(_ output: AlignmentOutput, to sink: inout Sink) throws {
    switch output {
    case .rendered(let document): try add(document, to: &sink)
    case .long(let aligned): try add(long: aligned, to: &sink)
    }
  }

  /// A long document, rendered batch by batch as it is written: the same bytes as `add` of its
  /// `RenderedDocument`, without holding them.
  public mutating func add<Sink: AlignmentSink>(long aligned: AlignedDocument, to sink: inout Sink) throws {
    try add(long: aligned, to: &sink, segmentsPerBatch: SegmentedDocument.renderingBatch)
  }

  /// `add(long:to:)` in batches of another size (tests use tiny ones).
  mutating func add<Sink: AlignmentSink>(long aligned: AlignedDocument, to sink: inout Sink, segmentsPerBatch: Int) throws {
    try start(&sink)
    let records = aligned.segmented.document.id + ".jsonl"
    try sink.append([], to: records)
    try RenderedDocument.renderBatches(aligned.segmented, mentions: aligned.mentions, segmentsPerBatch: segmentsPerBatch) { batch in
      try sink.append(batch.records, to: records)
      try sink.append(batch.mentionRows, to: "mentions.tsv")
      try sink.append(batch.tmxUnits, to: "aligned.tmx")
    }
    try sink.close(records)
    try sink.append(FindingWriter.lines(aligned.findings), to: "qa.jsonl")
    guard writesReport else { return }
    let section = QAReportDocument(aligned: aligned, glossary: report.glossary)
    try section.pieces(segmentsPerBatch: segmentsPerBatch) { try sink.append($0, to: Self.reportSections) }
    report.add(QAReportSection(summaryOf: section))
  }

  public mutating func add<Sink: AlignmentSink>(_ document: RenderedDocument, to sink: inout Sink) throws {
    try start(&sink)
    try sink.create(document.id + ".jsonl", document.records)
    try sink.append(document.mentionRows, to: "mentions.tsv")
    try sink.append(document.tmxUnits, to: "aligned.tmx")
    try sink.append(document.findings, to: "qa.jsonl")
    guard writesReport else { return }
    guard let section = document.report else { throw ReportMissingError(document: document.id) }
    try sink.append(section.html, to: Self.reportSections)
    report.add(section)
  }

  /// Opens every file with its head, once, so a run of no documents still writes them all.
  private mutating func start<Sink: AlignmentSink>(_ sink: inout Sink) throws {
    guard !started else { return }
    started = true
    try sink.append(Array(AlignmentOutputs.mentionsHeader.utf8), to: "mentions.tsv")
    try sink.append(Array(AlignmentOutputs.tmxHeader.utf8), to: "aligned.tmx")
    try sink.append([], to: "qa.jsonl")
    if writesReport { try sink.append([], to: Self.reportSections) }
  }

  /// Closes the files and commits them; the report's head, which holds the totals, is written last.
  public mutating func finish<Sink: AlignmentSink>(_ sink: inout Sink) throws {
    try start(&sink)
    try sink.append(Array(AlignmentOutputs.tmxFooter.utf8), to: "aligned.tmx")
    if writesReport {
      try sink.append(report.head(), to: "qa.html")
      try sink.move(Self.reportSections, appendingTo: "qa.html")
      try sink.append(report.tail(), to: "qa.html")
    } else {
      try sink.remove("qa.html")
    }
    try sink.commit()
  }
}

extension AlignmentOutput {
  /// Size of the input, for throughput.
  public var bytes: Int {
    switch self {
    case .rendered(let document): document.bytes
    case .long(let aligned): aligned.segmented.document.utf8.count
    }
  }

  public var findingCount: Int {
    switch self {
    case .rendered(let document): document.findingCount
    case .long(let aligned): aligned.findings.count
    }
  }
}

/// A document rendered without its report section, given to an assembler that writes the report
/// (a caller's mistake, not bad input).
public struct ReportMissingError: Error, CustomStringConvertible {
  public var document: String
  public var description: String { "\(document): rendered without its QA report section" }
}
