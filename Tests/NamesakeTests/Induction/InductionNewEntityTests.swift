import Foundation
import Namesake
import Testing

/// New people and offices from English articles.
@Suite("Induction: new people and offices")
struct InductionNewEntityTests {
  @Test func aNameUnderAnUnknownTitleGivesAPersonAndAnOffice() throws {
    let proposals = try InductionFixtures.proposals(try InductionFixtures.corpus())
    let office = try #require(proposals.first { $0.entity == "office/deputy-minister-of-foreign-affairs" })
    #expect(office.kind == .office && office.isNewEntity && office.canonical == "Deputy Minister of Foreign Affairs")
    #expect(office.remarks.contains { $0.contains("office/minister-of-foreign-affairs") }, "the linker reads the shorter known title today")
    let person = try #require(proposals.first { $0.entity == "person/trinh-quoc-vy" })
    #expect(person.kind == .person && person.canonical == "Trinh Quoc Vy" && person.score == 0.7)
    #expect(person.tenures.map(\.office) == ["office/deputy-minister-of-foreign-affairs"], "not the known title inside the phrase")
    #expect(person.evidence.first?.surface == "Deputy Minister of Foreign Affairs Trinh Quoc Vy")
  }

  @Test func aNameUnderAKnownTitleGivesAPersonWithATenure() throws {
    let proposals = try InductionFixtures.proposals(try InductionFixtures.corpus())
    let person = try #require(proposals.first { $0.entity == "person/kha-minh-tuan" })
    #expect(person.score == 0.8)
    #expect(person.tenures == [ProposedTenure(person: "person/kha-minh-tuan", office: "office/politburo-member", sources: ["https://example.org/en-ministry"])])
  }

  @Test func aNameWithoutATitleIsWeakAndHiddenByDefault() throws {
    #expect(try !InductionFixtures.proposals(try InductionFixtures.corpus()).contains { $0.entity == "person/lam-hoai-nam" })
    let all = try InductionFixtures.proposals(try InductionFixtures.corpus(), minimumScore: 0)
    let person = try #require(all.first { $0.entity == "person/lam-hoai-nam" })
    #expect(person.score < Inducer.defaultMinimumScore && person.tenures.isEmpty && !person.remarks.isEmpty)
  }

  @Test func repeatingANameWithoutATitleDoesNotMakeItAPerson() throws {
    let texts = (1...6).map { ("en\($0)", "Lam Hoai Nam, a researcher, took notes during the meeting on Monday.") }
    let person = try #require(try InductionFixtures.proposals(texts, minimumScore: 0).first { $0.entity == "person/lam-hoai-nam" })
    #expect(person.evidence.count == 6)
    #expect(person.score < Inducer.defaultMinimumScore)
  }

  @Test func theStartOfALongerProperNameIsNoPerson() throws {
    let proposals = try InductionFixtures.proposals([("en", "Politburo member Kha Minh Tuan visited Thang Binh District on Monday with the rest of the delegation.")], minimumScore: 0)
    #expect(proposals.map(\.entity) == ["person/kha-minh-tuan"])
  }

  @Test func aKnownPlaceInAnOfficeBecomesItsSlotAndTheTenuresPlace() throws {
    let proposals = try InductionFixtures.proposals([("en", "Chairman of the Hanoi People's Committee Trinh Quoc Vy spoke on Monday.")])
    let office = try #require(proposals.first { $0.kind == .office })
    #expect(office.canonical == "Chairman of the People's Committee" && office.entity == "office/chairman-of-peoples-committee")
    #expect(office.name?.form == "Chairman of the {place} People's Committee")
    let person = try #require(proposals.first { $0.kind == .person })
    #expect(person.tenures.first?.of == "place/hanoi")
  }

  @Test func aKnownOfficeWithAPlaceGivesAPatternNotANewOffice() throws {
    let proposals = try InductionFixtures.proposals([("en", "Secretary of the City Party Committee of Hanoi Trinh Quoc Vy spoke on Monday.")])
    let office = try #require(proposals.first { $0.entityKind == .office })
    #expect(office.kind == .officeName && !office.isNewEntity && office.entity == "office/city-party-committee-secretary")
    #expect(office.name?.form == "Secretary of the City Party Committee of {place}")
    let person = try #require(proposals.first { $0.kind == .person })
    #expect(person.tenures.map { "\($0.office) \($0.of ?? "")" } == ["office/city-party-committee-secretary place/hanoi"])
  }

  @Test func aNameWrittenWithDiacriticsGivesTheVietnameseForm() throws {
    var inducer = try Inducer(glossary: try InductionFixtures.glossary(), forcedLanguage: .english)
    try inducer.read(Document(id: "en", text: "Politburo member Khà Minh Tuấn attended the meeting on Monday."))
    let person = try #require(inducer.proposals().first { $0.kind == .person })
    #expect(person.entity == "person/kha-minh-tuan" && person.canonical == "Kha Minh Tuan")
    #expect(person.name?.language == .vietnamese && person.name?.form == "Khà Minh Tuấn")
  }

  @Test func moreDocumentsRaiseAPersonsScore() throws {
    let text = "Politburo member Kha Minh Tuan attended the meeting."
    let one = try InductionFixtures.proposals([("a", text)]).first { $0.kind == .person }
    let two = try InductionFixtures.proposals([("a", text), ("b", text)]).first { $0.kind == .person }
    #expect(try #require(two).score > (try #require(one).score))
    #expect(two?.tenures.count == 1, "one tenure, its sources joined")
  }

  @Test func aThresholdDropsATenureToAnOfficeItDrops() throws {
    let text = [("en", "Politburo member Trinh Quoc Vy, Director of the Department of Planning, spoke on Monday.")]
    let all = try InductionFixtures.proposals(text)
    #expect(Set(all.first { $0.kind == .person }?.tenures.map(\.office) ?? []) == ["office/politburo-member", "office/director-of-department-of-planning"])
    let sure = try InductionFixtures.proposals(text, minimumScore: 0.75)
    #expect(sure.map(\.kind) == [.person], "the office (0.7) is left out")
    #expect(sure.first?.tenures.map(\.office) == ["office/politburo-member"], "and so is the tenure that names it")
  }
}
