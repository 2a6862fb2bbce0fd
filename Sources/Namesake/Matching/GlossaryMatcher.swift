/// A matcher's automaton stored in a compiled glossary, with the checksum of the forms it indexes.
struct StoredMatcherIndex: Sendable {
  var formsChecksum: UInt64
  var automaton: AhoCorasickAutomaton
}

/// A glossary form found in a text.
public struct GlossaryMatch: Sendable, Hashable {
  /// Unicode scalar offsets of the form in the original text (a possessive suffix excluded).
  public var start: Int
  public var end: Int
  /// The end including a possessive or genitive suffix ("Da Nangs", "Hai Phong's"), else `end`.
  public var endWithSuffix: Int
  /// Every glossary name the matched text normalises to (several when a form is ambiguous or
  /// shared across languages), in glossary order.
  public var candidates: [GlossaryMatcher.Candidate]
}

/// Finds every glossary form in a text in one pass: leftmost-longest, non-overlapping, with
/// offsets into the original text.
///
/// Latin-script forms must start and end at word boundaries ("Lam" is not found in "Lamp");
/// katakana forms must not touch other katakana unless a separator stood between them (ラム is
/// not found in プログラム); Han and other scripts have no such limit. In Swedish text a form may
/// carry the genitive -s, in English the possessive 's.
public struct GlossaryMatcher: Sendable {
  /// One glossary name a pattern stands for.
  public struct Candidate: Sendable, Hashable {
    public var entity: String
    public var language: Language
    /// The form as written in the glossary (the canonical form for `isCanonical`).
    public var form: String
    public var status: NameStatus
    public var isCanonical: Bool

    public init(entity: String, language: Language, form: String, status: NameStatus, isCanonical: Bool) {
      self.entity = entity
      self.language = language
      self.form = form
      self.status = status
      self.isCanonical = isCanonical
    }
  }

  private let automaton: AhoCorasickAutomaton
  /// One candidate per indexed form; form `i` is automaton pattern `i`.
  private let candidates: [Candidate]
  private let normalizer = MatchNormalizer()

  /// The number of indexed forms.
  public var patternCount: Int { candidates.count }
  public var memoryFootprint: Int { automaton.memoryFootprint }

  /// Bumped whenever what the automaton is built from changes: which forms are indexed, in what
  /// order, or how `MatchNormalizer` folds them. A compiled glossary whose stored automaton has
  /// another revision is matched with one built at start, as if it stored none.
  static let indexRevision: UInt32 = 1

  /// Indexes every name of `glossary` (office patterns with slots excepted) and every canonical
  /// English form; a compiled glossary's stored automaton is used when built from these forms.
  public init(glossary: Glossary) {
    var candidates = [Candidate]()
    for entity in glossary.entities {
      candidates.append(Candidate(entity: entity.id, language: .english, form: entity.canonical, status: .preferred, isCanonical: true))
      for name in entity.names where !name.isPattern {
        candidates.append(Candidate(entity: entity.id, language: name.language, form: name.form, status: name.status, isCanonical: false))
      }
    }
    if let stored = glossary.storedMatcherIndex, stored.automaton.patternLengths.count == candidates.count,
      stored.formsChecksum == Self.formsChecksum(candidates)
    {
      self.init(candidates: candidates, automaton: stored.automaton)
      return
    }
    // The glossary's normalised forms are these candidates' forms in this order.
    self.init(candidates: candidates, normalizedForms: glossary.normalizedForms.take())
  }

  /// What a compiled glossary stores so the next start need not build the automaton.
  var storedIndex: StoredMatcherIndex { StoredMatcherIndex(formsChecksum: Self.formsChecksum(candidates), automaton: automaton) }

  /// FNV-1a of the indexed forms in order: a stored automaton is used only for the same forms.
  static func formsChecksum(_ candidates: [Candidate]) -> UInt64 {
    var hash = FNV1a()
    for candidate in candidates {
      var form = candidate.form
      form.withUTF8 { hash.add($0) }
      hash.add(0)
    }
    return hash.value
  }

  /// Indexes arbitrary candidates by their `form` (benchmarks and tests use this directly).
  public init(candidates: [Candidate]) {
    self.init(candidates: candidates, normalizedForms: nil)
  }

