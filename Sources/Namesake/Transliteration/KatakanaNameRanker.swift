/// Ranks glossary people and places by how well their Vietnamese names explain a katakana name:
/// the katakana is aligned syllable by syllable with the spellings the transliterator allows for
/// each Vietnamese syllable, so a name the glossary knows only in English or Vietnamese still links.
public struct KatakanaNameRanker: Sendable {
  public struct Candidate: Sendable, Hashable {
    public var entity: String
    public var canonical: String
    public var kind: EntityKind
    public var score: Double
    /// The conventional katakana for the entity's name.
    public var expected: String
  }

  private struct Entry: Sendable {
    var entity: String
    var canonical: String
    var kind: EntityKind
    /// Normalised katakana spellings per syllable.
    var syllables: [[[UInt32]]]
    var expected: String
  }

  private let entries: [Entry]
  private let normalizer = MatchNormalizer()

  public init(glossary: Glossary, transliterator: KatakanaTransliterator) {
    let normalizer = MatchNormalizer()
    var entries = [Entry]()
    for entity in glossary.entities where entity.kind == .person || entity.kind == .place {
      let name = entity.names.first { $0.language == .vietnamese && $0.status == .preferred }?.form
        ?? entity.names.first { $0.language == .vietnamese }?.form ?? entity.canonical
      let words = name.split(separator: " ").map(String.init)
      let spellings = words.map { transliterator.variants(of: $0).map { normalizer.normalize($0).scalars } }
      let separator = entity.kind == .place ? "" : "・"
      guard !words.isEmpty, spellings.allSatisfy({ !$0.isEmpty }), let expected = transliterator.conventional(name, separator: separator)
      else { continue }
      entries.append(Entry(entity: entity.id, canonical: entity.canonical, kind: entity.kind, syllables: spellings, expected: expected))
    }
    self.entries = entries
  }

  /// Candidates scoring at least `minimumScore`, best first (ties by id, so the order is stable).
  public func candidates(for katakana: String, minimumScore: Double = 0.6, limit: Int = 5) -> [Candidate] {
    let text = normalizer.normalize(katakana).scalars
    guard !text.isEmpty, text.allSatisfy(MatchNormalizer.isKatakana) else { return [] }
    var result = [Candidate]()
    for entry in entries {
      let score = Self.alignmentScore(text, entry.syllables)
      if score >= minimumScore {
        result.append(Candidate(entity: entry.entity, canonical: entry.canonical, kind: entry.kind, score: score, expected: entry.expected))
      }
    }
    result.sort { ($0.score, $1.entity) > ($1.score, $0.entity) }
    return Array(result.prefix(limit))
  }

  /// Best segmentation of `text` into one piece per syllable, each piece scored against that
  /// syllable's spellings (1 − edit distance / longer length), weighted by length.
  static func alignmentScore(_ text: [UInt32], _ syllables: [[[UInt32]]]) -> Double {
    let n = text.count
    let m = syllables.count
    // best[j][i]: the best total similarity × length with j syllables covering text[0..<i].
    var best = [[Double]](repeating: [Double](repeating: -1, count: n + 1), count: m + 1)
    best[0][0] = 0
    for j in 0..<m {
      for i in 0..<n where best[j][i] >= 0 {
        for end in (i + 1)...min(n, i + 8) {
          let piece = Array(text[i..<end])
          var similarity = 0.0
          var length = 0
          for spelling in syllables[j] {
            let longer = max(piece.count, spelling.count)
            let value = 1 - editDistance(piece, spelling) / Double(longer)
            if value > similarity {
              similarity = value
              length = longer
            }
          }
          let total = best[j][i] + similarity * Double(max(length, piece.count))
          if total > best[j + 1][end] { best[j + 1][end] = total }
        }
      }
    }
    guard best[m][n] >= 0 else { return 0 }
    let expectedLength = syllables.map { $0.first?.count ?? 0 }.reduce(0, +)
    return best[m][n] / Double(max(n, expectedLength))
  }

  /// Edit distance over katakana with cheaper edits for what transliterations vary in: the
  /// long-vowel mark against a (small) vowel or nothing (トー, トゥ, ト), and a voicing mark.
  static func editDistance(_ a: [UInt32], _ b: [UInt32]) -> Double {
    func indelCost(_ c: UInt32) -> Double { c == 0x30FC ? 0.3 : MatchNormalizer.isKanaVoicingMark(c) ? 0.5 : 1 }
    func substitutionCost(_ x: UInt32, _ y: UInt32) -> Double {
      if x == y { return 0 }
      let vowelish: Set<UInt32> = [0x30FC, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA]
      if vowelish.contains(x) && vowelish.contains(y) && (x == 0x30FC || y == 0x30FC) { return 0.3 }
      return 1
    }
    if a.isEmpty { return b.reduce(0) { $0 + indelCost($1) } }
    if b.isEmpty { return a.reduce(0) { $0 + indelCost($1) } }
    var previous = [Double](repeating: 0, count: b.count + 1)
    for j in 1...b.count { previous[j] = previous[j - 1] + indelCost(b[j - 1]) }
    var current = [Double](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = previous[0] + indelCost(a[i - 1])
      for j in 1...b.count {
        current[j] = min(
          previous[j] + indelCost(a[i - 1]), current[j - 1] + indelCost(b[j - 1]),
          previous[j - 1] + substitutionCost(a[i - 1], b[j - 1]))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
