import Namesake
import Testing

/// Title shapes and short references per language, on text written for the test, with the
/// built-in glossary. Each row says why it exists; some must stay unlinked.
@Suite("Titles and references per language")
struct TitleShapeTests {
  struct Row: CustomTestStringConvertible, Sendable {
    var language: Language
    var text: String
    /// Person mentions: surface, entity (nil: unlinked), titles' canonical forms.
    var people: [(String, String?, [String])]
    var why: String
    var testDescription: String { why }
  }

  static let rows: [Row] = [
    Row(language: .japanese, text: "トー・ラム書記長は述べた。", people: [("トー・ラム", "person/to-lam", ["General Secretary"])], why: "ja: title after the name"),
    Row(
      language: .japanese, text: "農業環境大臣のチャン・ドゥック・タン氏が出席した。",
      people: [("チャン・ドゥック・タン", "person/tran-duc-thang", ["Minister of Agriculture and Environment"])], why: "ja: title before the name with の"),
    Row(
      language: .japanese, text: "政治局委員、中央組織委員会委員長のレ・ミン・フン氏が出席した。",
      people: [("レ・ミン・フン", "person/le-minh-hung", ["Politburo member", "Head of the Central Organization Commission"])],
      why: "ja: two titles before the name"),
    Row(
      language: .japanese, text: "ファン・ヴァン・ザン大将(国防大臣)が出席した。",
      people: [("ファン・ヴァン・ザン", "person/phan-van-giang", ["General", "Minister of National Defense"])], why: "ja: a title in parentheses"),
    Row(
      language: .japanese, text: "グエン・ディン・カン同志 - 党中央委員 - が参加した。",
      people: [("グエン・ディン・カン", "person/nguyen-dinh-khang", ["Party Central Committee member"])], why: "ja: a title between dashes after 同志"),
    Row(
      language: .japanese, text: "グエン・ディン・カン同志\u{3000}-\t党中央委員 - が参加した。",
      people: [("グエン・ディン・カン", "person/nguyen-dinh-khang", ["Party Central Committee member"])],
      why: "ja: a dash between other blanks (ideographic space, tab) still joins the title"),
    Row(
      language: .japanese, text: "グエン・ディン・カン同志 -- 党中央委員が参加した。",
      people: [("グエン・ディン・カン", "person/nguyen-dinh-khang", [])], why: "ja: two dashes are not the dash shape"),
    Row(
      language: .japanese, text: "グエン・ディン・カン同志は到着し、長い説明の後で党中央委員が参加した。",
      people: [("グエン・ディン・カン", "person/nguyen-dinh-khang", [])], why: "ja: a title far after the name is not attached"),
    Row(
      language: .japanese, text: "ハノイ市党委員会書記のグエン・ズイ・ゴック氏が出席した。",
      people: [("グエン・ズイ・ゴック", "person/nguyen-duy-ngoc", ["Secretary of the Hanoi City Party Committee"])],
      why: "ja: a title composed with a place"),
    Row(
      language: .japanese, text: "トー・ラム書記長が訪れた。総書記は述べた。",
      people: [("トー・ラム", "person/to-lam", ["General Secretary"]), ("総書記", "person/to-lam", ["General Secretary"])],
      why: "ja: the title alone refers back, in its other form"),
    Row(language: .japanese, text: "書記長は述べた。", people: [], why: "ja: a title alone with no earlier holder stays an office"),
    Row(
      language: .japanese, text: "トー・ラム書記長が訪れた。ラム氏は述べた。",
      people: [("トー・ラム", "person/to-lam", ["General Secretary"]), ("ラム", "person/to-lam", [])],
      why: "ja: the last part of the name with 氏 refers back"),
    Row(
      language: .japanese, text: "ファム・ミン・チン首相が訪れた。チン首相は述べた。",
      people: [("ファム・ミン・チン", "person/pham-minh-chinh", ["Prime Minister"]), ("チン", "person/pham-minh-chinh", ["Prime Minister"])],
      why: "ja: the last part of the name with a title refers back"),
    Row(
      language: .japanese, text: "ラム氏は述べた。", people: [("ラム", nil, [])],
      why: "ja: a short reference with no earlier full mention stays unlinked"),
    Row(
      language: .swedish, text: "Minister Nguyen Manh Hung talade. Ministern sade mer.",
      people: [("Nguyen Manh Hung", "person/nguyen-manh-hung", ["Minister of Science and Technology"]), ("Ministern", "person/nguyen-manh-hung", ["Minister of Science and Technology"])],
      why: "sv: title before the name; the definite form refers back"),
    Row(
      language: .swedish, text: "Vid mötet sa Nguyen Van Quang, sekreterare för Da Nangs stadspartikommitté, att det gick bra.",
      people: [("Nguyen Van Quang", "person/nguyen-van-quang", ["Secretary of the Da Nang City Party Committee"])],
      why: "sv: apposition after the name, composed with a genitive place"),
    Row(
      language: .swedish, text: "Även biträdande sekreterare för stadspartiets kommitté, ordförande för stadsfolkets kommitté, Luong Nguyen Minh Triet deltog.",
      people: [("Luong Nguyen Minh Triet", "person/luong-nguyen-minh-triet", ["Deputy Secretary of the City Party Committee", "Chairman of the City People's Committee"])],
      why: "sv: a comma list of titles before the name"),
    Row(
      language: .english, text: "Minister of Public Security General Luong Tam Quang attended.",
      people: [("Luong Tam Quang", "person/luong-tam-quang", ["Minister of Public Security", "General"])], why: "en: two titles before the name"),
    Row(
      language: .english, text: "Le Tien Chau, member of the Party Central Committee, Secretary of the City Party Committee, spoke.",
      people: [("Le Tien Chau", "person/le-tien-chau", ["Party Central Committee member", "Secretary of the City Party Committee"])],
      why: "en: an apposition list after the name"),
    Row(
      language: .english, text: "General Secretary To Lam spoke. The General Secretary left. In general, it went well.",
      people: [("To Lam", "person/to-lam", ["General Secretary"]), ("General Secretary", "person/to-lam", ["General Secretary"])],
      why: "en: 'the General Secretary' refers back; lowercase 'in general' is not a title"),
    Row(
      language: .english, text: "Present were Politburo members: Prime Minister Pham Minh Chinh; General Luong Tam Quang. Also present was General Phan Van Giang.",
      people: [
        ("Pham Minh Chinh", "person/pham-minh-chinh", ["Politburo member", "Prime Minister"]),
        ("Luong Tam Quang", "person/luong-tam-quang", ["Politburo member", "General"]),
        ("Phan Van Giang", "person/phan-van-giang", ["General"]),
      ],
      why: "en: a list header gives its title to every name in the list, not beyond the sentence"),
    Row(
      language: .english, text: "General Secretary To Lam arrived. Lam said the port matters.",
      people: [("To Lam", "person/to-lam", ["General Secretary"]), ("Lam", "person/to-lam", [])],
      why: "en: the last name part alone refers back"),
    Row(
      language: .english, text: "Lam said the port matters.", people: [],
      why: "en: a lone word with no earlier full mention is not kept as a name"),
    Row(
      language: .english, text: "Tran Van Minh Khoa met the press.", people: [("Tran Van Minh Khoa", nil, [])],
      why: "en: a name the glossary does not know is kept, unlinked"),
  ]

