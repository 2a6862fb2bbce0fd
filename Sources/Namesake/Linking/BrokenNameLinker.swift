/// Links a Japanese name that mixes katakana and Latin ("グエン・タイン・ nghi") to the person whose
/// Japanese form starts with the katakana parts and whose canonical name ends with the Latin ones.
struct BrokenNameLinker: Sendable {
  /// A person's name parts, normalised once: every broken name would otherwise normalise the
  /// whole glossary again.
  private struct Person: Sendable {
    var id: String
    var canonical: [String]
    var japanese: [[String]]
  }

  let glossary: Glossary
  private let people: [Person]
  /// Person indices by the last word of the canonical name, the part a broken name keeps in Latin.
  private let byLastWord: [String: [Int]]
  private let normalizer = MatchNormalizer()

  init(glossary: Glossary) {
    self.glossary = glossary
    var people = [Person]()
    var byLastWord = [String: [Int]]()
    var parts = NamePartCache()
    for entity in glossary.entities where entity.kind == .person && entity.names.contains(where: { $0.language == .japanese }) {
      let canonical = parts.normalizedParts(of: entity.canonical, separatedBy: [" "])
      var japanese = [[String]]()
      for name in entity.names where name.language == .japanese {
        japanese.append(parts.normalizedParts(of: name.form, separatedBy: ["・", "･"]))
      }
      if let last = canonical.last { byLastWord[last, default: []].append(people.count) }
      people.append(Person(id: entity.id, canonical: canonical, japanese: japanese))
    }
    self.people = people
    self.byLastWord = byLastWord
  }

  func linked(_ mentions: [Mention]) -> [Mention] {
    mentions.map { mention in
      let scalars = mention.surface.unicodeScalars
      guard mention.kind == .person, mention.entity == nil, scalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }),
        scalars.contains(where: { MatchNormalizer.isKatakana($0.value) })
      else { return mention }
      var result = mention
      result.flags.append("broken-form")
      let parts = mention.surface.split(whereSeparator: { $0 == "・" || $0 == "･" || $0 == " " }).map(String.init)
      let kana = parts.filter { !$0.unicodeScalars.contains { $0.isASCII } }.map { normalizer.normalize($0).text }
      let latin = parts.filter { $0.unicodeScalars.allSatisfy { $0.isASCII } }.map { normalizer.normalize($0).text }
      let candidates = latin.last.map { byLastWord[$0] ?? [] } ?? Array(people.indices)
      var matches = [String]()
      for person in candidates.map({ people[$0] }) {
        guard person.canonical.count == kana.count + latin.count, Array(person.canonical.suffix(latin.count)) == latin else { continue }
        if person.japanese.contains(where: { Array($0.prefix(kana.count)) == kana }) { matches.append(person.id) }
      }
      if matches.count == 1, let person = glossary[matches[0]] {
        result.entity = person.id
        result.canonical = person.canonical
        result.method = .variant
        result.score = 0.8
      } else {
        result.candidates = matches
      }
      return result
    }
  }
}
