/// Proposes new Japanese and Swedish forms of known people and places: katakana the
/// transliteration model linked, and Swedish surfaces linked through a form of another language.
struct VariantProposer {
  let glossary: Glossary
  let ranker: KatakanaNameRanker
  private let normalizer = MatchNormalizer()

  /// Each further document that writes the form adds this much, up to 1.
  static let perDocument = 0.05

  func proposals(_ sightings: [Sightings.Variant]) -> [Proposal] {
    let groups = Dictionary(grouping: sightings) { "\($0.entity)\t\($0.language.rawValue)\t\(normalizer.normalize($0.surface).text)" }
    return groups.values.compactMap { group in
      guard let first = group.first, let entity = glossary[first.entity] else { return nil }
      let form = Tally.mostFrequent(group.map(\.surface))
      let documents = Set(group.map(\.evidence.doc)).count
      let best = group.map(\.evidence.score).max() ?? 0
      var proposal = Proposal(
        kind: .variant, entity: entity.id, entityKind: entity.kind, canonical: entity.canonical, isNewEntity: false,
        name: Name(language: first.language, form: form, sources: Sources(Tally.sources(group.map(\.citation)))),
        score: Tally.score(best + Self.perDocument * Double(documents - 1)), evidence: group.map(\.evidence).sorted(),
        sources: Tally.sources(group.map(\.citation)))
      if first.language == .japanese, let expected = ranker.candidates(for: form, minimumScore: 0).first(where: { $0.entity == entity.id })?.expected,
        normalizer.normalize(expected).text != normalizer.normalize(form).text
      {
        proposal.remarks.append("the convention is \(expected)")
      }
      return proposal
    }
  }
}
