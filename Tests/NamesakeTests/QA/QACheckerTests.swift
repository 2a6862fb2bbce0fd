import Foundation
import Namesake
import Testing

/// Each QA check with a text that triggers it and one that must not.
@Suite("QA checks")
struct QACheckerTests {
  static func glossary() throws -> Glossary {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let files = [
      "entities.tsv": """
        # id\tkind\tcanonical\tsource\tnote
        person/to-lam\tperson\tTo Lam\t000\t
        person/nguyen-thanh-nghi\tperson\tNguyen Thanh Nghi\t002\t
        person/nguyen-duy-ngoc\tperson\tNguyen Duy Ngoc\t000\t
        office/general-secretary\toffice\tGeneral Secretary\t000\t

        """,
      "names.tsv": """
        # entity\tlang\tform\tstatus\tambiguous\tsource
        person/to-lam\tja\tトー・ラム\tpreferred\t\t002
        person/to-lam\tja\tトゥ・ラム\t\t\thttps://example.org/a
        person/to-lam\tja\tト・ラム\tforbidden\t\thttps://example.org/b
        person/to-lam\tvi\tTô Lâm\tpreferred\t\thttps://example.org/c
        person/nguyen-thanh-nghi\tja\tグエン・タイン・ギ\tpreferred\t\thttps://example.org/d
        person/nguyen-duy-ngoc\tvi\tNguyễn Duy Ngọc\tpreferred\t\thttps://example.org/e
        office/general-secretary\tja\t書記長\tpreferred\t\t002

        """,
      "tenures.tsv": """
        # person\toffice\tof\tfrom\tto\tseen_in\tsource
        person/to-lam\toffice/general-secretary\t\t2024-08-03\t\t\thttps://example.org/f

        """,
    ]
    for (name, text) in files { try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    return try GlossaryLoader.load(directory.path)
  }

  static func checks(_ text: String, date: String? = nil) throws -> [String] {
    var dates = ArticleDates()
    if let date {
      let file = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-dates-\(UUID().uuidString).tsv")
      defer { try? FileManager.default.removeItem(at: file) }
      try "t\t\(date)\tevent\t000\n".write(to: file, atomically: true, encoding: .utf8)
      dates = try ArticleDates(path: file.path)
    }
    let aligner = try Aligner(glossary: try glossary(), forcedLanguage: .japanese, dates: dates)
    let (segmented, mentions) = try #require(try aligner.mentions(in: Document(id: "t", text: text)))
    return aligner.findings(segmented, mentions: mentions).map(\.check)
  }

  @Test(arguments: [
    ("グエン・タイン・ nghi氏が出席した。", "broken-name", "グエン・タイン・ギ氏が出席した。"),
    ("トゥ・ラム書記長が出席した。", "known-variant", "トー・ラム書記長が出席した。"),
    ("グエン・ズイ・ゴク氏が出席した。", "suspect-transliteration", "グエン・ズイ・ゴック氏が出席した。"),
    ("ファム・ヴァン・ドン氏が出席した。", "unknown-name", "トー・ラム氏が出席した。"),
    ("トー・ラム書記長が訪れた。トゥ・ラム氏は述べた。", "inconsistent-spelling", "トー・ラム書記長が訪れた。トー・ラム氏は述べた。"),
    ("ト・ラム氏が出席した。", "forbidden-form", "トー・ラム氏が出席した。"),
  ])
  func triggersAndDoesNot(_ triggering: String, _ check: String, _ clean: String) throws {
    #expect(try Self.checks(triggering).contains(check), "\(triggering)")
    #expect(try !Self.checks(clean).contains(check), "\(clean)")
  }

  @Test func titleAgainstDatedOffices() throws {
    #expect(try Self.checks("トー・ラム書記長が出席した。", date: "2024-01-15").contains("title-date"))
    #expect(try !Self.checks("トー・ラム書記長が出席した。", date: "2025-03-29").contains("title-date"))
    #expect(try !Self.checks("トー・ラム書記長が出席した。", date: "2024-08").contains("title-date"), "same month as the start: not a contradiction")
  }
}

extension QACheckerTests {
  /// Without a dates-file entry, a dateline dates the article, and the message says so.
  @Test func titleAgainstTheDateline() throws {
    let aligner = try Aligner(glossary: try Self.glossary(), forcedLanguage: .japanese)
    let early = try #require(try aligner.align(Document(id: "t", text: "2024年1月15日、トー・ラム書記長が出席した。")))
    #expect(early.date == ArticleDate(date: try #require(PartialDate("2024-01-15")), origin: .dateline))
    let finding = try #require(early.findings.first { $0.check == "title-date" })
    #expect(finding.message.contains("2024-01-15 (dateline)"))
    let late = try #require(try aligner.align(Document(id: "t", text: "2025年3月29日、トー・ラム書記長が出席した。")))
    #expect(!late.findings.contains { $0.check == "title-date" })
  }
}
