import Testing

@testable import Namesake

/// How documents are cited, how ids are minted, and how counts are settled.
@Suite("Induction: citations, ids and tallies")
struct InductionSupportTests {
  static func citation(id: String, text: String, _ language: Language = .english) throws -> DocumentCitation {
    DocumentCitation(try SentenceSegmenter(language: language).segments(in: Document(id: id, text: text)))
  }

  @Test func samplesAreCitedByTheirIdOthersByTheirSourceURL() throws {
    let text = "A short article about the meeting.\nSource: https://example.org/a b"
    let sample = try Self.citation(id: "002_262ae7da80b906d3", text: text)
    #expect(sample.source == "002" && sample.sampleID == "002")
    #expect(try Self.citation(id: "002", text: text).sampleID == "002")
    let other = try Self.citation(id: "notes", text: text)
    #expect(other.source == "https://example.org/a%20b" && other.sampleID == nil, "a source URL is one item, whatever its spaces")
    let unsourced = try Self.citation(id: "my notes", text: "No source line here at all.")
    #expect(unsourced.source == "imported:my-notes" && unsourced.sampleID == nil)
    #expect(try Self.citation(id: "0021_x", text: text).sampleID == nil)
  }

  @Test func idsFollowTheGlossarysStyle() throws {
    var ids = EntityIDs(glossary: try InductionFixtures.glossary())
    #expect(ids.id(kind: .office, canonical: "Chairman of the City People's Committee", key: "a") == "office/chairman-of-city-peoples-committee")
    #expect(ids.id(kind: .person, canonical: "Nguyễn Văn Đức", key: "b") == "person/nguyen-van-duc")
    #expect(ids.id(kind: .person, canonical: "Nguyen Van Duc", key: "b") == "person/nguyen-van-duc", "the same key, the same id")
    #expect(ids.id(kind: .person, canonical: "Nguyen Van Duc", key: "c") == "person/nguyen-van-duc-2", "another key, another id")
    #expect(ids.id(kind: .person, canonical: "Le Hoai Trung", key: "d") == "person/le-hoai-trung-2", "the glossary's ids are taken")
    for id in ["office/chairman-of-city-peoples-committee", "person/nguyen-van-duc-2"] {
      #expect(GlossaryBuilder.idProblem(id, kind: id.hasPrefix("office") ? .office : .person) == nil)
    }
  }

  @Test func talliesAreStable() {
    #expect(Tally.mostFrequent(["b", "a", "b", "a"]) == "a", "a tie goes to the first in order")
    #expect(Tally.mostFrequent(["b", "a", "b"]) == "b")
    #expect(Tally.score(0.8349) == 0.83 && Tally.score(1.2) == 1 && Tally.score(-1) == 0)
  }
}
