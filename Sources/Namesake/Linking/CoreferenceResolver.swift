/// Resolves short references to people mentioned earlier in the same document: a title alone
/// (書記長は, "ministern", "the General Secretary") and a name part with an honorific (ラム氏).
/// Never across documents, never a guess: a reference that fits two people stays unlinked and is
/// marked ambiguous.
struct CoreferenceResolver: Sendable {
  let glossary: Glossary
  private let normalizer = MatchNormalizer()

  func resolved(_ mentions: [Mention], language: Language) -> [Mention] {
    var result = mentions
    var holders = [String: [String]]()  // office id → people who carried it, in order
    var seenPeople = Set<String>()
    // Last name part (Japanese and canonical, normalised) → people with it, in order of first
    // mention: one lookup per reference instead of a scan of every person met so far.
    // Keyed by normalised scalar values: hashing a non-ASCII String normalises it again.
    var partOwners = [[UInt32]: [String]]()
    for index in result.indices {
      let mention = result[index]
      if mention.kind == .person, let entity = mention.entity, mention.method != .coreference {
        if !seenPeople.contains(entity), let person = glossary[entity] {
          seenPeople.insert(entity)
          // Normalised once per person and document, not once per later reference.
          let parts = Set(person.names.filter { $0.language == .japanese }.map { lastPart($0.form) } + [lastPart(person.canonical)])
          for part in parts { partOwners[part, default: []].append(entity) }
        }
        for title in mention.titles where !(holders[title.office]?.contains(entity) ?? false) {
          holders[title.office, default: []].append(entity)
        }
        continue
      }
      // English capitalises titles used as references; "in general" is not a general.
      let lowercaseEnglish = language == .english && (mention.surface.unicodeScalars.first?.properties.isLowercase ?? false)
      if mention.kind == .office, !lowercaseEnglish, let office = mention.entity, mention.candidates.isEmpty, let known = holders[office] {
        guard known.count == 1, let person = glossary[known[0]] else {
          result[index].flags.append("ambiguous")
          result[index].candidates = known
          continue
        }
        result[index] = Mention(
          start: mention.start, end: mention.end, surface: mention.surface, kind: .person, entity: person.id,
          canonical: person.canonical,
          titles: [TitleAttachment(start: mention.start, end: mention.end, surface: mention.surface, office: office, canonical: mention.canonical ?? "")],
          method: .coreference, score: 0.8)
        continue
      }
      if mention.kind == .person && mention.entity == nil && mention.method == .unknown && (mention.flags.isEmpty || mention.flags == ["short"]) {
        let key = normalizer.normalize(mention.surface).scalars
        let matching = partOwners[key] ?? []
        if matching.count == 1, let person = glossary[matching[0]] {
          result[index].entity = person.id
          result[index].canonical = person.canonical
          result[index].method = .coreference
          result[index].score = 0.7
          result[index].flags.removeAll { $0 == "short" }
        } else if matching.count > 1 {
          result[index].flags.removeAll { $0 == "short" }
          result[index].flags.append("ambiguous")
          result[index].candidates = matching
        }
      }
    }
    // A lone Latin word that names no earlier person was not a name after all.
    return result.filter { !($0.flags.contains("short") && $0.entity == nil && !$0.flags.contains("ambiguous")) }
  }

  /// The last part of a name ("トー・ラム" → ラム, "To Lam" → lam), normalised.
  private func lastPart(_ form: String) -> [UInt32] {
    let parts = form.split(whereSeparator: { $0 == "・" || $0 == " " || $0 == "･" })
    return normalizer.normalize(String(parts.last ?? "")).scalars
  }
}
