import Foundation

/// Pairs Japanese and Swedish title phrases the glossary does not know with the English office
/// they translate: the office the same person carries in English articles, else in the
/// glossary's tenures.
///
/// Each person who carries a phrase gives one vote, split among their candidate offices by how
/// well the phrase fits each (`fit`, cubed so that a clear fit takes nearly the whole vote). The
/// score is the best office's share of the votes, times the support of the number of people,
/// 1 − 0.4^people (0.6 for one person, 0.84 for two, 0.94 for three), times 0.5 + fit/2 (a
/// phrase that does not look like the office is doubtful even when it is the only candidate):
/// one person whose only English office is X and whose phrase fits X gives 0.6; people who point
/// to different offices, or a phrase that fits badly, pull it down.
struct OfficePhrasePairer {
  let glossary: Glossary
  let words: TitleWords
  /// Article dates by document: a tenure that had ended, or not begun, by then is no candidate.
  let dates: [String: PartialDate]
  private let normalizer = MatchNormalizer()

  static let supportBase = 0.4
  static let sharpness = 3.0
  /// Offices with at least this share of the votes are named as conflicts.
  static let conflictShare = 0.1

  /// One person's reading of a phrase: the form to propose and how well it fits each office.
  private struct Reading {
    var sighting: Sightings.Title
    var person: String
    var form: String
    var fits: [String: Double]
    /// Where the candidate offices come from, for the note.
    var fromEnglish: Bool
  }

  func proposals(_ titles: [Sightings.Title], englishOffices: [Sightings.Office]) -> [Proposal] {
    let english = Dictionary(grouping: englishOffices, by: \.person)
    let readings = titles.compactMap { reading($0, english: english) }
    let groups = Dictionary(grouping: readings) { "\($0.sighting.phrase.language.rawValue)\t\(normalizer.normalize($0.form).text)" }
    return groups.keys.sorted().compactMap { key in groups[key].flatMap { proposal($0, english: english) } }
  }

  private func proposal(_ readings: [Reading], english: [String: [Sightings.Office]]) -> Proposal? {
    guard let first = readings.first else { return nil }
    // One vote per person, however many documents repeat the phrase.
    var votes = [String: Double]()
    var shares = [String: [String: Double]]()
    var bestFit = [String: Double]()
    for (person, theirs) in Dictionary(grouping: readings, by: \.person) {
      var fits = [String: Double]()
      for reading in theirs { fits.merge(reading.fits) { max($0, $1) } }
      for (office, value) in fits { bestFit[office] = max(bestFit[office] ?? 0, value) }
      let weights = fits.mapValues { max(pow3($0), 0.001) }
      let total = weights.values.reduce(0, +)
      shares[person] = weights.mapValues { $0 / total }
      for (office, weight) in weights { votes[office, default: 0] += weight / total }
    }
    let ranked = votes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
    guard let (best, bestVotes) = ranked.first, let office = glossary[best] else { return nil }
    let people = shares.count
    let support = 1 - pow(Self.supportBase, Double(people))
    let language = first.sighting.phrase.language
    let form = Tally.mostFrequent(readings.map(\.form))
    let citations = readings.map(\.sighting.citation)
    var evidence = readings.map { reading in
      var item = reading.sighting.evidence
      item.score = Tally.score(shares[reading.person]?[best] ?? 0)
      return item
    }
    // The English articles that give these people the office are evidence too.
    for person in shares.keys { evidence += (english[person] ?? []).filter { $0.office == best }.map(\.evidence) }
    var proposal = Proposal(
      kind: .officeName, entity: office.id, entityKind: .office, canonical: office.canonical, isNewEntity: false,
      name: Name(language: language, form: form, sources: Sources(Tally.sources(citations))),
      score: Tally.score(bestVotes / Double(people) * support * (0.5 + (bestFit[best] ?? 0) / 2)), evidence: Array(Set(evidence)).sorted(), sources: Tally.sources(citations))
    let holders = Set(readings.map(\.person)).sorted().compactMap { glossary[$0]?.canonical }
    let fromEnglish = readings.allSatisfy(\.fromEnglish)
    proposal.remarks.append(
      "carried by \(holders.joined(separator: ", ")), whose \(fromEnglish ? "English articles" : "glossary tenures") give \(office.canonical)")
    let conflicts = ranked.dropFirst().filter { $0.value / Double(people) >= Self.conflictShare }.prefix(3)
    if !conflicts.isEmpty {
      let votes = people == 1 ? "1 vote" : "\(people) votes"
      let list = conflicts.map { "\($0.key) (\(JSONWriter.format(Tally.score($0.value))) of \(votes))" }.joined(separator: ", ")
      proposal.remarks.append("also fits \(list)")
    }
    return proposal
  }

