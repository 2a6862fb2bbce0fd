import Namesake
import Testing

@Suite("Glossary matcher")
struct GlossaryMatcherTests {
  static func matcher(_ forms: [String]) -> GlossaryMatcher {
    GlossaryMatcher(
      candidates: forms.enumerated().map { index, form in
        .init(entity: "e/\(index)", language: .english, form: form, status: .admitted, isCanonical: false)
      })
  }

  static func found(_ forms: [String], _ text: String, _ language: Language = .english) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return matcher(forms).matches(in: text, language: language).map { match in
      String(String.UnicodeScalarView(scalars[match.start..<match.endWithSuffix]))
    }
  }

  @Test func leftmostLongestNonOverlapping() {
    #expect(Self.found(["Da Nang", "Da Nang City Party Committee", "Nang"], "the Da Nang City Party Committee met") == ["Da Nang City Party Committee"])
    #expect(Self.found(["書記", "記長"], "書記長", .japanese) == ["書記"])
    #expect(Self.found(["ab", "bc"], "abc") == [], "neither ends at a word boundary")
  }

  @Test func latinTokenBoundaries() {
    #expect(Self.found(["Lam"], "Lamp Lam's lam") == ["Lam's", "lam"])
    #expect(Self.found(["Nam"], "Vietnam Nam") == ["Nam"])
  }

  @Test func japaneseNeedsNoSpacesButRespectsKatakanaRuns() {
    #expect(Self.found(["トー・ラム", "書記長"], "トー・ラム書記長は", .japanese) == ["トー・ラム", "書記長"])
    #expect(Self.found(["ラム"], "プログラム", .japanese) == [])
    #expect(Self.found(["トゥ・ラム"], "トゥラム氏", .japanese) == ["トゥラム"])
    #expect(Self.found(["ダナン"], "ﾀﾞﾅﾝ市", .japanese) == ["ﾀﾞﾅﾝ"])
  }

  @Test func swedishGenitiveAndEnglishPossessive() {
    #expect(Self.found(["Da Nang", "politbyrån"], "Da Nangs stad och politbyråns beslut", .swedish) == ["Da Nangs", "politbyråns"])
    #expect(Self.found(["Da Nang"], "Da Nangs", .english) == [])
    #expect(Self.found(["Hai Phong"], "Hai Phong’s port", .english) == ["Hai Phong’s"])
  }

  @Test func diacriticsAndCaseFold() {
    #expect(Self.found(["To Lam"], "Tổng Bí thư TÔ LÂM đã") == ["TÔ LÂM"])
  }

  /// The matcher against a naive reference: every pattern tried at every position of the
  /// normalised text, the same boundary rules, then leftmost-longest selection.
  @Test func agreesWithNaiveReferenceOnRandomInputs() {
    var generator = SplitMix64(seed: 7)
    let alphabet: [String] = ["a", "b", "c", " ", "ア", "イ", "・", "書", "-"]
    func randomString(_ length: Int) -> String {
      (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
    }
    for caseIndex in 0..<300 {
      let forms = (0..<Int(1 + generator.next() % 8)).map { _ in randomString(Int(1 + generator.next() % 4)) }
      let text = randomString(Int(generator.next() % 40))
      let matcher = Self.matcher(forms)
      let actual = matcher.matches(in: text, language: .english).map { [$0.start, $0.end] }
      let expected = NaiveMatcher(forms: forms).matches(in: text)
      #expect(actual == expected, "case \(caseIndex): forms \(forms) text \(text.debugDescription)")
    }
  }
}

extension GlossaryMatcherTests {
  /// Enough patterns that the automaton's build queue is compacted (over 65,536 nodes), checked
  /// against the reference on texts made of the patterns themselves.
  @Test func largeAutomatonAgreesWithNaiveReference() {
    var generator = SplitMix64(seed: 11)
    let letters = Array("abcdefghij").map(String.init)
    var forms = [String]()
    for _ in 0..<12_000 {
      forms.append((0..<Int(4 + generator.next() % 8)).map { _ in letters[Int(generator.next() % 10)] }.joined())
    }
    let matcher = Self.matcher(forms)
    let naive = NaiveMatcher(forms: forms)
    for caseIndex in 0..<6 {
      let text = (0..<30).map { _ in generator.next() % 3 == 0 ? forms[Int(generator.next() % UInt64(forms.count))] : letters[Int(generator.next() % 10)] }
        .joined(separator: generator.next() % 2 == 0 ? " " : "")
      let actual = matcher.matches(in: text, language: .english).map { [$0.start, $0.end] }
      #expect(actual == naive.matches(in: text), "case \(caseIndex)")
    }
  }
}

/// The reference: quadratic, obviously right.
struct NaiveMatcher {
  let patterns: [[UInt32]]

  init(forms: [String]) {
    patterns = forms.map { MatchNormalizer().normalize($0).scalars }.filter { !$0.isEmpty }
  }

  func matches(in text: String) -> [[Int]] {
    let normalized = MatchNormalizer().normalize(text)
    let s = normalized.scalars
    func word(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) }
    func kana(_ v: UInt32) -> Bool { (0x30A1...0x30FA).contains(v) || v == 0x30FC || v == 0x3099 || v == 0x309A }
    var result = [[Int]]()
    var position = 0
    while position < s.count {
      var best: Int?
      for pattern in patterns where position + pattern.count <= s.count && Array(s[position..<(position + pattern.count)]) == pattern {
        let end = position + pattern.count
        if position > 0 && word(s[position]) && word(s[position - 1]) { continue }
        if position > 0 && kana(s[position]) && kana(s[position - 1]) && !normalized.syllableBreak[position] { continue }
        if end < s.count && word(s[end - 1]) && word(s[end]) { continue }
        if end < s.count && kana(s[end - 1]) && kana(s[end]) && !normalized.syllableBreak[end] { continue }
        best = max(best ?? 0, end)
      }
      if let best {
        result.append([Int(normalized.originStart[position]), Int(normalized.originEnd[best - 1])])
        position = best
      } else {
        position += 1
      }
    }
    return result
  }
}
