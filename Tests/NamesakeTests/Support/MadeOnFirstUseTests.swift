import Dispatch
import Testing

@testable import Namesake

@Suite struct MadeOnFirstUseTests {
  /// Many threads asking at once get one value, made once.
  @Test func madeOnceForEveryoneAskingAtOnce() {
    for _ in 0..<50 {
      let makes = Locked(0)
      let lazy = MadeOnFirstUse { makes.withLock { $0 += 1 }; return [1, 2, 3] }
      #expect(!lazy.isMade)
      let seen = Locked([[Int]]())
      DispatchQueue.concurrentPerform(iterations: 8) { _ in
        let value = lazy.value
        seen.withLock { $0.append(value) }
      }
      #expect(makes.withLock { $0 } == 1)
      #expect(seen.withLock { $0 } == Array(repeating: [1, 2, 3], count: 8))
      #expect(lazy.isMade)
    }
  }

  /// The katakana ranker is made by the first Japanese document with an unknown katakana name,
  /// never by English or Swedish ones.
  @Test func onlyJapaneseDocumentsMakeTheKatakanaRanker() throws {
    let linker = try Linker(glossary: try LinkingWindowTests.glossary.get())
    let pipeline = try SegmentationPipeline()
    for text in ["General Secretary To Lam met Nguyen Van An in Hanoi.\n", "Generalsekreteraren To Lam träffade Nguyen Van An i Hanoi.\n"] {
      _ = linker.mentions(in: try #require(try pipeline.segment(Document(id: "t", text: text))))
    }
    #expect(!linker.madeKatakanaRanker)
    let japanese = try #require(try pipeline.segment(Document(id: "ja", text: "グエン・バン・アン氏はハノイで語った。\n")))
    let mentions = linker.mentions(in: japanese)
    #expect(linker.madeKatakanaRanker)
    #expect(mentions.contains { $0.surface == "グエン・バン・アン" })
  }
}
