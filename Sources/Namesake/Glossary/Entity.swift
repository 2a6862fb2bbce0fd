/// What an entity is. The id prefix is fixed by the kind (`person/to-lam`).
public enum EntityKind: String, CaseIterable, Sendable, Hashable, Codable {
  case person, office, organization, place, document, event

  /// The id prefix: "person", "office", "org", "place", "doc", "event".
  public var idPrefix: String {
    switch self {
    case .organization: return "org"
    case .document: return "doc"
    default: return rawValue
    }
  }
}

/// How a written form may be used; maps to TBX `administrativeStatus`.
public enum NameStatus: String, CaseIterable, Sendable, Hashable, Codable {
  /// The form to use (at most one per entity and language).
  case preferred
  /// Also correct.
  case admitted
  /// Seen in text, not to be used (a known non-conventional form).
  case deprecated
  /// Wrong; QA flags it in text.
  case forbidden
}

/// Where a fact was seen: sample document ids and public URLs.
public struct Sources: Sendable, Hashable {
  public var items: [String]
  public init(_ items: [String]) { self.items = items }
  public var text: String { items.joined(separator: " ") }
}

/// A date with the precision a source gives: a year, a month or a day.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int?
  public var day: Int?

  /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil if malformed or not a real date.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
    self.year = year
    if parts.count >= 2 {
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
      self.month = month
    }
    if parts.count == 3, let month {
      let lengths = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      guard parts[2].count == 2, let day = Int(parts[2]), (1...lengths[month - 1]).contains(day) else { return nil }
      self.day = day
    }
  }

  public var description: String {
    var text = String(format: "%04d", year)
    if let month { text += String(format: "-%02d", month) }
    if let day { text += String(format: "-%02d", day) }
    return text
  }

  /// Orders by the earliest day each date can mean.
  public static func < (a: PartialDate, b: PartialDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }
}

/// One written form of an entity in one language.
public struct Name: Sendable, Hashable {
  public var language: Language
  public var form: String
  public var status: NameStatus
  /// The same form legitimately names another entity of the same kind.
  public var isAmbiguous: Bool
  public var sources: Sources

  public init(language: Language, form: String, status: NameStatus = .admitted, isAmbiguous: Bool = false, sources: Sources) {
    self.language = language
    self.form = form
    self.status = status
    self.isAmbiguous = isAmbiguous
    self.sources = sources
  }

  /// Whether the form is an office pattern with a slot ("{place}市党委員会書記").
  public var isPattern: Bool { form.containsByte { $0 == UInt8(ascii: "{") } }
}

/// An office a person held, with dates where known.
public struct Tenure: Sendable, Hashable {
  public var office: String
  /// The place or organisation the office is of, if any.
  public var of: String?
  public var from: PartialDate?
  public var to: PartialDate?
  /// The sample document whose text gives the person this title, if any.
  public var seenIn: String?
  public var sources: Sources

  public init(office: String, of: String? = nil, from: PartialDate? = nil, to: PartialDate? = nil, seenIn: String? = nil, sources: Sources) {
    self.office = office
    self.of = of
    self.from = from
    self.to = to
    self.seenIn = seenIn
    self.sources = sources
  }
}

/// A relation between two entities.
public enum RelationKind: String, CaseIterable, Sendable, Hashable, Codable {
  case mergedInto = "merged-into"
  case partOf = "part-of"
  case issuedBy = "issued-by"
  case heldIn = "held-in"
}

public struct Relation: Sendable, Hashable {
  public var kind: RelationKind
  public var object: String
  public var date: PartialDate?
  public var sources: Sources

  public init(kind: RelationKind, object: String, date: PartialDate? = nil, sources: Sources) {
    self.kind = kind
    self.object = object
    self.date = date
    self.sources = sources
  }
}

/// A real-world entity: its canonical English form and the forms it takes in other languages.
public struct Entity: Sendable, Hashable {
  public var id: String
  public var kind: EntityKind
  public var canonical: String
  public var sources: Sources
  public var note: String
  public var names: [Name]
  public var tenures: [Tenure]
  public var relations: [Relation]

  public init(
    id: String, kind: EntityKind, canonical: String, sources: Sources, note: String = "", names: [Name] = [],
    tenures: [Tenure] = [], relations: [Relation] = []
  ) {
    self.id = id
    self.kind = kind
    self.canonical = canonical
    self.sources = sources
    self.note = note
    self.names = names
    self.tenures = tenures
    self.relations = relations
  }

  /// The form to write in `language`: the canonical form in English, else the preferred form, else
  /// the first admitted one.
  public func preferredName(in language: Language) -> String? {
    if language == .english { return canonical }
    let forms = names.filter { $0.language == language && !$0.isPattern }
    if let preferred = forms.first(where: { $0.status == .preferred }) { return preferred.form }
    return forms.first(where: { $0.status == .admitted })?.form
  }
}