  /// The candidates for one sighting: the person's English offices (else tenures held at the
  /// article's date, when it is known) that the same mention does not already carry; a known
  /// place in the phrase that is one of those offices' place becomes the form's slot.
  private func reading(_ title: Sightings.Title, english: [String: [Sightings.Office]]) -> Reading? {
    guard case .known(let person) = title.holder, let entity = glossary[person] else { return nil }
    let fromEnglish = !(english[person] ?? []).isEmpty
    let date = dates[title.evidence.doc]
    let tenures = entity.tenures.filter { tenure in date.map { QAChecker.covers(tenure, $0) } ?? true }
    var candidates: [(office: String, of: String?)] =
      fromEnglish ? (english[person] ?? []).map { ($0.office, $0.of) } : tenures.map { ($0.office, $0.of) }
    candidates.removeAll { title.otherOffices.contains($0.office) }
    guard !candidates.isEmpty else { return nil }
    let phrase = title.phrase
    var form = phrase.text
    if let place = phrase.places.first(where: { place in candidates.contains { $0.of == place.entity } }) {
      candidates.removeAll { $0.of != place.entity }
      form = phrase.form(slotting: place)
    }
    var fits = [String: Double]()
    for candidate in candidates where fits[candidate.office] == nil {
      guard let office = glossary[candidate.office] else { continue }
      fits[candidate.office] = fit(phrase, form: form, office)
    }
    return fits.isEmpty ? nil : Reading(sighting: title, person: person, form: form, fits: fits, fromEnglish: fromEnglish)
  }

  /// How well a phrase fits an office, 0–1: the mean of the cues that apply — its head translates
  /// a word of the office's English forms (大臣 → Minister); it shares characters (Japanese) or
  /// words (Swedish) with the office's forms in its language — quartered when it marks a deputy
  /// or an acting office and the office does not, or the other way round (副, biträdande ↔
  /// Deputy, Vice; 代行 ↔ Acting): a deputy's title is never the office itself.
  func fit(_ phrase: TitlePhrase, form: String, _ office: Entity) -> Double {
    let language = phrase.language
    let englishForms = [office.canonical] + office.names.filter { $0.language == .english }.map(\.form)
    let officeWords = Set(englishForms.flatMap { Self.words(Self.withoutSlots($0)) })
    var cues = [Double]()
    let heads: Set<String>
    if language == .japanese {
      heads = words.japaneseSuffix(of: phrase.text).flatMap { words.heads[.japanese]?[$0] } ?? []
    } else {
      heads = Set(phrase.words.compactMap { words.head($0, language: language) }.flatMap { $0 })
    }
    if !heads.isEmpty { cues.append(heads.isDisjoint(with: officeWords) ? 0 : 1) }
    let own = office.names.filter { $0.language == language }.map { Self.withoutSlots($0.form) }
    if !own.isEmpty {
      let text = Self.withoutSlots(form)
      cues.append(own.map { Self.dice(text, $0, byCharacter: language == .japanese) }.max() ?? 0)
    }
    let markersAgree = words.markerGroups(ofPhrase: phrase.text, words: phrase.words, language: language) == words.markerGroups(ofEnglish: officeWords)
    let mean = cues.isEmpty ? 0.5 : cues.reduce(0, +) / Double(cues.count)
    return markersAgree ? mean : mean / 4
  }

  private func pow3(_ value: Double) -> Double { pow(value, Self.sharpness) }

  static func withoutSlots(_ form: String) -> String {
    var result = form
    for slot in GlossaryBuilder.slots { result = result.replacingOccurrences(of: slot, with: " ") }
    return result
  }

  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter }.map(String.init)
  }

  /// Dice's coefficient of two texts' characters or words.
  static func dice(_ a: String, _ b: String, byCharacter: Bool) -> Double {
    let x = byCharacter ? Set(a.filter { !$0.isWhitespace }.map(String.init)) : Set(words(a))
    let y = byCharacter ? Set(b.filter { !$0.isWhitespace }.map(String.init)) : Set(words(b))
    guard !x.isEmpty || !y.isEmpty else { return 0 }
    return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
  }
}
