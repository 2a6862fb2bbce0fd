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

  /// A compiled image aligns the sample corpus to the same bytes as the directory it came from.
  @Test func compiledImageAlignsLikeItsSource() throws {
    let directory = try AlignCommandTests.temporaryDirectory()
    let fromImage = directory.appendingPathComponent("image"), fromDirectory = directory.appendingPathComponent("directory")
    for out in [fromImage, fromDirectory] { try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true) }
    defer { try? FileManager.default.removeItem(at: directory) }
    let image = directory.appendingPathComponent("built-in.nsglossary").path
    let compile = try CLI.run(["glossary", "compile", "--glossary", "glossary", "--out", image])
    #expect(compile.status == 0, "\(compile.stderr)")
    #expect(compile.stdout.hasPrefix("\(image): "))
    for (glossary, out) in [(image, fromImage), ("glossary", fromDirectory)] {
      let align = try CLI.run(["align", "corpus", "--glossary", glossary, "--out", out.path])
      #expect(align.status == 0, "\(align.stderr)")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: fromDirectory.path).sorted()
    #expect(try FileManager.default.contentsOfDirectory(atPath: fromImage.path).sorted() == names)
    for name in names {
      #expect(
        FileManager.default.contents(atPath: fromImage.appendingPathComponent(name).path)
          == FileManager.default.contents(atPath: fromDirectory.appendingPathComponent(name).path), "\(name)")
    }
  }

  @Test func compileRefusesAnInvalidGlossaryAndAnotherExtension() throws {
    let directory = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("g.nsglossary").path
    let invalid = try CLI.run(["glossary", "compile", "--glossary", Self.glossaries.appendingPathComponent("several-errors").path, "--out", out])
    #expect(invalid.status == 65)
    #expect(invalid.stderr.hasSuffix("3 problems in the glossary\n"), "\(invalid.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out), "nothing written")
    let wrongName = try CLI.run(["glossary", "compile", "--glossary", Self.glossaries.appendingPathComponent("valid").path, "--out", out + ".bin"])
    #expect(wrongName.status == 64)
    #expect(wrongName.stderr.contains("must end in .nsglossary"))
    try Data("NSKGLOSS".utf8).write(to: URL(fileURLWithPath: out))
    let damaged = try CLI.run(["align", "corpus", "--glossary", out, "--out", directory.path])
    #expect(damaged.status == 65)
    #expect(damaged.stderr.contains("\(out): not a usable glossary image: byte 8: truncated: 4 bytes needed, 0 left"), "\(damaged.stderr)")
  }

  @Test func missingGlossaryAndUnknownFormat() throws {
    let missing = try CLI.run(["glossary", "validate", "--glossary", "/nonexistent/glossary"])
    #expect(missing.status == 66)
    let unknown = try CLI.run(["glossary", "validate", "--glossary", CLI.fixtures.appendingPathComponent("german.txt").path])
    #expect(unknown.status == 65)
    #expect(unknown.stderr.contains("not a glossary"))
  }
}
