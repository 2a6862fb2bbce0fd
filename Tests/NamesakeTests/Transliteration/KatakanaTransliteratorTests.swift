import Foundation
import Namesake
import Testing

@Suite("Vietnamese → katakana")
struct KatakanaTransliteratorTests {
  /// Conventional forms as Japanese news writes them (the glossary's sourced forms).
  @Test(arguments: [
    ("Nguyễn Duy Ngọc", "グエン・ズイ・ゴック"), ("Tô Lâm", "トー・ラム"), ("Phạm Minh Chính", "ファム・ミン・チン"),
    ("Lương Tam Quang", "ルオン・タム・クアン"), ("Phan Văn Giang", "ファン・ヴァン・ザン"), ("Trần Đức Thắng", "チャン・ドゥック・タン"),
    ("Phạm Gia Túc", "ファム・ザー・トゥック"), ("Nguyễn Thanh Nghị", "グエン・タイン・ギ"), ("Nguyễn Trọng Nghĩa", "グエン・チョン・ギア"),
    ("Lê Hoài Trung", "レ・ホアイ・チュン"), ("Nguyễn Đình Khang", "グエン・ディン・カン"), ("Hồ Đức Phớc", "ホー・ドゥック・フォック"),
  ])
  func conventional(_ name: String, _ expected: String) throws {
    #expect(try KatakanaTransliterator().conventional(name) == expected)
  }

  @Test func variantsCoverTheCommonAlternatives() throws {
    let transliterator = try KatakanaTransliterator()
    #expect(transliterator.variants(of: "Văn") == ["ヴァン", "バン"])
    #expect(transliterator.variants(of: "Lê") == ["レ", "レー"])
    #expect(transliterator.variants(of: "Giang").contains("ジャン"))
    #expect(transliterator.variants(of: "Khắc").contains("カク"))
    #expect(transliterator.variants(of: "Duc").contains("ドゥック"), "without diacritics d may be đ")
    #expect(transliterator.variants(of: "Smith").isEmpty)
  }
}
