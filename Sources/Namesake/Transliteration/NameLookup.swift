/// Looks a name up in the glossary: its known forms first, then, for katakana, the
/// transliteration model, and for Latin script, the closest names syllable by syllable.
public struct NameLookup: Sendable {
  public struct Result: Sendable, Hashable {
    public var entity: String
    public var canonical: String
    public var kind: EntityKind
    public var score: Double
    public var method: LinkMethod
    /// For katakana: the conventional katakana of the entity's Vietnamese name.
    public var expected: String?
  }

  private let glossary: Glossary
  private let ranker: KatakanaNameRanker
  private let transliterator: KatakanaTransliterator
  private let normalizer = MatchNormalizer()
  /// Normalised form → (entity, whether the form is canonical or preferred).
  private let forms: [String: [(String, Bool)]]

  public init(glossary: Glossary) throws(LanguageDataError) {
    self.glossary = glossary
    transliterator = try KatakanaTransliterator()
    ranker = KatakanaNameRanker(glossary: glossary, transliterator: transliterator)
    let normalizer = MatchNormalizer()
    var forms = [String: [(String, Bool)]]()
    for entity in glossary.entities {
      forms[normalizer.normalize(entity.canonical).text, default: []].append((entity.id, true))
      for name in entity.names where !name.isPattern {
        forms[normalizer.normalize(name.form).text, default: []].append((entity.id, name.status == .preferred))
      }
    }
    self.forms = forms
  }

  /// The least score a candidate needs: below it, common words (ロードマップ) find look-alikes.
  public static let minimumScore = 0.75

  /// Candidates for `name`, best first, at most `limit`; empty when nothing qualifies.
  public func lookup(_ name: String, limit: Int = 5) -> [Result] {
    let key = normalizer.normalize(name).text
    var results = [Result]()
    var seen = Set<String>()
    for (id, preferred) in forms[key] ?? [] where seen.insert(id).inserted {
      guard let entity = glossary[id] else { continue }
      let exact = preferred && (entity.canonical == name || entity.names.contains { $0.form == name })
      results.append(
        Result(entity: id, canonical: entity.canonical, kind: entity.kind, score: exact ? 1 : 0.95, method: exact ? .exact : .variant,
          expected: expected(for: entity, if: name)))
    }
    let scalars = normalizer.normalize(name).scalars
    if !scalars.isEmpty && scalars.allSatisfy(MatchNormalizer.isKatakana) {
      for candidate in ranker.candidates(for: name, minimumScore: Self.minimumScore, limit: limit) where seen.insert(candidate.entity).inserted {
        results.append(
          Result(entity: candidate.entity, canonical: candidate.canonical, kind: candidate.kind,
            score: (candidate.score * 100).rounded() / 100, method: .transliteration, expected: candidate.expected))
      }
    } else {
      results += latinCandidates(key, excluding: seen)
    }
    results.sort { ($0.score, $1.entity) > ($1.score, $0.entity) }
    return Array(results.prefix(limit))
  }

  /// People and places whose folded name shares most syllables, in order, with `key`.
  private func latinCandidates(_ key: String, excluding seen: Set<String>) -> [Result] {
    let words = key.split(separator: " ").map(String.init)
    guard words.count >= 2 else { return [] }
    var results = [Result]()
    for entity in glossary.entities where (entity.kind == .person || entity.kind == .place) && !seen.contains(entity.id) {
      let other = normalizer.normalize(entity.canonical).text.split(separator: " ").map(String.init)
      let common = zip(words, other).filter { $0 == $1 }.count
      let score = Double(common) / Double(max(words.count, other.count))
      if score >= Self.minimumScore {
        results.append(Result(entity: entity.id, canonical: entity.canonical, kind: entity.kind, score: (score * 100).rounded() / 100, method: .variant, expected: nil))
      }
    }
    return results
  }

  private func expected(for entity: Entity, if name: String) -> String? {
    guard name.unicodeScalars.contains(where: { MatchNormalizer.isKatakana($0.value) }) else { return nil }
    let vietnamese = entity.names.first { $0.language == .vietnamese }?.form ?? entity.canonical
    // Japanese writes place names as one word (ダナン) and people's names in parts (トー・ラム).
    return transliterator.conventional(vietnamese, separator: entity.kind == .place ? "" : "・")
  }
}
