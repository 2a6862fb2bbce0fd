/// Links a Japanese name that mixes katakana and Latin ("グエン・タイン・ nghi") to the person whose
/// Japanese form starts with the katakana parts and whose canonical name ends with the Latin ones.
struct BrokenNameLinker: Sendable {
  let glossary: Glossary
  private let normalizer = MatchNormalizer()

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
      var matches = [String]()
      for entity in glossary.entities where entity.kind == .person {
        let canonical = entity.canonical.split(separator: " ").map { normalizer.normalize(String($0)).text }
        guard canonical.count == kana.count + latin.count, Array(canonical.suffix(latin.count)) == latin else { continue }
        let fits = entity.names.contains { name in
          name.language == .japanese
            && Array(name.form.split(whereSeparator: { $0 == "・" || $0 == "･" }).map { normalizer.normalize(String($0)).text }.prefix(kana.count)) == kana
        }
        if fits { matches.append(entity.id) }
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
