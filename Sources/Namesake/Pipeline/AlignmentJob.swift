/// The main job over files, on every core: documents are read, aligned and rendered by
/// concurrent tasks and written in input order (`OrderedTasks`), so the output is byte-identical
/// whatever the number of tasks. At most 2 × tasks documents are in memory at once, whatever
/// the corpus size.
public struct AlignmentJob: Sendable {
  public struct Progress: Sendable {
    public var documents: Int
    public var total: Int
    public var bytes: Int

    public init(documents: Int, total: Int, bytes: Int) {
      self.documents = documents
      self.total = total
      self.bytes = bytes
    }
  }

  public struct Summary: Sendable, Equatable {
    /// Documents read, aligned (with or without records) and refused.
    public var documents = RunSummary()
    /// UTF-8 bytes of the aligned documents.
    public var bytes = 0
    public var findings = 0
  }

  public let aligner: Aligner
  public let concurrency: Int
  /// Whether `qa.html` is written.
  public let writesReport: Bool

  public init(aligner: Aligner, concurrency: Int, writesReport: Bool = true) {
    self.aligner = aligner
    self.concurrency = max(1, concurrency)
    self.writesReport = writesReport
  }

  /// Aligns the files at `paths` into `sink` and commits it. Every file is processed: one that
  /// cannot be read, decoded or identified, or whose id is taken, is refused and passed to
  /// `refused` (in input order), and the run goes on. If any was refused, the sink is committed
  /// only with `keepGoing`; otherwise `RefusedDocumentsError` is thrown and nothing is committed.
  /// Any other error (an output that cannot be written, ICU) stops the run at once.
  public func run<Sink: AlignmentSink>(
    paths: [String], into sink: inout Sink, keepGoing: Bool = false,
    refused: (DocumentRefusal) -> Void = { _ in }, progress: (Progress) -> Void = { _ in }
  ) async throws -> Summary {
    var assembler = AlignedOutputAssembler(glossary: aligner.linker.glossary, writesReport: writesReport)
    var summary = Summary()
    var firstRefusal: (any DocumentRefusalError)?
    let aligner = self.aligner
    let report = writesReport
    try await OrderedTasks.run(
      count: paths.count, concurrency: concurrency,
      work: { index in Result { try aligner.output(try DocumentReader.read(path: paths[index]), report: report) } },
      emit: { index, result in
        summary.documents.read += 1
        do {
          if let output = try result.get() {
            try assembler.add(output, to: &sink)
            summary.bytes += output.bytes
            summary.findings += output.findingCount
          } else {
            summary.documents.withoutRecords += 1
          }
          summary.documents.aligned += 1
        } catch let error as any DocumentRefusalError {
          summary.documents.refused += 1
          firstRefusal = firstRefusal ?? error
          refused(DocumentRefusal(path: paths[index], error: error))
        }
        progress(Progress(documents: summary.documents.read, total: paths.count, bytes: summary.bytes))
      })
    if let firstRefusal, !keepGoing { throw RefusedDocumentsError(summary: summary.documents, first: firstRefusal) }
    try assembler.finish(&sink)
    return summary
  }
}