  @Test(arguments: rows)
  func links(_ row: Row) throws {
    let aligner = try Aligner(glossary: try GlossaryLoader.load(BuiltInGlossaryTests.directory), forcedLanguage: row.language)
    let (_, mentions) = try #require(try aligner.mentions(in: Document(id: "t", text: row.text)))
    let people = mentions.filter { $0.kind == .person }
    #expect(people.map(\.surface) == row.people.map(\.0))
    #expect(people.map(\.entity) == row.people.map(\.1))
    #expect(people.map { $0.titles.map(\.canonical) } == row.people.map(\.2))
  }

  /// Two people share a last name part: the part alone names neither, and lists both in the order
  /// they were first mentioned.
  @Test(arguments: [
    (Language.japanese, "グエン・マイン・フン氏とレ・ミン・フン氏が会談した。フン氏は述べた。", "フン", ["person/nguyen-manh-hung", "person/le-minh-hung"]),
    (Language.japanese, "レ・ミン・フン氏とグエン・マイン・フン氏が会談した。フン氏は述べた。", "フン", ["person/le-minh-hung", "person/nguyen-manh-hung"]),
    (Language.english, "Luong Tam Quang met Nguyen Van Quang. Quang said little.", "Quang", ["person/luong-tam-quang", "person/nguyen-van-quang"]),
  ])
  func sharedLastPartStaysUnlinked(_ language: Language, _ text: String, _ surface: String, _ candidates: [String]) throws {
    let aligner = try Aligner(glossary: try GlossaryLoader.load(BuiltInGlossaryTests.directory), forcedLanguage: language)
    let (_, mentions) = try #require(try aligner.mentions(in: Document(id: "t", text: text)))
    let reference = try #require(mentions.last { $0.surface == surface })
    #expect(reference.entity == nil)
    #expect(reference.flags.contains("ambiguous"))
    #expect(reference.candidates == candidates)
  }

  /// Two people hold the same title; the title alone then names neither.
  @Test func ambiguousReferenceStaysUnlinked() throws {
    let aligner = try Aligner(glossary: try GlossaryLoader.load(BuiltInGlossaryTests.directory), forcedLanguage: .english)
    let text = "General Luong Tam Quang and General Phan Van Giang met. The General said little."
    let (_, mentions) = try #require(try aligner.mentions(in: Document(id: "t", text: text)))
    let reference = try #require(mentions.last { $0.surface == "General" })
    #expect(reference.kind == .office)
    #expect(reference.flags.contains("ambiguous"))
    #expect(Set(reference.candidates) == ["person/luong-tam-quang", "person/phan-van-giang"])
  }
}
