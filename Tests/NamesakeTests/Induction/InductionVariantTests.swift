import Namesake
import Testing

/// New Japanese and Swedish forms of known people and places.
@Suite("Induction: new forms of known people and places")
struct InductionVariantTests {
  static func variants(_ texts: [(id: String, text: String)]) throws -> [Proposal] {
    try InductionFixtures.proposals(texts, minimumScore: 0).filter { $0.kind == .variant }
  }

  @Test func aKatakanaFormTheGlossaryLacksIsProposedBack() throws {
    let proposals = try InductionFixtures.proposals(try InductionFixtures.corpus())
    let proposal = try #require(proposals.first { $0.label == "person/pham-gia-tuc ja ファム・ザー・トゥック" })
    #expect(proposal.kind == .variant && !proposal.isNewEntity)
    #expect(proposal.score >= 0.85, "the transliteration model links at 0.85 or more")
    #expect(proposal.sources == ["https://example.org/ja-ministry"])
    #expect(proposal.evidence.map(\.surface) == ["ファム・ザー・トゥック"])
    #expect(proposal.name?.status == .admitted)
  }

  @Test func aListedFormIsNotProposed() throws {
    #expect(try Self.variants([("ja", "外務省でレ・ホアイ・チュン氏が述べた。")]).isEmpty)
  }

  @Test func aNonConventionalFormSaysWhatTheConventionIs() throws {
    let proposal = try #require(try Self.variants([("ja", "ファム・ザ・トゥック氏が出席した。")]).first)
    #expect(proposal.entity == "person/pham-gia-tuc")
    #expect(proposal.remarks.contains("the convention is ファム・ザー・トゥック"))
  }

  @Test func swedishSurfacesLinkedThroughAnotherLanguageAreProposed() throws {
    let proposals = try Self.variants([("sv", "Delegationen togs emot av Le Hoai Trung i Hanoi och i Hanoi igen.")])
    #expect(Set(proposals.map(\.label)) == ["person/le-hoai-trung sv Le Hoai Trung", "place/hanoi sv Hanoi"])
    let hanoi = try #require(proposals.first { $0.entity == "place/hanoi" })
    #expect(hanoi.evidence.count == 2)
    #expect(hanoi.score == 0.9, "a glossary match in another language: sure of the entity, not of the form's use")
  }

  @Test func furtherDocumentsRaiseTheScore() throws {
    let one = try #require(try Self.variants([("sv1", "Mötet leddes av Le Hoai Trung igår.")]).first)
    let two = try #require(try Self.variants([("sv1", "Mötet leddes av Le Hoai Trung igår."), ("sv2", "Le Hoai Trung talade länge om det.")]).first)
    #expect(two.score > one.score)
    #expect(Set(two.evidence.map(\.doc)) == ["sv1", "sv2"])
  }

  @Test(arguments: [
    ("ja", "ファム・ザー・ tuc氏が出席した。", "a broken katakana-Latin name is QA's, not a form"),
    ("ja", "Le Hoai Trung氏が出席した。", "a Latin name in a Japanese article is not a Japanese form"),
    ("en", "The delegation was received by Le Hoai Trung in Hanoi.", "English forms are canonical forms, not variants"),
  ])
  func notProposed(_ id: String, _ text: String, _ why: String) throws {
    #expect(try Self.variants([(id, text)]).isEmpty, "\(why)")
  }
}
