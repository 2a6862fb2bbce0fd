import Foundation
import Namesake
import Testing

/// What `induce` writes imports with `glossary import`, and once imported, the forms link.
@Suite("Induction: proposals round trip into the glossary")
struct InductionRoundTripTests {
  /// Renders the fixture corpus's proposals, imports them into a copy of the fixture glossary and
  /// returns the merged glossary and the import summary.
  static func imported(_ format: ProposalFormat) throws -> (Glossary, GlossaryImporter.Summary) {
    let glossary = try InductionFixtures.glossary()
    let proposals = try InductionFixtures.proposals(try InductionFixtures.corpus())
    let copy = try InductionFixtures.temporaryCopy(of: InductionFixtures.glossaryPath)
    defer { try? FileManager.default.removeItem(at: copy) }
    let file = copy.appendingPathComponent("proposals.\(format.rawValue)")
    try Data(format.render(proposals, glossary: glossary)).write(to: file)
    let records = format == .tbx ? try TBXGlossaryFormat.read(path: file.path) : try CSVGlossaryFormat.read(path: file.path)
    let summary = try GlossaryImporter.importRecords(records, into: copy.path)
    return (try GlossaryLoader.load(copy.path), summary)
  }

  /// The Japanese fixture article's mentions with `glossary`.
  static func japaneseMentions(_ glossary: Glossary) throws -> [Mention] {
    let document = try #require(try InductionFixtures.corpus().first { $0.id == "ja-ministry" })
    let aligner = try Aligner(glossary: glossary)
    return try #require(try aligner.mentions(in: document)).1
  }

  @Test(arguments: [ProposalFormat.csv, .tbx])
  func importedFormsLinkAsGlossaryForms(_ format: ProposalFormat) throws {
    let (glossary, summary) = try Self.imported(format)
    #expect(summary.entitiesAdded == 3, "Trinh Quoc Vy, Kha Minh Tuan and the Deputy Minister of Foreign Affairs")
    let mentions = try Self.japaneseMentions(glossary)
    let tuc = try #require(mentions.first { $0.surface == "ファム・ザー・トゥック" })
    #expect(tuc.entity == "person/pham-gia-tuc" && [.exact, .variant].contains(tuc.method), "\(tuc.method)")
    let trung = try #require(mentions.first { $0.entity == "person/le-hoai-trung" })
    #expect(trung.titles.map(\.office) == ["office/minister-of-foreign-affairs"], "外務大臣 is now a known title")
    #expect(glossary["office/deputy-minister-of-foreign-affairs"]?.kind == .office)
  }

  @Test func tbxCarriesTenuresAndCSVDoesNot() throws {
    let (tbx, tbxSummary) = try Self.imported(.tbx)
    #expect(tbx["person/trinh-quoc-vy"]?.tenures.map(\.office) == ["office/deputy-minister-of-foreign-affairs"])
    #expect(tbx["person/kha-minh-tuan"]?.tenures.map(\.office) == ["office/politburo-member"])
    #expect(tbxSummary.tenuresAdded == 2)
    let (csv, csvSummary) = try Self.imported(.csv)
    #expect(csvSummary.tenuresAdded == 0 && csv["person/trinh-quoc-vy"]?.tenures.isEmpty == true)
    #expect(csv["person/trinh-quoc-vy"]?.note.contains("tenure: person/trinh-quoc-vy as office/deputy-minister-of-foreign-affairs") == true)
  }

  @Test func onceImportedNothingIsProposedAgain() throws {
    let (glossary, _) = try Self.imported(.tbx)
    let again = try InductionFixtures.proposals(try InductionFixtures.corpus(), glossary: glossary)
    #expect(again.isEmpty, "\(again.map(\.label))")
  }

  @Test func nothingProposedIsAHeaderOnlyCSVAndAnEmptyTBX() throws {
    let glossary = try InductionFixtures.glossary()
    let none = try InductionFixtures.proposals([("en", "The weather in the north was fine and the roads were open.")], minimumScore: 0)
    #expect(none.isEmpty)
    #expect(ProposalFormat.csv.render(none, glossary: glossary) == Array("id,kind,canonical,lang,variant,status,ambiguous,source,note\r\n".utf8))
    #expect(ProposalFormat.jsonl.render(none, glossary: glossary).isEmpty)
    let tbx = String(decoding: ProposalFormat.tbx.render(none, glossary: glossary), as: UTF8.self)
    #expect(tbx.hasPrefix("<?xml") && !tbx.contains("conceptEntry"))
  }

  @Test func outputDoesNotDependOnTheOrderOfDocuments() throws {
    let glossary = try InductionFixtures.glossary()
    let documents = try InductionFixtures.corpus()
    let forward = try InductionFixtures.proposals(documents, minimumScore: 0)
    let backward = try InductionFixtures.proposals(documents.reversed(), minimumScore: 0)
    for format in ProposalFormat.allCases {
      #expect(format.render(forward, glossary: glossary) == format.render(backward, glossary: glossary), "\(format)")
    }
  }

  @Test func jsonLinesCarryStructuredEvidence() throws {
    let glossary = try InductionFixtures.glossary()
    let documents = try InductionFixtures.corpus()
    let proposals = try InductionFixtures.proposals(documents, minimumScore: 0)
    let lines = String(decoding: ProposalFormat.jsonl.render(proposals, glossary: glossary), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == proposals.count)
    let texts = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, Array($0.text.unicodeScalars)) })
    for line in lines {
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      for key in ["kind", "entity", "entity_kind", "canonical", "new_entity", "lang", "form", "score", "source", "tenures", "remarks", "note"] {
        #expect(object[key] != nil, "\(key) in \(line)")
      }
      let evidence = try #require(object["evidence"] as? [[String: Any]])
      #expect(!evidence.isEmpty)
      for item in evidence {
        let doc = try #require(item["doc"] as? String), start = try #require(item["start"] as? Int), end = try #require(item["end"] as? Int)
        let text = try #require(texts[doc])
        #expect(String(String.UnicodeScalarView(text[start..<end])) == item["surface"] as? String, "offsets address the surface")
        #expect(item["segment"] is Int && (item["score"] is Double || item["score"] is Int))
      }
    }
  }

  @Test func theNoteListsScoreAndOccurrences() throws {
    let proposals = try InductionFixtures.proposals(try InductionFixtures.corpus())
    let csv = String(decoding: ProposalFormat.csv.render(proposals, glossary: try InductionFixtures.glossary()), as: UTF8.self)
    #expect(csv.contains("score 0.6; seen in en-ministry segment 2 ('Minister of Foreign Affairs'), ja-ministry segment 1 ('外務大臣のレ・ホアイ・チュン')"))
  }
}
