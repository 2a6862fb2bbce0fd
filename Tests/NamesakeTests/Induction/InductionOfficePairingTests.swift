import Namesake
import Testing

/// Japanese and Swedish title phrases paired with the English office the same person holds.
@Suite("Induction: office names from paired titles")
struct InductionOfficePairingTests {
  static func officeNames(_ texts: [(id: String, text: String)], dates: [(String, String)] = [], minimumScore: Double = 0) throws -> [Proposal] {
    try InductionFixtures.proposals(
      texts.map { Document(id: $0.id, text: $0.text) }, minimumScore: minimumScore, dates: try InductionFixtures.dates(dates)
    ).filter { $0.kind == .officeName }
  }

  static let japanese = ("ja", "外務大臣のレ・ホアイ・チュン氏は会談の成果を強調した。")

  @Test func pairedThroughAnEnglishArticle() throws {
    let proposals = try InductionFixtures.proposals(try InductionFixtures.corpus())
    let proposal = try #require(proposals.first { $0.label == "office/minister-of-foreign-affairs ja 外務大臣" })
    #expect(proposal.score == 0.6, "one person, one English office that fits")
    #expect(proposal.sources == ["https://example.org/ja-ministry"], "the form's source is the Japanese article")
    #expect(Set(proposal.evidence.map(\.doc)) == ["en-ministry", "ja-ministry"], "the English title is evidence too")
    #expect(proposal.remarks.contains { $0.contains("English articles") })
  }

  @Test func pairedThroughTenuresHeldAtTheArticlesDate() throws {
    // Le Hoai Trung headed the Party Central Committee Office until 2025-08-29 and is Minister of
    // Foreign Affairs from 2025-10-25: 外務大臣 fits the second.
    let later = try #require(try Self.officeNames([Self.japanese], dates: [("ja", "2025-12-01")]).first)
    #expect(later.entity == "office/minister-of-foreign-affairs" && later.score >= Inducer.defaultMinimumScore)
    // In May 2025 he held only the other office, which 外務大臣 does not fit.
    let earlier = try Self.officeNames([Self.japanese], dates: [("ja", "2025-05-01")])
    #expect(earlier.allSatisfy { $0.entity != "office/minister-of-foreign-affairs" })
    #expect(earlier.allSatisfy { $0.score < Inducer.defaultMinimumScore })
  }

  @Test func aDatelineDatesTheArticleWhenTheDatesFileDoesNot() throws {
    let later = try Self.officeNames([("ja", "2025年12月1日\n" + Self.japanese.1)])
    #expect(later.first?.entity == "office/minister-of-foreign-affairs")
    let earlier = try Self.officeNames([("ja", "2025年5月1日\n" + Self.japanese.1)])
    #expect(earlier.allSatisfy { $0.entity != "office/minister-of-foreign-affairs" })
  }

  @Test func morePeopleRaiseTheScore() throws {
    // Both held the office the glossary calls 党中央委員会事務局長; 中央事務局長 is a shorter form.
    let one = try #require(try Self.officeNames([("ja", "中央事務局長のレ・ホアイ・チュン氏が出席した。")]).first)
    let two = try #require(try Self.officeNames([("ja", "中央事務局長のレ・ホアイ・チュン氏と中央事務局長のファム・ザー・トゥック氏が出席した。")]).first)
    #expect(one.entity == "office/chief-of-party-central-committee-office" && two.entity == one.entity)
    #expect(two.score > one.score)
    #expect(two.remarks.first?.contains("Le Hoai Trung, Pham Gia Tuc") == true)
  }

  @Test func peopleWhoPointToDifferentOfficesLowerTheScore() throws {
    let alone = try #require(try Self.officeNames([Self.japanese]).first)
    let conflicting = try #require(
      try Self.officeNames([("ja", "外務大臣のレ・ホアイ・チュン氏と外務大臣のルオン・タム・クアン氏が出席した。")]).first { $0.form == "外務大臣" })
    #expect(conflicting.score < alone.score)
    #expect(conflicting.remarks.contains { $0.hasPrefix("also fits office/minister-of-public-security") })
  }

  @Test func aDeputysTitleDoesNotFitTheOffice() throws {
    let texts = [
      ("en", "Minister of Foreign Affairs Le Hoai Trung said the talks had gone well."),
      ("sv", "Delegationen togs emot av biträdande utrikesminister Le Hoai Trung i Hanoi."),
    ]
    let proposal = try #require(try Self.officeNames(texts).first { $0.form == "biträdande utrikesminister" })
    #expect(proposal.score < Inducer.defaultMinimumScore)
    #expect(try Self.officeNames(texts, minimumScore: Inducer.defaultMinimumScore).allSatisfy { $0.form != "biträdande utrikesminister" })
  }

  @Test func aPlaceTheOfficeIsOfBecomesASlot() throws {
    let proposal = try #require(try Self.officeNames([("ja", "ハノイ市党委書記のグエン・ズイ・ゴック氏が出席した。")]).first)
    #expect(proposal.entity == "office/city-party-committee-secretary")
    #expect(proposal.form == "{place}市党委書記")
  }

  @Test func noOfficeToPairWithProposesNothing() throws {
    #expect(try Self.officeNames([("ja", "外務大臣のファム・ザー・トゥック氏と会談した。")], dates: [("ja", "2025-01-01")]).isEmpty)
  }
}

extension Proposal {
  var form: String? { name?.form }
}
