import Foundation
import Namesake
import Testing

@Suite("Glossary loading and validation")
struct GlossaryLoaderTests {
  static func path(_ name: String) -> String { fixture("glossaries/\(name)").path }

  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var fixture: String
    var file: String
    var line: Int
    var field: String
    var message: String
    var testDescription: String { fixture }
  }

  static let errors: [ErrorCase] = [
    ErrorCase(fixture: "unknown-kind", file: "entities.tsv", line: 6, field: "kind", message: "unknown kind 'persn'"),
    ErrorCase(fixture: "duplicate-id", file: "entities.tsv", line: 6, field: "id", message: "duplicate id 'person/to-lam'"),
    ErrorCase(fixture: "unknown-reference", file: "tenures.tsv", line: 3, field: "office", message: "no entity 'office/president'"),
    ErrorCase(fixture: "malformed-date", file: "tenures.tsv", line: 3, field: "from", message: "malformed date '2024-13-01'"),
    ErrorCase(fixture: "empty-canonical", file: "entities.tsv", line: 6, field: "canonical", message: "empty canonical form"),
    ErrorCase(fixture: "shared-variant", file: "names.tsv", line: 6, field: "form", message: "'Tô Lâm' (vi) also names person/to-lam"),
    ErrorCase(fixture: "missing-source", file: "names.tsv", line: 6, field: "source", message: "no source"),
    ErrorCase(fixture: "ragged-line", file: "names.tsv", line: 6, field: "line", message: "expected 6 tab-separated fields"),
    ErrorCase(fixture: "unknown-slot", file: "names.tsv", line: 6, field: "form", message: "unknown slot {city}"),
  ]

  @Test(arguments: errors)
  func eachErrorNamesFileLineAndField(_ row: ErrorCase) throws {
    let issues = try #require(glossaryIssues { _ = try GlossaryLoader.load(Self.path(row.fixture)) })
    #expect(issues.count == 1, "\(issues)")
    do {
      let issue = try #require(issues.first)
      #expect(issue.file.hasSuffix("\(row.fixture)/\(row.file)"))
      #expect(issue.line == row.line)
      #expect(issue.field == row.field)
      #expect(issue.message.hasPrefix(row.message), "\(issue.message)")
    }
  }

  @Test func allErrorsAreReportedNotJustTheFirst() throws {
    let issues = try #require(glossaryIssues { _ = try GlossaryLoader.load(Self.path("several-errors")) })
    #expect(issues.map(\.field) == ["kind", "object", "to"])
    #expect(issues.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["entities.tsv", "relations.tsv", "tenures.tsv"])
  }

  @Test func validFixtureLoads() throws {
    let glossary = try GlossaryLoader.load(Self.path("valid"))
    #expect(glossary.entities.map(\.id) == ["office/general-secretary", "person/to-lam", "place/da-nang", "place/quang-nam"])
    let toLam = try #require(glossary["person/to-lam"])
    #expect(toLam.preferredName(in: .japanese) == "トー・ラム")
    #expect(toLam.tenures.first?.from == PartialDate("2024-08-03"))
    #expect(glossary["place/quang-nam"]?.relations.first?.kind == .mergedInto)
    #expect(glossary.statistics.entitiesByKind[.place] == 2)
  }

  @Test func sharedFormMarkedAmbiguousOnBothSidesIsAllowed() throws {
    let glossary = try GlossaryLoader.load(Self.path("shared-variant-marked"))
    #expect(glossary["person/to-lam-2"]?.names.first?.isAmbiguous == true)
  }

  @Test(arguments: ["2024", "2024-08", "2024-02-29", "2000-02-29"])
  func validDates(_ text: String) { #expect(PartialDate(text)?.description == text) }

  @Test(arguments: ["24", "2024-8", "2024-00", "2023-02-29", "1900-02-29", "2024-06-31", "2024/06/01", ""])
  func malformedDates(_ text: String) { #expect(PartialDate(text) == nil) }
}
