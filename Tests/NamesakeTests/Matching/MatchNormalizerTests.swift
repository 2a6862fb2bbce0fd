import Namesake
import Testing

@Suite("Matching normalisation")
struct MatchNormalizerTests {
  static let table: [(String, String, String)] = [
    ("Tô Lâm", "to lam", "Latin diacritics folded"),
    ("Nguyễn Thị Thanh", "nguyen thi thanh", "stacked Vietnamese diacritics"),
    ("Đỗ Mạnh Hiến", "do manh hien", "Đ has no decomposition: folded to d"),
    ("ＴＯ　ＬＡＭ", "to lam", "full-width Latin and ideographic space (NFKD)"),
    ("トー・ラム", "トーラム", "katakana middle dot between katakana removed"),
    ("トー ラム", "トーラム", "a space between katakana"),
    ("トー＝ラム", "トーラム", "a full-width equals sign"),
    ("ﾄｰ･ﾗﾑ", "トーラム", "half-width katakana, long vowel and dot"),
    ("ト-・ラム", "トーラム", "a hyphen written for the long-vowel mark"),
    ("ガ", "カ\u{3099}", "voiced kana decomposed"),
    ("ｶﾞ", "カ\u{3099}", "half-width voiced kana agrees"),
    ("グエン・タイン・ nghi", "グエンタイン・ nghi", "a separator before Latin text is kept"),
    ("Straße", "strasse", "ß folded"),
    ("e\u{301}", "e", "a combining acute dropped"),
  ]

  @Test(arguments: table)
  func normalizes(_ input: String, _ expected: String, _ why: String) {
    #expect(MatchNormalizer().normalize(input).text == expected, "\(why)")
  }

  @Test func mapsBackToOriginalOffsets() {
    let normalized = MatchNormalizer().normalize("Tô Lâm・e\u{301}")
    #expect(normalized.originStart.count == normalized.scalars.count)
    // "e" + combining acute: the folded "e" spans both original scalars.
    #expect(normalized.originStart.last == 7)
    #expect(normalized.originEnd.last == 9)
    let kana = MatchNormalizer().normalize("グエン・タイン")
    // グ decomposes to ク + U+3099, so タ is the fifth unit; it came from the fifth scalar.
    #expect(kana.syllableBreak == [false, false, false, false, true, false, false])
    #expect(kana.originStart[4] == 4)
  }
}
