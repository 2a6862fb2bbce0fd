import Testing

@testable import Namesake

/// The automaton against a naive search, and its pattern sort (two sorted halves merged) against
/// one plain sort.
@Suite("Aho–Corasick automaton")
struct AhoCorasickAutomatonTests {
  /// Random patterns over a small alphabet, so they share prefixes, repeat and nest; some empty.
  static func randomPatterns(_ count: Int, seed: UInt64, maximumLength: UInt64 = 6) -> (PatternSet, [[UInt32]]) {
    var generator = SplitMix64(seed: seed)
    var set = PatternSet()
    var plain = [[UInt32]]()
    for _ in 0..<count {
      let pattern = (0..<Int(generator.next() % (maximumLength + 1))).map { _ in UInt32(0x30A2 + generator.next() % 4) }
      set.append(pattern)
      plain.append(pattern)
    }
    return (set, plain)
  }

  @Test(arguments: [1_000, AhoCorasickAutomaton.parallelSortCount + 7_001])
  func sortedOrderIsThePlainSort(_ count: Int) {
    let (set, plain) = Self.randomPatterns(count, seed: UInt64(count), maximumLength: 12)
    let expected = plain.indices.filter { !plain[$0].isEmpty }.sorted { a, b in
      if plain[a] != plain[b] { return plain[a].lexicographicallyPrecedes(plain[b]) }
      return a < b
    }.map(Int32.init)
    #expect(AhoCorasickAutomaton.sortedOrder(set) == expected)
  }

  @Test(arguments: [(50, UInt64(1)), (400, 2), (3_000, 3)])
  func findsWhatANaiveSearchFinds(_ count: Int, _ seed: UInt64) {
    let (set, plain) = Self.randomPatterns(count, seed: seed)
    let automaton = AhoCorasickAutomaton(patterns: set)
    var generator = SplitMix64(seed: seed &+ 100)
    let text = (0..<400).map { _ in UInt32(0x30A2 + generator.next() % 5) }
    var found = [[Int]]()
    // Equal patterns share a node: one is reported, the others through `equalPatterns`.
    automaton.forEachOccurrence(in: text) { end, pattern in
      for equal in automaton.equalPatterns(pattern) { found.append([end, equal]) }
    }
    var expected = [[Int]]()
    for end in 0...text.count {
      for (index, pattern) in plain.enumerated() where !pattern.isEmpty && pattern.count <= end && Array(text[(end - pattern.count)..<end]) == pattern {
        expected.append([end, index])
      }
    }
    #expect(Set(found) == Set(expected))
    #expect(found.count == expected.count, "each occurrence once")
    #expect(found.map { $0[0] } == found.map { $0[0] }.sorted(), "in order of end")
  }
}
