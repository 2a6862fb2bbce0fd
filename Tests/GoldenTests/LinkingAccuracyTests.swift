import Foundation
import Namesake
import Testing

/// Every person mention of the samples, link by link: the entity and every title the article gives.
/// Lists are complete, so a mention linked to a wrong entity, or an extra link, fails too.
@Suite("Linking accuracy on the samples")
struct LinkingAccuracyTests {
  struct Link: Equatable, CustomStringConvertible {
    var segment: Int
    var surface: String
    var entity: String?
    var titles: [String]
    init(_ segment: Int, _ surface: String, _ entity: String?, _ titles: [String]) {
      self.segment = segment
      self.surface = surface
      self.entity = entity
      self.titles = titles
    }
    var description: String { "\(segment) \(surface) → \(entity ?? "unlinked") \(titles)" }
  }

  static func personLinks(_ sample: String) throws -> [Link] {
    let file = try #require(SegmentationGoldenTests.samples.first { $0.hasPrefix(sample) })
    let aligner = try Aligner(glossary: try GlossaryLoader.load(BuiltInGlossaryTests.directory))
    let document = try DocumentReader.read(path: SegmentationGoldenTests.corpus.appendingPathComponent(file).path)
    let (segmented, mentions) = try #require(try aligner.mentions(in: document))
    return mentions.filter { $0.kind == .person }.map { mention in
      let segment = segmented.segments.first { $0.range.scalars.contains(mention.start) }?.index ?? -1
      return Link(segment, mention.surface, mention.entity, mention.titles.map(\.canonical))
    }
  }

