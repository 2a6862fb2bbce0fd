extension GlossaryBuilder {
  /// A form (after matching normalisation) shared by two entities of one kind in one language,
  /// unless both lines say `ambiguous`. English canonical forms count as English forms.
  /// `entities` are in id order; also returns the normalised forms in `Glossary.normalizedForms`'
  /// order, which the matcher indexes without normalising them again.
  static func sharedFormIssues(_ entities: [Entity], _ records: GlossaryRecords, parallelFrom threshold: Int) -> ([GlossaryIssue], PatternSet) {
    // Normalising is most of this check: the two halves of the glossary are normalised at once.
    let parallel = entities.count >= threshold
    let middle = entities.count / 2
    var (firstHalf, secondHalf) = concurrently(
      if: parallel, { formScalars(of: entities[..<middle]) }, { formScalars(of: entities[middle...]) })
    firstHalf.append(contentsOf: secondHalf)
    let forms = firstHalf
    // Forms are weighed in two shards by a hash of the key, each on a core of its own: a key's
    // owners all fall in one shard, which sees them in entity order as one pass would.
    let (even, odd) = concurrently(
      if: parallel,
      { sharedForms(entities, forms, records, shard: 0, of: parallel ? 2 : 1) },
      { parallel ? sharedForms(entities, forms, records, shard: 1, of: 2) : [] })
    return (mergedInOrder(even, odd) { $0.form }.map(\.issue), forms)
  }

  /// Where a form is shared: the issue and the form's index in `Glossary.normalizedForms` order.
  private typealias SharedForm = (form: Int, issue: GlossaryIssue)

  /// The shared-form issues among the keys whose hash falls in `shard`, in form order.
  private static func sharedForms(
    _ entities: [Entity], _ allForms: PatternSet, _ records: GlossaryRecords, shard: UInt64, of shards: UInt64
  ) -> [SharedForm] {
    struct Owner {
      var entity: String
      var ambiguous: Bool
    }
    // Keys hold scalars, not Strings: hashing a non-ASCII String normalises it first, which made
    // this the slowest step of loading a large glossary. The scalars are slices of `allForms`,
    // so no key has an allocation of its own to make and free.
    struct FormKey: Hashable {
      var kind: EntityKind
      var language: Language
      var form: ArraySlice<UInt32>

      // The scalars as one run of bytes: combining them one by one was a tenth of loading a
      // million names.
      func hash(into hasher: inout Hasher) {
        hasher.combine(kind.hashCode)
        hasher.combine(language.hashCode)
        form.withUnsafeBytes { hasher.combine(bytes: $0) }
      }

      /// Which shard weighs the key: FNV-1a over the scalars, fixed across runs.
      func shard(of shards: UInt64) -> UInt64 {
        guard shards > 1 else { return 0 }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(kind.hashCode) << 8 ^ UInt64(language.hashCode)
        for scalar in form { hash = (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01B3 }
        return (hash >> 32) % shards
      }
    }
    var next = 0
    var owners = [FormKey: Owner]()
    owners.reserveCapacity(allForms.count / Int(shards) + 1)
    var issues = [SharedForm]()
    // Where a form was written, for forms in conflict: indexed on the first conflict, since a
    // scan per conflict is quadratic in a glossary where many forms collide.
    var nameLocations: [String: RecordLocation]?
    var entityLocations: [String: RecordLocation]?
    func location(_ entity: Entity, _ language: Language?, _ form: String) -> RecordLocation? {
      guard let language else {
        if entityLocations == nil { entityLocations = Dictionary(records.entities.map { ($0.id, $0.location) }, uniquingKeysWith: { first, _ in first }) }
        return entityLocations?[entity.id]
      }
      if nameLocations == nil {
        var index = [String: RecordLocation]()
        for record in records.names where index["\(record.entity)\t\(record.language)\t\(record.form)"] == nil {
          index["\(record.entity)\t\(record.language)\t\(record.form)"] = record.location
        }
        nameLocations = index
      }
      return nameLocations?["\(entity.id)\t\(language.rawValue)\t\(form)"]
    }
    for entity in entities {
      // The canonical form counts as English; its line is the entity's (written language nil).
      var forms: [(Language, String, Bool, Language?)] = [(.english, entity.canonical, false, nil)]
      for name in entity.names where !name.isPattern { forms.append((name.language, name.form, name.isAmbiguous, name.language)) }
      // Keys of this entity already weighed against another owner: each is reported once.
      var weighed = Set<FormKey>()
      for (language, form, ambiguous, written) in forms {
        let key = FormKey(kind: entity.kind, language: language, form: allForms[next])
        next += 1
        guard key.shard(of: shards) == shard else { continue }
        // Most forms are new: inserting straight away hashes the key once; a form already owned
        // gets its first owner back.
        if let owner = owners.updateValue(Owner(entity: entity.id, ambiguous: ambiguous), forKey: key) {
          owners[key] = owner
          guard owner.entity != entity.id, weighed.insert(key).inserted else { continue }
          if !(owner.ambiguous && ambiguous), let location = location(entity, written, form) {
            let issue = GlossaryIssue(
              file: location.file, line: location.line, field: "form",
              message: "'\(form)' (\(language.rawValue)) also names \(owner.entity); mark both forms ambiguous if both are right")
            issues.append((next - 1, issue))
          }
        }
      }
    }
    return issues
  }

  /// The normalised forms of `entities` in `Glossary.normalizedForms` order: each canonical
  /// form, then the entity's names without slots.
  private static func formScalars(of entities: ArraySlice<Entity>) -> PatternSet {
    let normalizer = MatchNormalizer()
    var forms = PatternSet()
    func append(_ form: String) {
      if let ascii = MatchNormalizer.asciiScalars(form.utf8) { forms.append(ascii) } else { forms.append(normalizer.normalize(form).scalars) }
    }
    for entity in entities {
      append(entity.canonical)
      for name in entity.names where !name.isPattern { append(name.form) }
    }
    return forms
  }
}

extension EntityKind {
  /// The case as a number, for hashing (the derived hash hashes the raw String).
  var hashCode: UInt8 {
    switch self {
    case .person: 0
    case .office: 1
    case .organization: 2
    case .place: 3
    case .document: 4
    case .event: 5
    }
  }
}

extension Language {
  /// The case as a number, for hashing (the derived hash hashes the raw String).
  var hashCode: UInt8 {
    switch self {
    case .english: 0
    case .japanese: 1
    case .swedish: 2
    case .vietnamese: 3
    }
  }
}
