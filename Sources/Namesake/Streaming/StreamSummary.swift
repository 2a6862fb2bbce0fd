/// What a document stream did, for the summary on standard error.
public struct StreamSummary: Sendable, Equatable {
  /// Non-blank lines: each is a document or an error record.
  public var read = 0
  /// Documents whose records were written (possibly none, see `withoutRecords`).
  public var aligned = 0
  /// Aligned documents that have no records: no letters, nothing to segment (as `namesake align`
  /// writes no file for them).
  public var withoutRecords = 0
  /// Lines answered with an error record.
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