  static func check(_ sample: String, _ expected: [Link]) throws {
    let actual = try personLinks(sample)
    for (a, e) in zip(actual, expected) { #expect(a == e) }
    #expect(actual.count == expected.count, "\(actual.count) person mentions, expected \(expected.count)")
  }

  /// Sample 002 (Japanese): titles after the name, before it with の, two before it with 、,
  /// in parentheses, between dashes; 氏 and 同志; the broken "グエン・タイン・ nghi"; 書記長 and 総書記
  /// resolved to To Lam.
  @Test func japaneseSample002() throws {
    try Self.check("002", [
      Link(0, "ファム・ミン・チン", "person/pham-minh-chinh", ["Prime Minister"]),
      Link(0, "レ・ミン・フン", "person/le-minh-hung", ["Politburo member", "Head of the Central Organization Commission"]),
      Link(0, "ファン・ヴァン・ザン", "person/phan-van-giang", ["General", "Minister of National Defense"]),
      Link(0, "ルオン・タム・クアン", "person/luong-tam-quang", ["General", "Minister of Public Security"]),
      Link(0, "グエン・タイン・ nghi", "person/nguyen-thanh-nghi", ["Chairman of the Central Policy and Strategy Commission"]),
      Link(0, "ファム・ザー・トゥック", "person/pham-gia-tuc", ["Chief of the Party Central Committee Office"]),
      Link(0, "チャン・ドゥック・タン", "person/tran-duc-thang", ["Minister of Agriculture and Environment"]),
      Link(0, "グエン・ズイ・ゴック", "person/nguyen-duy-ngoc", ["Secretary of the Hanoi City Party Committee"]),
      Link(1, "グエン・ディン・カン", "person/nguyen-dinh-khang", ["Party Central Committee member", "Vice Chairman of the Central Committee of the Vietnam Fatherland Front", "President of the Vietnam General Confederation of Labour"]),
      Link(5, "トー・ラム", "person/to-lam", ["General Secretary"]),
      Link(6, "書記長", "person/to-lam", ["General Secretary"]),
      Link(7, "総書記", "person/to-lam", ["General Secretary"]),
      Link(17, "書記長", "person/to-lam", ["General Secretary"]),
      Link(18, "書記長", "person/to-lam", ["General Secretary"]),
      Link(23, "書記長", "person/to-lam", ["General Secretary"]),
      Link(27, "書記長", "person/to-lam", ["General Secretary"]),
      Link(36, "書記長", "person/to-lam", ["General Secretary"]),
    ])
  }

  /// Sample 004 (Swedish): titles before the name, comma lists, apposition, definite forms
  /// (sekreteraren, Ministern), the genitive "Da Nangs stadspartikommitté" composed with Da Nang.
  @Test func swedishSample004() throws {
    try Self.check("004", [
      Link(0, "Nguyen Van Quang", "person/nguyen-van-quang", ["Secretary of the City Party Committee", "Head of the National Assembly Delegation of Da Nang City"]),
      Link(1, "Luong Nguyen Minh Triet", "person/luong-nguyen-minh-triet", ["Deputy Secretary of the City Party Committee", "Chairman of the City People's Committee"]),
      Link(1, "Nguyen Dinh Vinh", "person/nguyen-dinh-vinh", ["Permanent Deputy Secretary of the City Party Committee"]),
      Link(1, "Nguyen Duc Dung", "person/nguyen-duc-dung", ["Deputy Secretary of the City Party Committee", "Chairman of the City People's Council"]),
      Link(2, "Pham Duc Long", "person/pham-duc-long", ["Deputy Minister of Science and Technology"]),
      Link(3, "Nguyen Manh Hung", "person/nguyen-manh-hung", ["Minister of Science and Technology"]),
      Link(3, "Nguyen Van Quang", "person/nguyen-van-quang", ["Secretary of the Da Nang City Party Committee"]),
      Link(5, "Nguyen Van Quang", "person/nguyen-van-quang", ["Secretary of the Da Nang City Party Committee"]),
      Link(8, "sekreteraren för stadspartiets kommitté", "person/nguyen-van-quang", ["Secretary of the City Party Committee"]),
      Link(11, "Nguyen Manh Hung", "person/nguyen-manh-hung", ["Minister of Science and Technology"]),
      Link(13, "Nguyen Manh Hung", "person/nguyen-manh-hung", ["Minister of Science and Technology"]),
      Link(14, "Ministern", "person/nguyen-manh-hung", ["Minister of Science and Technology"]),
      Link(18, "chefen för vetenskaps- och tekniksektorn", "person/nguyen-manh-hung", ["Minister of Science and Technology"]),
    ])
  }

  /// Sample 001 (English): "Comrade To Lam, General Secretary of …", apposition lists, and
  /// "the General Secretary" resolved.
  @Test func englishSample001() throws {
    try Self.check("001", [
      Link(1, "To Lam", "person/to-lam", ["General Secretary"]),
      Link(2, "Luong Tam Quang", "person/luong-tam-quang", ["General", "Politburo member", "Minister of Public Security"]),
      Link(2, "Nguyen Duy Ngoc", "person/nguyen-duy-ngoc", ["Secretary of the Party Central Committee", "Chief of the Party Central Committee Office"]),
      Link(2, "Nguyen Thi Thanh", "person/nguyen-thi-thanh", ["Party Central Committee member", "Vice Chairman of the National Assembly"]),
      Link(2, "Ho Duc Phoc", "person/ho-duc-phoc", ["Deputy Prime Minister", "Minister of Finance"]),
      Link(3, "Le Tien Chau", "person/le-tien-chau", ["Party Central Committee member", "Secretary of the City Party Committee", "Head of the National Assembly Delegation of Hai Phong City"]),
      Link(3, "Nguyen Van Tung", "person/nguyen-van-tung", ["Deputy Secretary of the City Party Committee", "Chairman of the City People's Committee"]),
      Link(3, "Do Manh Hien", "person/do-manh-hien", ["Permanent Deputy Secretary of the City Party Committee"]),
      Link(16, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(17, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(18, "To Lam", "person/to-lam", ["General Secretary"]),
      Link(21, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(26, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(28, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(40, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(41, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(43, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(44, "Le Tien Chau", "person/le-tien-chau", ["Secretary of the City Party Committee"]),
      Link(44, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(45, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(46, "Secretary of the City Party Committee", "person/le-tien-chau", ["Secretary of the City Party Committee"]),
      Link(46, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(46, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(47, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(48, "Secretary of the City Party Committee", "person/le-tien-chau", ["Secretary of the City Party Committee"]),
      Link(48, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(49, "General Secretary", "person/to-lam", ["General Secretary"]),
    ])
  }

  /// Sample 000 (English): "Politburo members: A; B; …" gives the title to every name in the list.
  @Test func englishSample000() throws {
    try Self.check("000", [
      Link(1, "Nguyen Trong Nghia", "person/nguyen-trong-nghia", ["Politburo member", "Secretary of the Party Central Committee", "Head of the Central Propaganda and Education Commission"]),
      Link(1, "Nguyen Hoa Binh", "person/nguyen-hoa-binh", ["Politburo member", "Permanent Deputy Prime Minister"]),
      Link(1, "Nguyen Duy Ngoc", "person/nguyen-duy-ngoc", ["Politburo member", "Secretary of the Party Central Committee", "Head of the Central Inspection Commission"]),
      Link(1, "Phan Van Giang", "person/phan-van-giang", ["Politburo member", "Minister of National Defense", "General"]),
      Link(1, "Luong Tam Quang", "person/luong-tam-quang", ["Politburo member", "Minister of Public Security", "General"]),
      Link(2, "Le Hoai Trung", "person/le-hoai-trung", ["Secretary of the Party Central Committee", "Chief of the Party Central Committee Office"]),
      Link(2, "Nguyen Khac Dinh", "person/nguyen-khac-dinh", ["Vice Chairman of the National Assembly"]),
      Link(4, "To Lam", "person/to-lam", ["General Secretary"]),
      Link(7, "To Lam", "person/to-lam", ["General Secretary"]),
      Link(10, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(12, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(14, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(20, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(24, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(25, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(26, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(27, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(28, "To Lam", "person/to-lam", ["General Secretary"]),
      Link(29, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(32, "To Lam", "person/to-lam", ["General Secretary"]),
      Link(33, "General Secretary", "person/to-lam", ["General Secretary"]),
      Link(34, "General Secretary", "person/to-lam", ["General Secretary"]),
    ])
  }

  /// The broken form is linked, flagged, and its honorific recorded apart from the name.
  @Test func brokenFormIsFlagged() throws {
    let file = try #require(SegmentationGoldenTests.samples.first { $0.hasPrefix("002") })
    let aligner = try Aligner(glossary: try GlossaryLoader.load(BuiltInGlossaryTests.directory))
    let (_, mentions) = try #require(try aligner.mentions(in: DocumentReader.read(path: SegmentationGoldenTests.corpus.appendingPathComponent(file).path)))
    let broken = try #require(mentions.first { $0.surface == "グエン・タイン・ nghi" })
    #expect(broken.entity == "person/nguyen-thanh-nghi")
    #expect(broken.flags.contains("broken-form"))
    #expect(broken.honorific == "氏")
  }
}
