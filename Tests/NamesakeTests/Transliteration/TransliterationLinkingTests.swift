import Foundation
import Namesake
import Testing

/// Names the glossary knows only in Vietnamese or English are linked from katakana through the
/// transliteration model; common katakana words stay unlinked.
@Suite("Linking through transliteration")
struct TransliterationLinkingTests {
  static func glossary() throws -> Glossary {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try """
      # id\tkind\tcanonical\tsource\tnote
      person/nguyen-duy-ngoc\tperson\tNguyen Duy Ngoc\t000\t
      person/nguyen-duc-dung\tperson\tNguyen Duc Dung\t004\t
      person/to-lam\tperson\tTo Lam\t000\t
      place/da-nang\tplace\tDa Nang\t000\t
      place/hanoi\tplace\tHanoi\t002\t

      """.write(to: directory.appendingPathComponent("entities.tsv"), atomically: true, encoding: .utf8)
    try """
      # entity\tlang\tform\tstatus\tambiguous\tsource
      person/nguyen-duy-ngoc\tvi\tNguyễn Duy Ngọc\tpreferred\t\thttps://example.org/a
      person/to-lam\tvi\tTô Lâm\tpreferred\t\thttps://example.org/b
      place/da-nang\tvi\tĐà Nẵng\tpreferred\t\thttps://example.org/c
      place/hanoi\tvi\tHà Nội\tpreferred\t\thttps://example.org/d

      """.write(to: directory.appendingPathComponent("names.tsv"), atomically: true, encoding: .utf8)
    return try GlossaryLoader.load(directory.path)
  }

  static func link(_ text: String) throws -> [Mention] {
    let aligner = try Aligner(glossary: try glossary(), forcedLanguage: .japanese)
    return try #require(try aligner.mentions(in: Document(id: "t", text: text))).1
  }

  @Test(arguments: [
    ("グエン・ズイ・ゴック氏が出席した。", "person/nguyen-duy-ngoc", "the conventional form, known only in Vietnamese"),
    ("トゥ・ラム氏が出席した。", "person/to-lam", "a non-conventional spelling (トゥ for トー)"),
    ("グエン・ドゥック・ズン氏が出席した。", "person/nguyen-duc-dung", "known only by its English canonical form"),
    ("グエンズイゴックが出席した。", "person/nguyen-duy-ngoc", "written without ・ and without 氏"),
  ])
  func linksUnknownKatakanaNames(_ text: String, _ entity: String, _ why: String) throws {
    let person = try #require(try Self.link(text).first { $0.kind == .person })
    #expect(person.entity == entity, "\(why)")
    #expect(person.method == .transliteration)
  }

  @Test(arguments: ["ロードマップ氏", "エコシステム氏", "ドン氏", "ダム氏", "テト氏"])
  func commonKatakanaWordsStayUnlinked(_ text: String) throws {
    // Even in the position of a name (before 氏), a common word explains no glossary name.
    for mention in try Self.link(text + "が述べた。") where mention.kind == .person {
      #expect(mention.entity == nil, "\(text) linked to \(mention.entity ?? "")")
    }
  }

  @Test func loanwordsInRunningTextAreNotMentions() throws {
    let mentions = try Self.link("ロードマップとエコシステムとデータベースを作成した。")
    #expect(mentions.isEmpty, "\(mentions.map(\.surface))")
  }

  @Test func rankerPrefersTheBestExplanation() throws {
    let ranker = KatakanaNameRanker(glossary: try Self.glossary(), transliterator: try KatakanaTransliterator())
    let candidates = ranker.candidates(for: "グエン・ズイ・ゴック")
    #expect(candidates.first?.entity == "person/nguyen-duy-ngoc")
    #expect(candidates.first?.expected == "グエン・ズイ・ゴック")
    #expect(ranker.candidates(for: "ダナン").first?.entity == "place/da-nang")
    #expect(ranker.candidates(for: "ハノイ").first?.entity == "place/hanoi")
  }
}

extension TransliterationLinkingTests {
  /// Any katakana, however odd, gets scores in [0, 1] and never traps (an empty piece, a lone
  /// mark, more syllables than kana).
  @Test func randomKatakanaIsScoredSafely() throws {
    let ranker = KatakanaNameRanker(glossary: try Self.glossary(), transliterator: try KatakanaTransliterator())
    let alphabet = Array("アイウエオカガキギンーゥャ・ヴ\u{3099}")
    var generator = SplitMix64(seed: 5)
    for _ in 0..<300 {
      let text = String((0..<Int(generator.next() % 10)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
      for candidate in ranker.candidates(for: text, minimumScore: 0) {
        #expect(candidate.score >= 0 && candidate.score <= 1, "\(text): \(candidate.score)")
      }
    }
  }
}
