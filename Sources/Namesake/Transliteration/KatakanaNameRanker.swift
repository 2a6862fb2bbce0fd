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
  private let index: KatakanaSkeletonIndex
  private let memo = Memo()
  private let normalizer = MatchNormalizer()
  /// Names aligned in full per query, at most; the index ranks them by syllables covered.
  static let alignedPerQuery = 256

  public init(glossary: Glossary, transliterator: KatakanaTransliterator) {
    let named = glossary.entities.filter { $0.kind == .person || $0.kind == .place }
    // Built when the first Japanese document needs it, while the other documents wait: a large
    // glossary's halves are transliterated on two cores (a word shared by both halves is done
    // twice; the entries are the same).
    let middle = named.count / 2
    let (first, second) = concurrently(
      if: named.count >= GlossaryBuilder.parallelCount,
      { Self.entries(of: named[..<middle], transliterator) }, { Self.entries(of: named[middle...], transliterator) })
    entries = first + second
    index = KatakanaSkeletonIndex(syllables: entries.map(\.syllables))
  }

  private static func entries(of entities: ArraySlice<Entity>, _ transliterator: KatakanaTransliterator) -> [Entry] {
    let normalizer = MatchNormalizer()
    var entries = [Entry]()
    struct WordKey: Hashable {
      var word: String
      var kind: EntityKind

      // Enums with raw values hash their raw String; a case number is enough.
      func hash(into hasher: inout Hasher) {
        hasher.combine(word)
        hasher.combine(kind.hashCode)
      }
    }
    var variantsByWord = [WordKey: (variants: [String], spellings: [[UInt32]])]()
    for entity in entities {
      let name = entity.names.first { $0.language == .vietnamese && $0.status == .preferred }?.form
        ?? entity.names.first { $0.language == .vietnamese }?.form ?? entity.canonical
      let words = name.split(separatorScalars: [" "]).map(String.init)
      // Names share few syllables; each is transliterated once.
      let transliterated = words.map { word in
        if let known = variantsByWord[WordKey(word: word, kind: entity.kind)] { return known }
        // Place names may be minority-language words (Pleiku); people's names are read as syllables only.
        let variants = transliterator.variants(of: word, readingNonSyllables: entity.kind == .place)
        let computed = (variants: variants, spellings: variants.map { normalizer.normalize($0).scalars })
        variantsByWord[WordKey(word: word, kind: entity.kind)] = computed
        return computed
      }
      // Closures rather than key paths, which cost a call into the runtime per element.
      let variants = transliterated.map { $0.variants }, spellings = transliterated.map { $0.spellings }
      let separator = entity.kind == .place ? "" : "・"
      guard !words.isEmpty, variants.allSatisfy({ !$0.isEmpty }) else { continue }
      // Appended rather than `joined`, which cost as much as the rest of an entry.
      var expected = ""
      for (index, first) in variants.compactMap({ $0.first }).enumerated() {
        if index > 0 { expected += separator }
        expected += first
      }
      entries.append(Entry(entity: entity.id, canonical: entity.canonical, kind: entity.kind, syllables: spellings, expected: expected))
    }
    return entries
  }

  /// Candidates scoring at least `minimumScore`, best first (ties by id, so the order is stable).
  public func candidates(for katakana: String, minimumScore: Double = 0.6, limit: Int = 5) -> [Candidate] {
    guard let text = katakanaScalars(katakana) else { return [] }
    let key = Memo.Key(text: text, minimumScore: minimumScore, limit: limit)
    if let known = memo.get(key) { return known }
    let result = ranked(text, index.candidates(for: text, limit: Self.alignedPerQuery), minimumScore: minimumScore, limit: limit)
    memo.set(key, result)
    return result
  }

  /// `candidates` aligning against every name: the reference the index is tested against.
  func exhaustiveCandidates(for katakana: String, minimumScore: Double = 0.6, limit: Int = 5) -> [Candidate] {
    guard let text = katakanaScalars(katakana) else { return [] }
    return ranked(text, Array(entries.indices), minimumScore: minimumScore, limit: limit)
  }

  /// The normalised name, or nil unless it is all katakana.
  private func katakanaScalars(_ name: String) -> [UInt32]? {
    let text = normalizer.normalize(name).scalars
    return !text.isEmpty && text.allSatisfy(MatchNormalizer.isKatakana) ? text : nil
  }

  private func ranked(_ text: [UInt32], _ indices: [Int], minimumScore: Double, limit: Int) -> [Candidate] {
    var result = [Candidate]()
    for entry in indices.map({ entries[$0] }) {
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
          let piece = text[i..<end]
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
  static func editDistance(_ a: ArraySlice<UInt32>, _ b: [UInt32]) -> Double {
    func indelCost(_ c: UInt32) -> Double { c == 0x30FC ? 0.3 : MatchNormalizer.isKanaVoicingMark(c) ? 0.5 : 1 }
    func isVowelish(_ c: UInt32) -> Bool {
      switch c {
      case 0x30FC, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA: true
      default: false
      }
    }
    func substitutionCost(_ x: UInt32, _ y: UInt32) -> Double {
      if x == y { return 0 }
      if isVowelish(x) && isVowelish(y) && (x == 0x30FC || y == 0x30FC) { return 0.3 }
      return 1
    }
    if a.isEmpty { return b.reduce(0) { $0 + indelCost($1) } }
    if b.isEmpty { return a.reduce(0) { $0 + indelCost($1) } }
    // The two rows live on the stack: this runs for every piece against every spelling of every
    // syllable of every candidate, and it made three heap arrays per call.
    let width = b.count + 1
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * width) { rows in
      var previous = UnsafeMutableBufferPointer(rebasing: rows[0..<width])
      var current = UnsafeMutableBufferPointer(rebasing: rows[width..<(2 * width)])
      previous[0] = 0
      for j in 1...b.count { previous[j] = previous[j - 1] + indelCost(b[j - 1]) }
      for x in a {
        current[0] = previous[0] + indelCost(x)
        for j in 1...b.count {
          current[j] = min(
            previous[j] + indelCost(x), current[j - 1] + indelCost(b[j - 1]),
            previous[j - 1] + substitutionCost(x, b[j - 1]))
        }
        swap(&previous, &current)
      }
      return previous[b.count]
    }
  }

  /// Results by query: news repeats the same names, and ranking is pure, so a repeated name costs
  /// a lookup. Emptied when full, which keeps memory bounded on any corpus.
  private final class Memo: Sendable {
    struct Key: Hashable {
      var text: [UInt32]
      var minimumScore: Double
      var limit: Int
    }
    private let results = Locked<[Key: [Candidate]]>([:])
    static let capacity = 65_536

    func get(_ key: Key) -> [Candidate]? { results.withLock { $0[key] } }

    func set(_ key: Key, _ value: [Candidate]) {
      results.withLock { results in
        if results.count >= Self.capacity { results.removeAll(keepingCapacity: true) }
        results[key] = value
      }
    }
  }
}
