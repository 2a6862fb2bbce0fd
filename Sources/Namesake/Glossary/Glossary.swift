/// A validated glossary: entities by id, in id order.
public struct Glossary: Sendable {
  /// Entities sorted by id.
  public let entities: [Entity]
  private let positions: [String: Int]

  /// The `MatchNormalizer` form of each entity's canonical form, then of each of its names
  /// without slots, entity by entity: what `GlossaryMatcher` indexes, computed once by the
  /// shared-form check. Handed to the first matcher built and released then (180 MB for 10^6
  /// forms); a later matcher normalises the forms itself.
  let normalizedForms: NormalizedFormsHandoff
  /// The matcher's automaton as a compiled glossary stored it, if it did; used when it was built
  /// from exactly the forms this glossary's matcher indexes.
  let storedMatcherIndex: StoredMatcherIndex?

  /// Assumes `entities` passed `GlossaryBuilder`'s checks.
  init(validated entities: [Entity]) {
    self.init(sorted: entities.sorted { $0.id < $1.id }, normalizedForms: nil)
  }

  /// Assumes `entities` passed `GlossaryBuilder`'s checks and are sorted by id.
  init(sorted entities: [Entity], normalizedForms: PatternSet?, storedMatcherIndex: StoredMatcherIndex? = nil) {
    self.entities = entities
    self.normalizedForms = NormalizedFormsHandoff(normalizedForms)
    self.storedMatcherIndex = storedMatcherIndex
    var positions = [String: Int](minimumCapacity: entities.count)
    for (index, entity) in entities.enumerated() { positions[entity.id] = index }
    self.positions = positions
  }

  public subscript(id: String) -> Entity? {
    positions[id].map { entities[$0] }
  }

  /// Whether an entity has this id, without copying it (the report asks this per mention).
  public func contains(id: String) -> Bool { positions[id] != nil }

  /// Counts per kind and per language, for `namesake glossary stats`.
  public struct Statistics: Sendable, Equatable {
    public var entitiesByKind: [EntityKind: Int]
    public var namesByLanguage: [Language: Int]
    public var tenures: Int
    public var relations: Int
  }

  public var statistics: Statistics {
    var kinds = [EntityKind: Int]()
    var languages = [Language: Int]()
    var tenures = 0
    var relations = 0
    for entity in entities {
      kinds[entity.kind, default: 0] += 1
      for name in entity.names { languages[name.language, default: 0] += 1 }
      tenures += entity.tenures.count
      relations += entity.relations.count
    }
    return Statistics(entitiesByKind: kinds, namesByLanguage: languages, tenures: tenures, relations: relations)
  }
}

/// A glossary's normalised forms, taken once (`take`) and then released, so the copy the
/// automaton is built from does not live as long as the glossary.
final class NormalizedFormsHandoff: Sendable {
  private let forms: Locked<PatternSet?>

  init(_ forms: PatternSet?) { self.forms = Locked(forms) }

  /// The forms the first time; nil after (or if there were none).
  func take() -> PatternSet? {
    forms.withLock { forms in
      defer { forms = nil }
      return forms
    }
  }
}
