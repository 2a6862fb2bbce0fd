/// Reads one linked document's sightings: forms the glossary lacks, unknown people, and title
/// phrases it does not know next to people's names.
struct SightingCollector: Sendable {
  let glossary: Glossary
  let japanese: JapaneseTitlePhrases
  let latin: LatinTitlePhrases
  private let normalizer = MatchNormalizer()

  init(glossary: Glossary, words: TitleWords) {
    self.glossary = glossary
    japanese = JapaneseTitlePhrases(words: words)
    latin = LatinTitlePhrases(words: words)
  }

  func collect(_ document: LinkedDocument, into sightings: inout Sightings) {
    let language = document.language
    for mention in document.mentions {
      if let variant = variant(mention, document) { sightings.variants.append(variant) }
      guard mention.kind == .person else { continue }
      // A reference resolved from a title alone ("the General Secretary") is a title, not a name.
      let phrases =
        mention.method == .coreference ? []
        : language == .japanese ? japanese.phrases(around: mention, in: document) : latin.phrases(around: mention, in: document)
      // A known title inside an unknown phrase ("Minister of Foreign Affairs" in "Deputy Minister
      // of Foreign Affairs") is the linker's misreading, not the person's office.
      let titles = mention.titles.filter { title in !phrases.contains { $0.range.contains(title.start) } }
      if language == .english, let person = mention.entity {
        for title in titles {
          sightings.englishOffices.append(
            Sightings.Office(person: person, office: title.office, of: title.of, evidence: document.evidence(title.start..<title.end, score: 1)))
        }
      }
      guard mention.method != .coreference else { continue }
      let holder: Sightings.Holder
      if let entity = mention.entity {
        holder = .known(entity)
      } else if language == .english, let person = unknownPerson(mention, titles: titles, phrases: phrases, document) {
        sightings.unknownPeople.append(person)
        holder = .unknown(person.key)
      } else {
        continue
      }
      for phrase in phrases {
        let span = min(phrase.range.lowerBound, mention.start)..<max(phrase.range.upperBound, mention.end)
        let title = Sightings.Title(
          phrase: phrase, holder: holder, otherOffices: Set(titles.map(\.office)),
          innerOffices: mention.titles.filter { phrase.range.contains($0.start) }.map(\.office), evidence: document.evidence(span, score: 1),
          citation: document.citation)
        if language == .english {
          sightings.englishTitles.append(title)
        } else if case .known = holder {
          sightings.foreignTitles.append(title)
        }
      }
    }
  }

  /// A Japanese or Swedish form of a linked person or place that the glossary does not list in
  /// that language (matching folds case, diacritics and separators, so only a real difference counts).
  private func variant(_ mention: Mention, _ document: LinkedDocument) -> Sightings.Variant? {
    let language = document.language
    guard language == .japanese || language == .swedish, mention.kind == .person || mention.kind == .place,
      let id = mention.entity, let entity = glossary[id],
      [.exact, .variant, .transliteration].contains(mention.method),
      mention.flags.allSatisfy({ $0 == "genitive" })
    else { return nil }
    let katakana = mention.surface.unicodeScalars.contains { MatchNormalizer.isKatakana($0.value) }
    // A Latin name inside a Japanese article is not a Japanese form, nor katakana a Swedish one.
    guard katakana == (language == .japanese) else { return nil }
    let key = normalizer.normalize(mention.surface).text
    guard !entity.names.contains(where: { $0.language == language && normalizer.normalize($0.form).text == key }) else { return nil }
    // A glossary match is sure of the entity; the transliteration model's score says how sure it is.
    let score = mention.method == .transliteration ? mention.score : min(mention.score, 0.9)
    return Sightings.Variant(
      entity: id, language: language, surface: mention.surface, evidence: document.evidence(mention.start..<mention.end, score: score),
      citation: document.citation)
  }

  /// An English name the glossary does not know, if it looks like a person's: two or more
  /// syllables, not ambiguous, not the start of a longer proper name ("Thang Binh District").
  private func unknownPerson(_ mention: Mention, titles known: [TitleAttachment], phrases: [TitlePhrase], _ document: LinkedDocument)
    -> Sightings.UnknownPerson?
  {
    guard mention.method == .unknown, mention.flags.isEmpty, mention.surface.contains(" ") else { return nil }
    let s = document.scalars
    if mention.end + 1 < s.count && s[mention.end] == " " && s[mention.end + 1].properties.isUppercase { return nil }
    let titles = known.map { $0.start..<$0.end } + phrases.map(\.range)
    let start = titles.map(\.lowerBound).min().map { min($0, mention.start) } ?? mention.start
    let end = titles.map(\.upperBound).max().map { max($0, mention.end) } ?? mention.end
    return Sightings.UnknownPerson(
      key: normalizer.normalize(mention.surface).text, surface: mention.surface, knownTitles: known, phrases: phrases,
      evidence: document.evidence(start..<end, score: 1), citation: document.citation)
  }
}
