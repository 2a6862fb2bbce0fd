import Testing

@testable import Namesake

/// The ranker's weighted edit distance (two rows on the stack) against the textbook full-matrix
/// recurrence with the same costs, on random katakana pieces and spellings.
@Suite("Katakana edit distance")
struct KatakanaEditDistanceTests {
  /// The full matrix, one heap row per prefix: slow and obviously the definition.
  static func reference(_ a: [UInt32], _ b: [UInt32]) -> Double {
    func indel(_ c: UInt32) -> Double { c == 0x30FC ? 0.3 : MatchNormalizer.isKanaVoicingMark(c) ? 0.5 : 1 }
    let vowelish: Set<UInt32> = [0x30FC, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30A2, 0x30A4, 0x30A6, 0x30A8, 0x30AA]
    func substitution(_ x: UInt32, _ y: UInt32) -> Double {
      x == y ? 0 : vowelish.contains(x) && vowelish.contains(y) && (x == 0x30FC || y == 0x30FC) ? 0.3 : 1
    }
    var d = [[Double]](repeating: [Double](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: 1, through: a.count, by: 1) { d[i][0] = d[i - 1][0] + indel(a[i - 1]) }
    for j in stride(from: 1, through: b.count, by: 1) { d[0][j] = d[0][j - 1] + indel(b[j - 1]) }
    for i in stride(from: 1, through: a.count, by: 1) {
      for j in stride(from: 1, through: b.count, by: 1) {
        d[i][j] = min(d[i - 1][j] + indel(a[i - 1]), d[i][j - 1] + indel(b[j - 1]), d[i - 1][j - 1] + substitution(a[i - 1], b[j - 1]))
      }
    }
    return d[a.count][b.count]
  }

  /// Vowels, small vowels, the long-vowel mark, voicing marks and a few consonants: the scalars
  /// whose costs differ.
  static let alphabet: [UInt32] = [0x30A2, 0x30A4, 0x30A6, 0x30A1, 0x30A3, 0x30FC, 0x3099, 0x309A, 0x30C8, 0x30E9, 0x30E0, 0x30B0, 0x30F3]

  @Test func agreesWithTheFullMatrix() {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<20_000 {
      let a = (0..<Int(generator.next() % 10)).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }
      let b = (0..<Int(generator.next() % 10)).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }
      // A slice that does not start at zero, as the ranker passes pieces of a longer name.
      let padded = [0x30AB] + a + [0x30AD]
      let piece = padded[1..<(1 + a.count)]
      #expect(KatakanaNameRanker.editDistance(piece, b) == Self.reference(a, b), "\(a) \(b)")
    }
  }

  @Test(arguments: [
    ([0x30C8, 0x30FC], [0x30C8, 0x30A6], 0.3, "トー against トゥ: a long-vowel mark for a small vowel"),
    ([0x30C8], [0x30C8, 0x30FC], 0.3, "ト against トー: a dropped long-vowel mark"),
    ([0x30E9, 0x30E0], [0x30E9, 0x30E0], 0.0, "the same"),
    ([], [0x30E9, 0x3099], 1.5, "nothing against a letter and a voicing mark"),
  ] as [([UInt32], [UInt32], Double, String)])
  func knownCosts(_ a: [UInt32], _ b: [UInt32], _ expected: Double, _ why: String) {
    #expect(abs(KatakanaNameRanker.editDistance(a[...], b) - expected) < 1e-12, "\(why)")
  }
}
