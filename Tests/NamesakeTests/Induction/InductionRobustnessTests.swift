import Foundation
import Namesake
import Testing

/// Articles made of random title, name and punctuation fragments: induction never traps, its
/// evidence addresses the text, and whatever it proposes imports into the glossary.
@Suite("Induction: random articles")
struct InductionRobustnessTests {
  static let fragments: [Language: [String]] = [
    .english: [
      "Deputy ", "Minister ", "of ", "the ", "Foreign Affairs ", "Trinh Quoc Vy", "Le Hoai Trung", "Kha Minh Tuan", ", ", ". ", " and ",
      "Politburo member ", "Director ", "Hanoi", "'s ", "People's Committee ", "said ", "\n", "Secretary ", "Chairman ", "of",
    ],
    .japanese: [
      "外務大臣の", "レ・ホアイ・チュン", "ファム・ザー・トゥック", "ルオン・タム・クアン", "氏", "同志", "、", " - ", "(", ")", "（", "公安相", "は", "。",
      "ハノイ", "市党委書記", "の", "大将", "ファム・ザー・ ", "tuc", "\n", "副", "大臣",
    ],
    .swedish: [
      "biträdande ", "utrikesminister ", "Le Hoai Trung", "Hanoi", "s ", "och ", "för ", "sekreterare ", "kommitté", ", ", ". ", "vice ",
      "ordförande ", "Pham Gia Tuc", "i ", "\n", "talade ",
    ],
  ]

  @Test func randomArticlesNeverTrapAndTheirProposalsImport() throws {
    var generator = SplitMix64(seed: 11)
    let glossary = try InductionFixtures.glossary()
    let languages: [Language] = [.english, .japanese, .swedish]
    var texts = [String: [Unicode.Scalar]]()
    var inducers = [Language: Inducer]()
    for language in languages { inducers[language] = try Inducer(glossary: glossary, forcedLanguage: language) }
    for index in 0..<60 {
      let language = languages[index % languages.count]
      let pieces = Self.fragments[language] ?? []
      let text = (0..<Int(generator.next() % 40)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let id = "r\(index)"
      texts[id] = Array(text.unicodeScalars)
      try inducers[language]?.read(Document(id: id, text: text))
    }
    var proposals = [Proposal]()
    for language in languages { proposals += inducers[language]?.proposals(minimumScore: 0) ?? [] }
    #expect(!proposals.isEmpty)
    for proposal in proposals {
      #expect((0...1).contains(proposal.score))
      for item in proposal.evidence {
        let text = try #require(texts[item.doc])
        #expect(item.start >= 0 && item.start < item.end && item.end <= text.count)
        #expect(String(String.UnicodeScalarView(text[item.start..<item.end])) == item.surface)
      }
    }
    // Each language's proposals on their own (one run of induce) import into the glossary.
    for language in languages {
      let theirs = inducers[language]?.proposals(minimumScore: 0) ?? []
      for format in [ProposalFormat.csv, .tbx] {
        let copy = try InductionFixtures.temporaryCopy(of: InductionFixtures.glossaryPath)
        defer { try? FileManager.default.removeItem(at: copy) }
        let file = copy.appendingPathComponent("p.\(format.rawValue)")
        try Data(format.render(theirs, glossary: glossary)).write(to: file)
        let records = format == .tbx ? try TBXGlossaryFormat.read(path: file.path) : try CSVGlossaryFormat.read(path: file.path)
        #expect(throws: Never.self, "\(language) \(format)") { _ = try GlossaryImporter.importRecords(records, into: copy.path) }
      }
    }
  }
}
