/// Where a record came from, for messages.
public struct RecordLocation: Sendable, Hashable {
  public var file: String
  public var line: Int
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }
}

/// Glossary records as read from any format, before validation. Fields are raw text.
public struct GlossaryRecords: Sendable {
  public struct EntityRecord: Sendable {
    public var location: RecordLocation
    public var id, kind, canonical, sources, note: String
  }
  public struct NameRecord: Sendable {
    public var location: RecordLocation
    public var entity, language, form, status, ambiguous, sources: String
  }
  public struct TenureRecord: Sendable {
    public var location: RecordLocation
    public var person, office, of, from, to, seenIn, sources: String
  }
  public struct RelationRecord: Sendable {
    public var location: RecordLocation
    public var subject, relation, object, date, sources: String
  }

  public var entities: [EntityRecord] = []
  public var names: [NameRecord] = []
  public var tenures: [TenureRecord] = []
  public var relations: [RelationRecord] = []
  /// Problems found while reading (malformed lines), reported with validation's.
  public var issues: [GlossaryIssue] = []

  public init() {}
}
