/// Proposes the people and offices English articles name that the glossary does not know: a
/// Vietnamese name with a title becomes a person (with a tenure when the office is known), and a
/// title phrase the glossary lacks becomes an office.
///
/// Scores, before corroboration by further documents (+0.05 each, at most 0.95):
/// - a person with a title the glossary knows: 0.8 (a title next to a name is what makes it a
///   person's name; the tenure is as sure as the title);
/// - a person with an unknown title phrase: 0.7 (the phrase is itself a proposal);
/// - a person with no title: 0.35, and at most 0.45 however many documents repeat the name, below
///   the default threshold: a capitalised run of Vietnamese syllables is as often a place, a
///   company or a case ("the Bach Dat An case"), and repeating it does not make it a person;
/// - an office: 0.7 (a head noun and its complement, right next to a name).
struct NewEntityProposer {
  let glossary: Glossary
  private let normalizer = MatchNormalizer()

  static let knownTitleScore = 0.8
  static let unknownTitleScore = 0.7
  static let untitledScore = 0.35
  static let untitledMaximum = 0.45
  static let officeScore = 0.7
  static let perDocument = 0.05
  static let maximumScore = 0.95

  /// An English office phrase read as a title: the bare form, and the place it names if any.
  private struct OfficeReading {
    var key: String
    var bare: String
    var pattern: String?
    var place: String?
  }

  func proposals(people: [Sightings.UnknownPerson], titles: [Sightings.Title], ids: inout EntityIDs) -> [Proposal] {
    // An office the glossary knows by the bare title: "Chairman of the Hanoi City People's
    // Committee" is a known office with a place the glossary has no English pattern for.
    var knownOffices = [String: Entity]()
    for entity in glossary.entities where entity.kind == .office {
      for form in [entity.canonical] + entity.names.filter({ $0.language == .english && !$0.isPattern }).map(\.form) {
        knownOffices[normalizer.normalize(form).text] = knownOffices[normalizer.normalize(form).text] ?? entity
      }
    }
    var officeIDs = [String: String]()
    var proposals = [Proposal]()
    let readings = titles.map { reading($0.phrase) }
    let officeGroups = Dictionary(grouping: titles.indices) { readings[$0].key }
    for key in officeGroups.keys.sorted() {
      guard let members = officeGroups[key] else { continue }
      let canonical = Tally.mostFrequent(members.map { readings[$0].bare })
      let known = knownOffices[key]
      let id = known?.id ?? ids.id(kind: .office, canonical: canonical, key: "office\t" + key)
      officeIDs[key] = id
      var proposal = office(id: id, canonical: known?.canonical ?? canonical, members.map { (titles[$0], readings[$0]) })
      if known != nil {
        // Only the pattern is new: an English form of the known office.
        guard proposal.name != nil else { continue }
        proposal.kind = .officeName
        proposal.isNewEntity = false
      }
      proposals.append(proposal)
    }
    let personGroups = Dictionary(grouping: people, by: \.key)
    for key in personGroups.keys.sorted() {
      guard let group = personGroups[key] else { continue }
      let surface = Tally.mostFrequent(group.map(\.surface))
      let canonical = Self.asciiName(surface)
      let id = ids.id(kind: .person, canonical: canonical, key: "person\t" + key)
      proposals.append(person(id: id, canonical: canonical, group, officeIDs: officeIDs))
    }
    return proposals
  }

  private func office(id: String, canonical: String, _ members: [(Sightings.Title, OfficeReading)]) -> Proposal {
    let sources = Tally.sources(members.map(\.0.citation))
    let documents = Set(members.map(\.0.evidence.doc)).count
    var proposal = Proposal(
      kind: .office, entity: id, entityKind: .office, canonical: canonical, isNewEntity: true, name: nil,
      score: Tally.score(min(Self.maximumScore, Self.officeScore + Self.perDocument * Double(documents - 1))),
      evidence: members.map { member in
        var item = member.0.evidence
        item.score = Self.officeScore
        return item
      }.sorted(), sources: sources)
    let patterns = members.compactMap(\.1.pattern)
    if !patterns.isEmpty {
      let pattern = Tally.mostFrequent(patterns)
      proposal.name = Name(language: .english, form: pattern, sources: Sources(Tally.sources(members.filter { $0.1.pattern == pattern }.map(\.0.citation))))
    }
    for (title, reading) in members {
      guard case .known(let person) = title.holder else { continue }
      proposal.tenures.append(ProposedTenure(person: person, office: id, of: reading.place, seenIn: title.citation.sampleID, sources: [title.citation.source]))
    }
    proposal.tenures = Self.merged(proposal.tenures)
    let inner = Set(members.flatMap(\.0.innerOffices)).sorted()
    if !inner.isEmpty { proposal.remarks.append("contains the known title of \(inner.joined(separator: ", ")), which the linker reads today") }
    return proposal
  }

