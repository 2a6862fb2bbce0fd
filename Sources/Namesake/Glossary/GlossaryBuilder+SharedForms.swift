extension GlossaryBuilder {
  /// A form (after matching normalisation) shared by two entities of one kind in one language,
  /// unless both lines say `ambiguous`. English canonical forms count as English forms.
  /// `entities` are in id order; also returns the normalised forms in `Glossary.normalizedForms`'
  /// order, which the matcher indexes without normalising them again.
  static func sharedFormIssues(_ entities: [Entity], _ records: GlossaryRecords) -> ([GlossaryIssue], PatternSet) {
    struct Owner {
      var entity: String
      var ambiguous: Bool
    }
    // Keys hold bytes and scalars, not Strings: hashing a non-ASCII String normalises it first,
    // which made this the slowest step of loading a large glossary.
    struct FormKey: Hashable {
      var kind: EntityKind
      var language: Language
      var form: [UInt32]

      // The scalars as one run of bytes: combining them one by one was a tenth of loading a
      // million names.
      func hash(into hasher: inout Hasher) {
        hasher.combine(kind.hashCode)
        hasher.combine(language.hashCode)
        form.withUnsafeBytes { hasher.combine(bytes: $0) }
      }
    }
    // Normalising is most of this check: the two halves of the glossary are normalised at once.
    let middle = entities.count / 2
    let (firstHalf, secondHalf) = concurrently(
      if: entities.count >= parallelCount, { formScalars(of: entities[..<middle]) }, { formScalars(of: entities[middle...]) })
    let allForms = firstHalf + secondHalf
    var next = 0
    var owners = [FormKey: Owner]()
    owners.reserveCapacity(records.names.count + entities.count)
    var issues = [GlossaryIssue]()
    var normalizedForms = PatternSet()
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
        normalizedForms.append(key.form)
        // Most forms are new: inserting straight away hashes the key once; a form already owned
        // gets its first owner back.
        if let owner = owners.updateValue(Owner(entity: entity.id, ambiguous: ambiguous), forKey: key) {
          owners[key] = owner
          guard owner.entity != entity.id, weighed.insert(key).inserted else { continue }
          if !(owner.ambiguous && ambiguous), let location = location(entity, written, form) {
            issues.append(
              GlossaryIssue(
                file: location.file, line: location.line, field: "form",
                message: "'\(form)' (\(language.rawValue)) also names \(owner.entity); mark both forms ambiguous if both are right"))
          }
        }
      }
    }
    return (issues, normalizedForms)
  }

  /// The normalised forms of `entities` in `Glossary.normalizedForms` order: each canonical
  /// form, then the entity's names without slots.
  private static func formScalars(of entities: ArraySlice<Entity>) -> [[UInt32]] {
    let normalizer = MatchNormalizer()
    func normalized(_ form: String) -> [UInt32] { MatchNormalizer.asciiScalars(form.utf8) ?? normalizer.normalize(form).scalars }
    var forms = [[UInt32]]()
    for entity in entities {
      forms.append(normalized(entity.canonical))
      for name in entity.names where !name.isPattern { forms.append(normalized(name.form)) }
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
