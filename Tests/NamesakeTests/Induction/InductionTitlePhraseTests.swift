import Testing

@testable import Namesake

/// Title phrases the glossary does not know, next to a name, in the places each language puts
/// titles; known titles and things that only look like titles are not phrases.
@Suite("Induction: title phrases")
struct InductionTitlePhraseTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var language: Language
    var text: String
    var name: String
    var expected: Set<String>
    var why: String
    var testDescription: String { why }
  }

  static func phrases(_ text: String, _ language: Language, around name: String) throws -> [TitlePhrase] {
    let document = try InductionFixtures.linked(text, language)
    let person = try #require(document.mentions.first { $0.kind == .person && $0.surface == name }, "\(name) is not a mention")
    let words = try TitleWords()
    return language == .japanese
      ? JapaneseTitlePhrases(words: words).phrases(around: person, in: document)
      : LatinTitlePhrases(words: words).phrases(around: person, in: document)
  }

  @Test(arguments: [
    Case(language: .japanese, text: "外務大臣のレ・ホアイ・チュン氏は述べた。", name: "レ・ホアイ・チュン", expected: ["外務大臣"], why: "ja: before the name, joined by の"),
    Case(language: .japanese, text: "党中央委員会事務局長のレ・ホアイ・チュン氏は述べた。", name: "レ・ホアイ・チュン", expected: [], why: "ja: a known title is no phrase"),
    Case(language: .japanese, text: "政治局委員、公安相のルオン・タム・クアン氏が出席した。", name: "ルオン・タム・クアン", expected: ["公安相"], why: "ja: a list joined by 、, the known item stepped over"),
    Case(language: .japanese, text: "ルオン・タム・クアン大将(公安相)が出席した。", name: "ルオン・タム・クアン", expected: ["公安相"], why: "ja: in parentheses after a known title"),
    Case(language: .japanese, text: "レ・ホアイ・チュン同志 - 外務大臣、党中央委員 - が出席した。", name: "レ・ホアイ・チュン", expected: ["外務大臣", "党中央委員"], why: "ja: a list between dashes after the honorific"),
    Case(language: .japanese, text: "ルオン・タム・クアン首相、外務大臣のレ・ホアイ・チュン氏が出席した。", name: "レ・ホアイ・チュン", expected: ["外務大臣"], why: "ja: a title right after another name is that name's"),
    Case(language: .japanese, text: "ハノイ訪問のレ・ホアイ・チュン氏は会談した。", name: "レ・ホアイ・チュン", expected: [], why: "ja: a run without a title suffix is not a title"),
    Case(language: .japanese, text: "ルオン・タム・クアン大将外務大臣が出席した。", name: "ルオン・タム・クアン", expected: ["外務大臣"], why: "ja: two titles written together, the first known"),
    Case(language: .japanese, text: "レ・ホアイ・チュン氏外務大臣のルオン・タム・クアン氏が出席した。", name: "ルオン・タム・クアン", expected: ["外務大臣"], why: "ja: another name's honorific is no part of the title"),
    Case(language: .english, text: "Deputy Minister of Foreign Affairs Trinh Quoc Vy said so.", name: "Trinh Quoc Vy", expected: ["Deputy Minister of Foreign Affairs"], why: "en: a known title with a modifier before it is a new title"),
    Case(language: .english, text: "Minister of Foreign Affairs Le Hoai Trung said so.", name: "Le Hoai Trung", expected: [], why: "en: a known title is no phrase"),
    Case(language: .english, text: "Trinh Quoc Vy, Director of the Department of Planning, said so.", name: "Trinh Quoc Vy", expected: ["Director of the Department of Planning"], why: "en: in apposition"),
    Case(language: .english, text: "Trinh Quoc Vy, Director of the Department of Planning said so.", name: "Trinh Quoc Vy", expected: ["Director of the Department of Planning"], why: "en: an apposition ends with its capitals"),
    Case(language: .english, text: "He met the Secretary of Trinh Quoc Vy on Monday.", name: "Trinh Quoc Vy", expected: [], why: "en: a complement ends in neither of nor the"),
    Case(language: .english, text: "He said Minister Trinh Quoc Vy was there.", name: "Trinh Quoc Vy", expected: [], why: "en: a bare head names no office"),
    Case(language: .english, text: "Politburo member and Deputy Prime Minister Trinh Quoc Vy spoke.", name: "Trinh Quoc Vy", expected: ["Deputy Prime Minister"], why: "en: two titles joined by and"),
    Case(language: .swedish, text: "Mötet leddes av utrikesminister Le Hoai Trung.", name: "Le Hoai Trung", expected: ["utrikesminister"], why: "sv: a compound ending in a head"),
    Case(language: .swedish, text: "Där talade biträdande utrikesminister Le Hoai Trung länge.", name: "Le Hoai Trung", expected: ["biträdande utrikesminister"], why: "sv: with its modifier"),
    Case(language: .swedish, text: "Le Hoai Trung, vice ordförande för kommittén, talade.", name: "Le Hoai Trung", expected: ["vice ordförande för kommittén"], why: "sv: in apposition up to the comma"),
    Case(language: .swedish, text: "Där var sekreterare för Hanois partikommitté och utrikesminister Le Hoai Trung.", name: "Le Hoai Trung", expected: ["utrikesminister", "sekreterare för Hanois partikommitté"], why: "sv: two titles joined by och"),
    Case(language: .swedish, text: "Enligt Le Hoai Trung talade alla länge.", name: "Le Hoai Trung", expected: [], why: "sv: no title"),
  ])
  func findsUnknownTitles(_ row: Case) throws {
    #expect(Set(try Self.phrases(row.text, row.language, around: row.name).map(\.text)) == row.expected)
  }

  @Test func aKnownPlaceInsideIsASlot() throws {
    let phrases = try Self.phrases("Där var sekreterare för Hanois partikommitté och utrikesminister Le Hoai Trung.", .swedish, around: "Le Hoai Trung")
    let phrase = try #require(phrases.first { $0.text.hasPrefix("sekreterare") })
    let place = try #require(phrase.places.first)
    #expect(place.entity == "place/hanoi" && place.isGenitive)
    #expect(phrase.form(slotting: place) == "sekreterare för {place:gen} partikommitté")
    #expect(phrase.form(slotting: nil) == phrase.text)
  }
}
