import Foundation
import Namesake
import Testing

@Suite("Glossary exchange: TBX and CSV")
struct GlossaryExchangeTests {
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func same(_ a: Glossary, _ b: Glossary, tenuresAndRelations: Bool) {
    #expect(a.entities.count == b.entities.count)
    for (x, y) in zip(a.entities, b.entities) {
      #expect(x.id == y.id && x.kind == y.kind && x.canonical == y.canonical && x.sources == y.sources && x.note == y.note)
      #expect(Set(x.names) == Set(y.names), "\(x.id)")
      if tenuresAndRelations {
        #expect(x.tenures == y.tenures, "\(x.id)")
        #expect(x.relations == y.relations, "\(x.id)")
      }
    }
  }

  @Test func tbxRoundTripsWithoutLoss() throws {
    let original = try GlossaryLoader.load(fixture("glossaries/valid").path)
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("g.tbx")
    try TBXGlossaryFormat.render(original).write(to: file, atomically: true, encoding: .utf8)
    Self.same(original, try GlossaryLoader.load(file.path), tenuresAndRelations: true)
  }

  @Test func csvRoundTripsEntitiesAndNames() throws {
    let original = try GlossaryLoader.load(fixture("glossaries/valid").path)
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("g.csv")
    try CSVGlossaryFormat.render(original).write(to: file, atomically: true, encoding: .utf8)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.hasPrefix("id,kind,canonical,lang,variant"))
    Self.same(original, try GlossaryLoader.load(file.path), tenuresAndRelations: false)
  }

  @Test func csvWithQuotesEmbeddedNewlinesAndARaggedRow() throws {
    let csv = [
      "id,kind,canonical,lang,variant",
      "place/da-nang,place,\"Da Nang, city\",,",
      "place/da-nang,place,\"Da Nang, city\",ja,\"ダナン \"\"市\"\"\"",
      "place/hue,place,\"Hue\nCity\",,",
      "place/hai-phong,place,Hai Phong,ja",
    ].joined(separator: "\n")
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("g.csv")
    try csv.write(to: file, atomically: true, encoding: .utf8)
    let issues = glossaryIssues { _ = try GlossaryLoader.load(file.path) }
    // The quoted line break parses, but a form cannot hold one (the project format is one record
    // per line; a note's line breaks become spaces instead).
    #expect(issues?.map(\.line) == [4, 6])
    #expect(issues?.map(\.field) == ["canonical", "row"])
    #expect(issues?.map(\.message) == ["contains U+000A, a control character or noncharacter; fields are one line of text", "expected 5 fields, found 4"])
    let records = try CSVGlossaryFormat.read(path: file.path)
    #expect(records.names.first?.form == "ダナン \"市\"")
    #expect(records.entities.map(\.canonical) == ["Da Nang, city", "Hue\nCity"])
  }

  @Test func importMergesAndWritesTheProjectFormat() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["entities.tsv", "names.tsv", "tenures.tsv", "relations.tsv"] {
      try FileManager.default.copyItem(
        at: fixture("glossaries/valid/\(name)"), to: directory.appendingPathComponent(name))
    }
    let csv = directory.appendingPathComponent("new.csv")
    try "id,kind,canonical,lang,variant,source\nplace/hue,place,Hue,ja,フエ,https://example.org/hue\nplace/da-nang,place,Da Nang,ja,ダナン,https://example.org/dn\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    let summary = try GlossaryImporter.importRecords(try CSVGlossaryFormat.read(path: csv.path), into: directory.path)
    #expect(summary == .init(entitiesAdded: 1, namesAdded: 2, tenuresAdded: 0, relationsAdded: 0))
    let merged = try GlossaryLoader.load(directory.path)
    #expect(merged["place/hue"]?.sources.items == ["imported:new.csv"])
    #expect(merged["place/da-nang"]?.preferredName(in: .japanese) == "ダナン")
  }

  @Test func importWithErrorsChangesNothing() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for name in ["entities.tsv", "names.tsv", "tenures.tsv", "relations.tsv"] {
      try FileManager.default.copyItem(at: fixture("glossaries/valid/\(name)"), to: directory.appendingPathComponent(name))
    }
    let before = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map {
      try Data(contentsOf: directory.appendingPathComponent($0))
    }
    let csv = directory.appendingPathComponent("bad.csv")
    try "id,kind,canonical,lang,variant\nplace/x,plase,X,,\nperson/to-lam,person,Someone Else,,\nplace/y,place,Y,xx,Y\n"
      .write(to: csv, atomically: true, encoding: .utf8)
    let issues = glossaryIssues {
      _ = try GlossaryImporter.importRecords(try CSVGlossaryFormat.read(path: csv.path), into: directory.path)
    }
    #expect(issues?.filter { $0.file.hasSuffix("bad.csv") }.map(\.line) == [2, 3, 4])
    try FileManager.default.removeItem(at: csv)
    let after = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map {
      try Data(contentsOf: directory.appendingPathComponent($0))
    }
    #expect(before == after)
  }
}
