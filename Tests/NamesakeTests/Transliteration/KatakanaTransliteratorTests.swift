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

  /// Minority-language place names, read as the syllables they contain with consonants between.
  @Test(arguments: [("Pleiku", "プレイク"), ("Krông", "クロン"), ("K'Bang", "クバン"), ("Đắk", "ダック"), ("Kring", "クリング")])
  func wordsThatAreNotSyllables(_ word: String, _ katakana: String) throws {
    let transliterator = try KatakanaTransliterator()
    #expect(transliterator.variants(of: word).isEmpty, "not a syllable: strict reading gives nothing")
    #expect(transliterator.variants(of: word, readingNonSyllables: true).contains(katakana), "\(transliterator.variants(of: word, readingNonSyllables: true))")
  }

  @Test func aWordWithALetterNoReadingKnowsIsNotRead() throws {
    #expect(try KatakanaTransliterator().variants(of: "Xfz", readingNonSyllables: true).isEmpty)
  }
}

extension KatakanaTransliteratorTests {
  /// One syllable per onset of the table, with the conventional spelling Japanese news uses.
  @Test(arguments: [
    ("Bình", "ビン"), ("Cần", "カン"), ("Chính", "チン"), ("Dũng", "ズン"), ("Đình", "ディン"), ("Giang", "ザン"),
    ("Hùng", "フン"), ("Kim", "キム"), ("Khang", "カン"), ("Lâm", "ラム"), ("Minh", "ミン"), ("Nam", "ナム"),
    ("Ngọc", "ゴック"), ("Nghĩa", "ギア"), ("Nhân", "ニャン"), ("Phạm", "ファム"), ("Quang", "クアン"), ("Sơn", "ソン"),
    ("Tâm", "タム"), ("Thanh", "タイン"), ("Trung", "チュン"), ("Văn", "ヴァン"), ("Xuân", "スアン"),
  ])
  func onsets(_ syllable: String, _ expected: String) throws {
    #expect(try KatakanaTransliterator().variants(of: syllable).first == expected)
  }

  /// Rhymes whose tails are not simply the vowel and a final: glides, diphthongs, -nh, stops.
  @Test(arguments: [
    ("Nguyễn", "グエン"), ("Duy", "ズイ"), ("Hoài", "ホアイ"), ("Hòa", "ホア"), ("Lương", "ルオン"), ("Triết", "チエット"),
    ("Tiến", "ティエン"), ("Mạnh", "マイン"), ("Đức", "ドゥック"), ("Bùi", "ブイ"), ("Tuấn", "トゥアン"), ("Quốc", "クオック"),
  ])
  func rhymes(_ syllable: String, _ expected: String) throws {
    #expect(try KatakanaTransliterator().variants(of: syllable).first == expected)
  }
}
