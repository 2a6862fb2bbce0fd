import Foundation
import Testing

@testable import Namesake

/// The matcher's automaton stored in a compiled glossary: read back exactly, used only when built
/// from the same forms by the same revision, and refused (with a reason) when it is not a valid
/// automaton.
@Suite("Stored matcher index")
struct StoredMatcherIndexTests {
  static let corpus = GlossaryImageTests.repository.appendingPathComponent("corpus")

  static func builtIn() throws -> Glossary { try GlossaryLoader.load(GlossaryImageTests.repository.appendingPathComponent("glossary").path) }

  /// Every sample article with the language its matches are read in.
  static func samples() throws -> [(String, Language)] {
    let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files.count == 5)
    return try files.map { name in
      let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
      let language: Language = name.hasPrefix("002") ? .japanese : name.hasPrefix("004") ? .swedish : .english
      return (text, language)
    }
  }

  static func matches(_ matcher: GlossaryMatcher) throws -> [[GlossaryMatch]] {
    try samples().map { matcher.matches(in: $0.0, language: $0.1) }
  }

  @Test func theStoredAutomatonIsTheBuiltOneAndMatchesTheSame() throws {
    let glossary = try Self.builtIn()
    let built = GlossaryMatcher(glossary: glossary)
    let decoded = try GlossaryImage.decode(GlossaryImage.encode(glossary), path: "g.nsglossary")
    let stored = try #require(decoded.storedMatcherIndex)
    #expect(stored.automaton.tables == built.storedIndex.automaton.tables)
    #expect(stored.formsChecksum == built.storedIndex.formsChecksum)
    let fromImage = try Self.matches(GlossaryMatcher(glossary: decoded))
    #expect(fromImage == (try Self.matches(built)))
    #expect(fromImage.joined().count > 50, "the samples mention many glossary entries")
  }

  /// A stored automaton is what the matcher searches with when the forms' checksum agrees, and
  /// is passed over when it does not (the glossary changed after compiling, in memory).
  @Test func theFormsChecksumDecidesWhetherTheStoredAutomatonIsUsed() throws {
    let glossary = try Self.builtIn()
    let built = GlossaryMatcher(glossary: glossary)
    var empty = PatternSet()
    for _ in 0..<built.patternCount { empty.append([]) }
    let blind = AhoCorasickAutomaton(patterns: empty)
    func matcher(checksum: UInt64) -> GlossaryMatcher {
      GlossaryMatcher(
        glossary: Glossary(
          sorted: glossary.entities, normalizedForms: nil, storedMatcherIndex: StoredMatcherIndex(formsChecksum: checksum, automaton: blind)))
    }
    let expected = try Self.matches(built)
    #expect(try Self.matches(matcher(checksum: built.storedIndex.formsChecksum)).allSatisfy(\.isEmpty), "the stored automaton was used")
    #expect(try Self.matches(matcher(checksum: built.storedIndex.formsChecksum &+ 1)) == expected, "a stale one is rebuilt")
  }

  @Test(arguments: [UInt32(0), GlossaryMatcher.indexRevision + 1])
  func anIndexOfAnotherRevisionIsIgnored(_ revision: UInt32) throws {
    let glossary = try GlossaryImageTests.small()
    let chunk = (entities: glossary.entities.count, writer: glossary.entities.reduce(into: ImageWriter()) { $0.entity($1) })
    let index = GlossaryImage.encodeIndex(GlossaryMatcher(glossary: glossary).storedIndex)
    let decoded = try GlossaryImage.decode(GlossaryImage.seal([chunk], index: (revision, index)), path: "g.nsglossary")
    #expect(decoded.entities == glossary.entities)
    #expect(decoded.storedMatcherIndex == nil)
  }

  /// Tables of a small automaton, then one wrong value each: every one is refused by name.
  @Test func tablesThatAreNoAutomatonAreRefused() throws {
    var patterns = PatternSet()
    for pattern in ["ab", "b", "abc", "bc", "b"] { patterns.append(pattern.unicodeScalars.map(\.value)) }
    let good = AhoCorasickAutomaton(patterns: patterns).tables
    #expect(try AhoCorasickAutomaton(validating: good).tables == good)
    // Nodes: 0 root, 1 "a", 2 "b", 3 "ab", 4 "bc", 5 "abc".
    #expect(good.labels == [0, 0x61, 0x62, 0x62, 0x63, 0x63])
    func reason(_ change: (inout AhoCorasickAutomaton.Tables) -> Void) -> String? {
      var tables = good
      change(&tables)
      do {
        _ = try AhoCorasickAutomaton(validating: tables)
        return nil
      } catch {
        return error.reason
      }
    }
    #expect(reason { $0.failure.removeLast() } == "the automaton's arrays disagree in length")
    #expect(reason { $0.labels = [] } == "the automaton's arrays disagree in length")
    #expect(reason { $0.childStart[0] = 2 } == "the automaton's child runs do not cover its nodes")
    #expect(reason { $0.childStart[2] = 1 } == "node 1: its children are out of order")
    #expect(reason { $0.labels.swapAt(1, 2) } == "node 0: child labels not increasing")
    #expect(reason { $0.failure[3] = 3 } == "node 3: failure link 3 does not lead to a shallower node")
    #expect(reason { $0.failure[4] = 3 } == "node 4: failure link 3 does not lead to a shallower node")
    #expect(reason { $0.output[2] = 0 } == "node 2: output 0 is not a pattern of its depth")
    #expect(reason { $0.output[0] = 1 } == "node 0: output 1 is not a pattern of its depth")
    #expect(reason { $0.outputLink[1] = 2 } == "node 1: output link 2 does not lead to a shallower output")
    #expect(reason { $0.outputLink[3] = 1 } == "node 3: output link 1 does not lead to a shallower output")
    #expect(reason { $0.nextEqual[1] = 0 } == "pattern 1: bad length or equal-pattern link")
    #expect(reason { $0.patternLengths[0] = -1 } == "node 3: output 0 is not a pattern of its depth")
  }

  /// An image whose index is well sealed but no automaton: an error at the index's first byte.
  @Test func anInvalidStoredIndexIsAnErrorAtItsByte() throws {
    let glossary = try GlossaryImageTests.small()
    let chunk = (entities: glossary.entities.count, writer: glossary.entities.reduce(into: ImageWriter()) { $0.entity($1) })
    let stored = GlossaryMatcher(glossary: glossary).storedIndex
    var tables = stored.automaton.tables
    tables.failure[tables.failure.count - 1] = Int32(tables.failure.count - 1)
    let node = tables.failure.count - 1
    var writer = GlossaryImage.encodeIndex(formsChecksum: stored.formsChecksum, tables: tables)
    let image = GlossaryImage.seal([chunk], index: (GlossaryMatcher.indexRevision, writer))
    let start = image.count - writer.bytes.count
    #expect(GlossaryImageTests.reason { () throws(GlossaryError) in try GlossaryImage.decode(image, path: "g.nsglossary") }
      == "byte \(start): matcher index: node \(node): failure link \(node) does not lead to a shallower node")
    // A count larger than the section: an error at the count, not an allocation.
    writer = ImageWriter()
    writer.integer(stored.formsChecksum)
    writer.integer(UInt64.max)
    let huge = GlossaryImage.seal([chunk], index: (GlossaryMatcher.indexRevision, writer))
    #expect(GlossaryImageTests.reason { () throws(GlossaryError) in try GlossaryImage.decode(huge, path: "g.nsglossary") }
      == "byte \(huge.count - 8): count 18446744073709551615 exceeds the bytes left")
  }

  /// A stored automaton holds forms as `MatchNormalizer` folded them when the image was compiled.
  /// If this hash changes, folding changed: bump `GlossaryMatcher.indexRevision` so that older
  /// images' automata are rebuilt instead of used, then update the hash here.
  @Test func matchNormalizerFoldingIsPinnedToTheIndexRevision() {
    var original = [UInt32]()
    for value in UInt32(0)...0xFFFF where !(0xD800...0xDFFF).contains(value) { original += [value, 0x20] }
    for text in ["Nguyễn Xuân Phúc", "NGUYỄN", "Nguyễn", "ｸﾞｴﾝ", "グエン・スアン・フック", "Đỗ Mười", "ß", "ﬁ", "Å", "e\u{301}\u{323}"] {
      original += text.unicodeScalars.map(\.value) + [0x20]
    }
    let normalized = MatchNormalizer().normalize(original)
    var hash = FNV1a()
    for scalar in normalized.scalars { withUnsafeBytes(of: scalar.littleEndian) { hash.add($0.bindMemory(to: UInt8.self)) } }
    #expect(GlossaryMatcher.indexRevision == 1)
    #expect(hash.value == 12_659_649_077_249_726_643, "MatchNormalizer folds differently: bump GlossaryMatcher.indexRevision and update this hash")
  }
}
