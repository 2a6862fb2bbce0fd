/// What a run over many documents did (`align` over files, `stream` over lines), for the summary
/// on standard error: every document read is either aligned or refused, none silently dropped.
public struct RunSummary: Sendable, Equatable, CustomStringConvertible {
  /// Documents read (for `stream`, non-blank lines).
  public var read = 0
  /// Documents whose records were written (possibly none, see `withoutRecords`).
  public var aligned = 0
  /// Aligned documents that have no records: no letters, nothing to segment (no file is written
  /// for them).
  public var withoutRecords = 0
  /// Documents refused, each with a message naming it.
  public var refused = 0

  public init(read: Int = 0, aligned: Int = 0, withoutRecords: Int = 0, refused: Int = 0) {
    self.read = read
    self.aligned = aligned
    self.withoutRecords = withoutRecords
    self.refused = refused
  }

  /// "read 7 documents: 5 aligned (1 without records), 2 refused"
  public var description: String {
    let empty = withoutRecords > 0 ? " (\(withoutRecords) without records)" : ""
    return "read \(read) document\(read == 1 ? "" : "s"): \(aligned) aligned\(empty), \(refused) refused"
  }
}