  private func person(id: String, canonical: String, _ group: [Sightings.UnknownPerson], officeIDs: [String: String]) -> Proposal {
    var tenures = [ProposedTenure]()
    var evidence = [Evidence]()
    var base = 0.0
    for sighting in group {
      let citation = sighting.citation
      for title in sighting.knownTitles {
        tenures.append(ProposedTenure(person: id, office: title.office, of: title.of, seenIn: citation.sampleID, sources: [citation.source]))
      }
      for phrase in sighting.phrases {
        let reading = reading(phrase)
        guard let office = officeIDs[reading.key] else { continue }
        tenures.append(ProposedTenure(person: id, office: office, of: reading.place, seenIn: citation.sampleID, sources: [citation.source]))
      }
      let score = !sighting.knownTitles.isEmpty ? Self.knownTitleScore : !sighting.phrases.isEmpty ? Self.unknownTitleScore : Self.untitledScore
      base = max(base, score)
      evidence.append(sighting.evidence)
      evidence[evidence.count - 1].score = score
    }
    let documents = Set(group.map(\.evidence.doc)).count
    let sources = Tally.sources(group.map(\.citation))
    var proposal = Proposal(
      kind: .person, entity: id, entityKind: .person, canonical: canonical, isNewEntity: true, name: nil, tenures: Self.merged(tenures),
      score: Tally.score(min(base == Self.untitledScore ? Self.untitledMaximum : Self.maximumScore, base + Self.perDocument * Double(documents - 1))),
      evidence: evidence.sorted(),
      sources: sources)
    // Written with diacritics: that is the Vietnamese form.
    let written = group.map(\.surface).filter { $0 != Self.asciiName($0) }
    if !written.isEmpty {
      let form = Tally.mostFrequent(written)
      proposal.name = Name(language: .vietnamese, form: form, sources: Sources(Tally.sources(group.filter { $0.surface == form }.map(\.citation))))
    }
    if base == Self.untitledScore { proposal.remarks.append("no title next to the name: it may be a place, a company or a case") }
    return proposal
  }

  /// The office a phrase names, keyed by its bare title: a known place inside becomes the
  /// tenure's place and a {place} slot ("Chairman of the Hanoi People's Committee" → "Chairman of
  /// the People's Committee", pattern "Chairman of the {place} People's Committee").
  private func reading(_ phrase: TitlePhrase) -> OfficeReading {
    guard let place = phrase.places.first(where: { !$0.isGenitive }) else {
      return OfficeReading(key: normalizer.normalize(phrase.text).text, bare: phrase.text)
    }
    let pattern = phrase.form(slotting: place)
    var bare = pattern
    for slotted in [" of {place}", " in {place}", "{place} ", " {place}", "{place}"] where bare.contains(slotted) {
      bare = bare.replacingOccurrences(of: slotted, with: "")
      break
    }
    bare = bare.split(separator: " ").joined(separator: " ")
    return OfficeReading(key: normalizer.normalize(bare).text, bare: bare, pattern: pattern, place: place.entity)
  }

  /// Tenures once per person, office, place and document, their sources joined.
  static func merged(_ tenures: [ProposedTenure]) -> [ProposedTenure] {
    var byKey = [String: ProposedTenure]()
    for tenure in tenures {
      let key = [tenure.person, tenure.office, tenure.of ?? "", tenure.seenIn ?? ""].joined(separator: "\t")
      if var existing = byKey[key] {
        existing.sources = Array(Set(existing.sources + tenure.sources)).sorted()
        byKey[key] = existing
      } else {
        byKey[key] = tenure
      }
    }
    return byKey.values.sorted()
  }

  /// The name without Vietnamese diacritics, capitals kept: "Nguyễn Văn Quảng" → "Nguyen Van Quang".
  static func asciiName(_ surface: String) -> String {
    let normalizer = MatchNormalizer()
    return surface.split(separator: " ").map { word in
      let folded = normalizer.normalize(String(word)).text
      return word.first?.isUppercase == true ? folded.prefix(1).uppercased() + folded.dropFirst() : folded
    }.joined(separator: " ")
  }
}
