/// The main job over files, on every core: documents are read, aligned and rendered by
/// concurrent tasks and written in input order, so the output is byte-identical whatever the
/// number of tasks. At most `window` documents are in memory at once, whatever the corpus size.
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
    /// Documents read, and of them aligned (the rest had nothing to segment).
    public var read: Int
    public var aligned: Int
    public var bytes: Int
    public var findings: Int
  }

  public let aligner: Aligner
  public let concurrency: Int

  public init(aligner: Aligner, concurrency: Int) {
    self.aligner = aligner
    self.concurrency = max(1, concurrency)
  }

  /// Aligns the files at `paths` into `sink` and commits it. The first failing document in input
  /// order stops the run, with nothing committed.
  public func run<Sink: AlignmentSink>(
    paths: [String], into sink: inout Sink, progress: (Progress) -> Void = { _ in }
  ) async throws -> Summary {
    var assembler = AlignedOutputAssembler(glossary: aligner.linker.glossary)
    var summary = Summary(read: 0, aligned: 0, bytes: 0, findings: 0)
    let window = concurrency * 2
    let aligner = self.aligner
    try await withThrowingTaskGroup(of: (Int, Result<RenderedDocument?, any Error>).self) { group in
      var submitted = 0
      var pending = [Int: Result<RenderedDocument?, any Error>]()
      func submit() {
        let index = submitted, path = paths[index]
        group.addTask { (index, Result { try aligner.rendered(try DocumentReader.read(path: path)) }) }
        submitted += 1
      }
      while submitted < min(window, paths.count) { submit() }
      while let (index, result) = try await group.next() {
        pending[index] = result
        // Emit in input order; a document waits here until those before it are written.
        while let ready = pending.removeValue(forKey: summary.read) {
          summary.read += 1
          if let document = try ready.get() {
            try assembler.add(document, to: &sink)
            summary.aligned += 1
            summary.bytes += document.bytes
            summary.findings += document.findingCount
          }
          progress(Progress(documents: summary.read, total: paths.count, bytes: summary.bytes))
        }
        while submitted < paths.count && submitted - summary.read < window { submit() }
      }
    }
    try assembler.finish(&sink)
    return summary
  }
}
