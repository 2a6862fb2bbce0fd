import Foundation
import Namesake
import Testing

@Suite("Language identification")
struct LanguageIdentifierTests {
  static let samples: [(String, Language)] = [
    ("000_d5b902f5b96ca96d", .english), ("001_be1a3a8acd748d07", .english), ("002_262ae7da80b906d3", .japanese),
    ("003_a06584f7dbdf5516", .english), ("004_c2cfcc593b8402a2", .swedish),
  ]

  @Test(arguments: samples)
  func identifiesEverySample(_ id: String, _ expected: Language) throws {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../corpus/\(id).txt").standardized.path
    let document = try DocumentReader.read(path: path)
    #expect(try LanguageIdentifier().identify(document) == expected)
  }

  struct Row: CustomTestStringConvertible, Sendable {
    var text: String
    var expected: Language?
    var why: String
    var testDescription: String { why }
  }

  static let rows: [Row] = [
    Row(text: "Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Thành ủy Đà Nẵng.", expected: .vietnamese, why: "Vietnamese letters"),
    Row(text: "Ông ta nói rằng người dân cua tinh duoc nhieu loi ich va trong nam nay co the.", expected: .vietnamese, why: "Vietnamese without most diacritics"),
    Row(text: "Minister Nguyen Manh Hung och sekreteraren för Da Nangs stadspartikommitté ledde mötet.", expected: .swedish, why: "Swedish with Vietnamese names"),
    Row(text: "The General Secretary said that the city of Da Nang is a growth pole.", expected: .english, why: "English"),
    Row(text: "ダナンでトー・ラム書記長が会議に出席しました。", expected: .japanese, why: "kana"),
    Row(text: "12345 — 67 %", expected: nil, why: "no letters: nothing to segment"),
  ]

  @Test(arguments: rows)
  func identifies(_ row: Row) throws {
    #expect(try LanguageIdentifier().identify(Document(id: "t", text: row.text)) == row.expected)
  }

  @Test(arguments: [
    ("Der Bundeskanzler hat heute die neue Regierung vorgestellt und sprach über die Zukunft.", "Latin-script text"),
    ("越南共产党总书记苏林今天在岘港市主持会议。", "Chinese (Han script without kana)"),
    ("Генеральный секретарь провёл встречу в Дананге.", "Cyrillic-script text"),
  ])
  func refusesUnsupportedLanguages(_ text: String, _ guess: String) {
    #expect(throws: LanguageError.unidentified(file: "t", guess: guess)) {
      try LanguageIdentifier().identify(Document(id: "t", text: text))
    }
  }

  @Test func unsupportedCodeListsTheSupportedOnes() throws {
    #expect(throws: LanguageError.unsupported(code: "de")) { try Language(code: "de") }
    #expect(LanguageError.unsupported(code: "de").description.contains("en, ja, sv, vi"))
    #expect(try Language(code: "sv-SE") == .swedish)
  }
}