  private init(candidates: [Candidate], automaton: AhoCorasickAutomaton) {
    self.candidates = candidates
    self.automaton = automaton
  }

  /// `normalizedForms`, if given, holds each candidate's form normalised, in order.
  private init(candidates: [Candidate], normalizedForms: PatternSet?) {
    if let normalizedForms, normalizedForms.count == candidates.count {
      automaton = AhoCorasickAutomaton(patterns: normalizedForms)
    } else {
      let normalizer = MatchNormalizer()
      var patterns = PatternSet()
      for candidate in candidates { patterns.append(normalizer.normalize(candidate.form).scalars) }
      automaton = AhoCorasickAutomaton(patterns: patterns)
    }
    self.candidates = candidates
  }

  /// The candidates of the pattern that matched: every form that normalises the same way, once.
  private func candidates(ofPattern pattern: Int) -> [Candidate] {
    var result = [Candidate]()
    for index in automaton.equalPatterns(pattern) where !result.contains(candidates[index]) {
      result.append(candidates[index])
    }
    return result
  }

  /// Matches in `text`, ordered by start.
  public func matches(in text: String, language: Language) -> [GlossaryMatch] {
    matches(in: normalizer.normalize(text), language: language)
  }

  public func matches(in normalized: NormalizedText, language: Language) -> [GlossaryMatch] {
    let scalars = normalized.scalars
    var found = [(start: Int, end: Int, suffixEnd: Int, pattern: Int)]()
    automaton.forEachOccurrence(in: scalars) { end, pattern in
      let start = end - Int(automaton.patternLengths[pattern])
      guard startsAtBoundary(start, normalized), let suffixEnd = endsAtBoundary(end, normalized, language) else { return }
      found.append((start, end, suffixEnd, pattern))
    }
    // Leftmost, then longest; ties cannot remain (one pattern per normalised form).
    found.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
    var result = [GlossaryMatch]()
    var covered = 0
    for match in found where match.start >= covered {
      result.append(
        GlossaryMatch(
          start: Int(normalized.originStart[match.start]), end: Int(normalized.originEnd[match.end - 1]),
          endWithSuffix: Int(normalized.originEnd[match.suffixEnd - 1]), candidates: candidates(ofPattern: match.pattern)))
      covered = match.suffixEnd
    }
    return result
  }

  private func startsAtBoundary(_ start: Int, _ text: NormalizedText) -> Bool {
    guard start > 0 else { return true }
    let first = text.scalars[start]
    let before = text.scalars[start - 1]
    if Self.isWordScalar(first) && Self.isWordScalar(before) { return false }
    if MatchNormalizer.isKatakana(first) && MatchNormalizer.isKatakana(before) && !text.syllableBreak[start] { return false }
    return true
  }

  /// The end including an allowed suffix, or nil if the match ends inside a word.
  private func endsAtBoundary(_ end: Int, _ text: NormalizedText, _ language: Language) -> Int? {
    let scalars = text.scalars
    guard end < scalars.count else { return end }
    let last = scalars[end - 1]
    let after = scalars[end]
    if MatchNormalizer.isKatakana(last) && MatchNormalizer.isKatakana(after) && !text.syllableBreak[end] { return nil }
    func boundary(at index: Int) -> Bool { index >= scalars.count || !Self.isWordScalar(scalars[index]) }
    // English possessive: "Hai Phong's", "Vietnam’s".
    if language == .english && Self.isWordScalar(last) && (after == 0x27 || after == 0x2019)
      && end + 1 < scalars.count && scalars[end + 1] == 0x73 && boundary(at: end + 2)
    {
      return end + 2
    }
    guard Self.isWordScalar(last) && Self.isWordScalar(after) else { return end }
    // Swedish genitive: "Da Nangs", "politbyråns".
    if language == .swedish && after == 0x73 && boundary(at: end + 1) { return end + 1 }
    return nil
  }

  /// Letters and digits of scripts that separate words with spaces: Latin, Greek, Cyrillic.
  static func isWordScalar(_ value: UInt32) -> Bool {
    if value < 0x80 {
      return (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
    }
    switch value {
    case 0xC0...0x24F, 0x370...0x52F, 0x1E00...0x1EFF: return value != 0xD7 && value != 0xF7
    default: return false
    }
  }
}
