import Foundation
import Testing

@Suite("namesake align")
struct AlignCommandTests {
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func writesTheSameFilesAsTheCheckedInAligned() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLI.run(["align", "corpus", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names.count == 9)
    for name in names {
      let ours = try Data(contentsOf: out.appendingPathComponent(name))
      let checkedIn = try Data(contentsOf: CLI.repository.appendingPathComponent("aligned/\(name)"))
      #expect(ours == checkedIn, "\(name)")
    }
  }

  @Test func missingOutputDirectoryFailsAndWritesNothing() throws {
    let parent = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: parent) }
    let result = try CLI.run(["align", "corpus", "--out", parent.appendingPathComponent("missing").path])
    #expect(result.status == 73)
    #expect(result.stderr.contains("does not exist"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
  }

  @Test func badInputFailsBeforeAnyFileIsWritten() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLI.run(["align", "corpus", CLI.fixtures.appendingPathComponent("invalid-utf8.txt").path, "--out", out.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("invalid-utf8.txt: byte 22"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test func invalidGlossaryIsReportedWithItsProblems() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let glossary = CLI.fixtures.appendingPathComponent("glossaries/several-errors").path
    let result = try CLI.run(["align", "corpus", "--glossary", glossary, "--out", out.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("3 problems in the glossary"))
  }
}
