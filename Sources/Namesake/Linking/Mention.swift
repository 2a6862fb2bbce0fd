/// How a mention was linked.
public enum LinkMethod: String, Sendable, Hashable, Codable {
  /// The text is the entity's canonical or preferred form.
  case exact
  /// Another known form (a variant spelling, a different script, a folded form).
  case variant
  /// Linked through the transliteration model.
  case transliteration
  /// A short reference resolved to an earlier full mention in the same document.
  case coreference
  /// Recognised by its shape (a document number).
  case pattern
  /// A name the glossary does not know, or cannot decide.
  case unknown
}

/// An office attached to a person mention, as the text states it.
public struct TitleAttachment: Sendable, Hashable {
  /// Scalar offsets of the title in the document.
  public var start: Int
  public var end: Int
  public var surface: String
  public var office: String
  /// The place or organisation the title names, if composed ("Secretary of the Da Nang City Party Committee").
  public var of: String?
  /// The canonical English title.
  public var canonical: String
}

/// A mention of an entity in a document.
public struct Mention: Sendable, Hashable {
  /// Scalar offsets in the document.
  public var start: Int
  public var end: Int
  public var surface: String
  public var kind: EntityKind
  /// The linked entity, or nil when unknown or ambiguous.
  public var entity: String?
  public var canonical: String?
  public var titles: [TitleAttachment] = []
  public var method: LinkMethod
  public var score: Double
  /// 氏 or 同志 after a Japanese name, recorded and not part of the name.
  public var honorific: String?
  /// Notes for QA: "ambiguous", "broken-form", "genitive".
  public var flags: [String] = []
  /// Entity ids the mention could be, when it is not linked.
  public var candidates: [String] = []
}
