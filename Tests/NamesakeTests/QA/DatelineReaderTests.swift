import Testing

@testable import Namesake

/// Datelines per language, and dates that are not the article's own.
@Suite("Datelines")
struct DatelineReaderTests {
  static let reader = Result { try DatelineReader() }

  @Test(arguments: [
    ("HANOI, March 29, 2025 – General Secretary To Lam visited Da Nang.", Language.english, "2025-03-29"),
    ("Hanoi (VNA) 29 March 2025: the delegation arrived.", .english, "2025-03-29"),
    ("Posted Sept. 4, 2024 by the editors.", .english, "2024-09-04"),
    ("Updated 2024-11-14 08:30", .english, "2024-11-14"),
    ("Stockholm 29 mars 2025. Delegationen anlände.", .swedish, "2025-03-29"),
    ("Publicerad 3 aug. 2025", .swedish, "2025-08-03"),
    ("2025年3月29日、トー・ラム書記長はダナン市を訪れた。", .japanese, "2025-03-29"),
    ("【ハノイ＝２０２６年１月２７日】トー・ラム書記長は", .japanese, "2026-01-27"),
  ])
  func datelines(_ text: String, _ language: Language, _ expected: String) throws {
    #expect(try Self.reader.get().date(in: text, language: language) == PartialDate(expected))
  }

  @Test(arguments: [
    ("The plan, adopted by Resolution 57 of the Politburo on the development of science and technology, took effect on December 22, 2024.", Language.english),
    ("February 30, 2025 is not a date.", .english),
    ("Mötet hölls i Da Nang med många deltagare från hela landet och provinserna, enligt beslut av den 13 maj 2024.", .swedish),
    ("March 2025 was busy.", .english),
    ("ベトナム共産党は昨年、多くの会議を開き、国会は新しい法律を可決し、政府は新しい計画を承認した。その後、2024年12月22日に決議が出された。", .japanese),
  ])
  func notDatelines(_ text: String, _ language: Language) throws {
    #expect(try Self.reader.get().date(in: text, language: language) == nil, "\(text)")
  }

  @Test func onlyTheFirstTwoSegmentsCount() throws {
    let pipeline = try SegmentationPipeline(forcedLanguage: .english)
    let top = try #require(try pipeline.segment(Document(id: "t", text: "Da Nang visit\nMarch 29, 2025\nThe General Secretary spoke.\n")))
    #expect(try Self.reader.get().date(in: top) == PartialDate("2025-03-29"))
    let low = try #require(try pipeline.segment(Document(id: "t", text: "Da Nang visit\nThe General Secretary spoke.\nMarch 29, 2025\n")))
    #expect(try Self.reader.get().date(in: low) == nil)
  }
}
