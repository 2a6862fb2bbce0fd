/// Where a proposal was seen: one span of one document.
public struct Evidence: Sendable, Hashable, Comparable {
  public var doc: String
  /// The segment's index in its document.
  public var segment: Int
  /// Scalar offsets of the evidence (the name, with the title phrase when one is the point).
  public var start: Int
  public var end: Int
  public var surface: String
  /// How sure the text is, on its own (the link score of the mention, or the proposal's base score).
  public var score: Double

  public init(doc: String, segment: Int, start: Int, end: Int, surface: String, score: Double) {
    self.doc = doc
    self.segment = segment
    self.start = start
    self.end = end
    self.surface = surface
    self.score = score
  }

  public static func < (a: Evidence, b: Evidence) -> Bool { (a.doc, a.start, a.end) < (b.doc, b.start, b.end) }
}

/// A tenure a proposal adds: the person holds the office, as a document states.
public struct ProposedTenure: Sendable, Hashable, Comparable {
  public var person: String
  public var office: String
  public var of: String?
  /// The sample document id whose text gives the title, if the document is a sample.
  public var seenIn: String?
  public var sources: [String]

  public init(person: String, office: String, of: String? = nil, seenIn: String? = nil, sources: [String]) {
    self.person = person
    self.office = office
    self.of = of
    self.seenIn = seenIn
    self.sources = sources
  }

  public static func < (a: ProposedTenure, b: ProposedTenure) -> Bool {
    (a.person, a.office, a.of ?? "", a.seenIn ?? "") < (b.person, b.office, b.of ?? "", b.seenIn ?? "")
  }
}

/// One glossary change for a reviewer to accept or reject, with the evidence for it.
public struct Proposal: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable {
    /// A new Japanese or Swedish form of a known person or place.
    case variant
    /// A person the glossary does not know, from an English article.
    case person
    /// An office the glossary does not know, from a title phrase in an English article.
    case office
    /// A form of a known office: a Japanese or Swedish phrase paired with its English office, or
    /// an English title with a place the glossary has no pattern for.
    case officeName = "office-name"
  }

  public var kind: Kind
  /// The entity the proposal adds to or creates.
  public var entity: String
  public var entityKind: EntityKind
  public var canonical: String
  /// Whether the entity itself is new (person, office).
  public var isNewEntity: Bool
  /// The form proposed (nil for a new entity known only by its canonical English form).
  public var name: Name?
  public var tenures: [ProposedTenure] = []
  /// 0–1: how strongly the evidence supports the proposal.
  public var score: Double
  public var evidence: [Evidence]
  /// What a reviewer should know beyond the evidence (the conventional form, a conflict).
  public var remarks: [String] = []

  /// What the glossary records as the source: the documents it was seen in (sample ids, else
  /// their source URL or `imported:<doc>`).
  public var sources: [String]

  /// A stable order: by entity, then language and form.
  static func ordered(_ a: Proposal, _ b: Proposal) -> Bool {
    (a.entity, a.name?.language.rawValue ?? "", a.name?.form ?? "", a.kind.rawValue)
      < (b.entity, b.name?.language.rawValue ?? "", b.name?.form ?? "", b.kind.rawValue)
  }
}
