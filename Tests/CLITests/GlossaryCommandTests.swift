import Foundation
import Testing

@Suite("namesake glossary")
struct GlossaryCommandTests {
  static let glossaries = CLI.fixtures.appendingPathComponent("glossaries")

  @Test func validateAcceptsAValidGlossary() throws {
    let result = try CLI.run(["glossary", "validate", "--glossary", Self.glossaries.appendingPathComponent("valid").path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("valid: 4 entities"))
  }

  @Test func validateListsEveryProblemAndFails() throws {
    let result = try CLI.run(["glossary", "validate", "--glossary", Self.glossaries.appendingPathComponent("several-errors").path])
    #expect(result.status == 65)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 4, "\(result.stderr)")
    #expect(lines.first?.contains("several-errors/entities.tsv:6: kind: unknown kind 'persn'") == true)
    #expect(lines.last == "3 problems in the glossary")
  }

  @Test func statsCountsKindsAndLanguages() throws {
    let result = try CLI.run(["glossary", "stats", "--glossary", Self.glossaries.appendingPathComponent("valid").path])
    #expect(result.status == 0)
    #expect(result.stdout.contains("place\t2"))
    #expect(result.stdout.contains("ja\t3"))
  }

  @Test func exportThenValidateTheExport() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for format in ["tbx", "csv"] {
      let out = directory.appendingPathComponent("g.\(format)").path
      let export = try CLI.run([
        "glossary", "export", "--format", format, "--out", out, "--glossary", Self.glossaries.appendingPathComponent("valid").path,
      ])
      #expect(export.status == 0, "\(export.stderr)")
      let validate = try CLI.run(["glossary", "validate", "--glossary", out])
      #expect(validate.status == 0, "\(validate.stderr)")
    }
  }

  @Test func missingGlossaryAndUnknownFormat() throws {
    let missing = try CLI.run(["glossary", "validate", "--glossary", "/nonexistent/glossary"])
    #expect(missing.status == 66)
    let unknown = try CLI.run(["glossary", "validate", "--glossary", CLI.fixtures.appendingPathComponent("german.txt").path])
    #expect(unknown.status == 65)
    #expect(unknown.stderr.contains("not a glossary"))
  }
}
