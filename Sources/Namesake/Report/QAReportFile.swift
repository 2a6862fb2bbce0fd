/// The QA report written as a run goes: each document's section is appended to a staged file
/// beside the report, and the report (whose head holds the totals) is put together at the end,
/// so a run over a large corpus holds one document's section at a time, and a long document's
/// section is written batch by batch.
public final class QAReportFile {
  private var report: QAReport
  private let sections: StagedFile
  public let path: String

  /// Checks the destination at once, so a bad `path` fails before any work.
  public init(glossary: Glossary, path: String) throws(AtomicFileWriter.WriteError) {
    report = QAReport(glossary: glossary)
    sections = try StagedFile(beside: path)
    self.path = path
  }

  public func add(_ aligned: AlignedDocument) throws {
    let document = QAReportDocument(aligned: aligned, glossary: report.glossary)
    if aligned.segmented.document.utf8.count > Document.longUTF8Count {
      try document.pieces { try sections.append($0) }
    } else {
      try sections.append(document.html())
    }
    report.add(QAReportSection(summaryOf: document))
  }

  /// The complete report, staged: commit it (with the run's other files) to put it in place.
  public func finish() throws(AtomicFileWriter.WriteError) -> StagedFile {
    let file = try StagedFile(beside: path)
    try file.append(report.head())
    try file.append(contentsOf: sections)
    try file.append(report.tail())
    return file
  }
}
