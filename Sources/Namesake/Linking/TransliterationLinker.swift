/// Links unknown katakana names through the transliteration model: the best-explaining person or
/// place when it is clear, else the candidates for QA.
struct TransliterationLinker: Sendable {
  let ranker: MadeOnFirstUse<KatakanaNameRanker>
  /// A link needs this score and this lead over the runner-up; below, only candidates are kept.
  static let linkScore = 0.85
  static let margin = 0.05
  static let candidateScore = NameLookup.minimumScore

  func linked(_ mentions: [Mention]) -> [Mention] {
    mentions.map { mention in
      let isShort = mention.flags == ["short"]
      guard mention.kind == .person, mention.entity == nil, mention.method == .unknown, mention.flags.isEmpty || isShort else { return mention }
      let candidates = ranker.value.candidates(for: mention.surface, minimumScore: Self.candidateScore)
      guard let best = candidates.first else { return mention }
      var result = mention
      let runnerUp = candidates.dropFirst().first?.score ?? 0
      if best.score >= Self.linkScore && best.score - runnerUp >= Self.margin {
        result.entity = best.entity
        result.canonical = best.canonical
        result.kind = best.kind
        result.method = .transliteration
        result.score = (best.score * 100).rounded() / 100
        result.flags.removeAll { $0 == "short" }
      } else if !isShort {
        result.candidates = candidates.map(\.entity)
      }
      return result
    }
  }
}
