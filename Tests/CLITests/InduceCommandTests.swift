import Foundation
import Testing

@Suite("namesake induce")
struct InduceCommandTests {
  static let induction = CLI.fixtures.appendingPathComponent("induction")
  static let glossary = induction.appendingPathComponent("glossary").path
  static let corpus = induction.appendingPathComponent("corpus").path
  static let header = "id,kind,canonical,lang,variant,status,ambiguous,source,note"

  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A copy of a glossary directory to import into.
  static func copy(_ glossary: String, into directory: URL) throws -> String {
    let copy = directory.appendingPathComponent("glossary")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: glossary), to: copy)
    return copy.path
  }

  @Test func writesProposalsWithEvidenceAsCSV() throws {
    let result = try CLI.run(["induce", Self.corpus, "--glossary", Self.glossary])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.first == Self.header)
    #expect(lines.contains { $0.hasPrefix("person/pham-gia-tuc,person,Pham Gia Tuc,ja,ファム・ザー・トゥック,,,https://example.org/ja-ministry,") })
    #expect(lines.contains { $0.hasPrefix("office/minister-of-foreign-affairs,office,Minister of Foreign Affairs,ja,外務大臣,") && $0.contains("score 0.6; seen in") })
    #expect(result.stderr.isEmpty)
  }

  @Test func outWritesTheSameBytesAsStandardOutput() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    for format in ["csv", "tbx", "jsonl"] {
      let out = directory.appendingPathComponent("p.\(format)")
      let written = try CLI.run(["induce", Self.corpus, "--glossary", Self.glossary, "--format", format, "--out", out.path])
      #expect(written.status == 0 && written.stdout.isEmpty, "\(written.stderr)")
      let printed = try CLI.run(["induce", Self.corpus, "--glossary", Self.glossary, "--format", format])
      #expect(try String(contentsOf: out, encoding: .utf8) == printed.stdout, "\(format)")
    }
  }

  @Test(arguments: ["csv", "tbx"])
  func proposalsImportAndAreNotProposedAgain(_ format: String) throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let glossary = try Self.copy(Self.glossary, into: directory)
    let file = directory.appendingPathComponent("proposals.\(format)").path
    #expect(try CLI.run(["induce", Self.corpus, "--glossary", Self.glossary, "--format", format, "--out", file]).status == 0)
    let imported = try CLI.run(["glossary", "import", file, "--format", format, "--glossary", glossary])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("added 3 entities"))
    #expect(try CLI.run(["glossary", "validate", "--glossary", glossary]).status == 0)
    let again = try CLI.run(["induce", Self.corpus, "--glossary", glossary])
    #expect(again.status == 0 && again.stdout == Self.header + "\r\n", "\(again.stdout)")
  }

  @Test func everyProposalForTheSampleCorpusImportsIntoTheBuiltInGlossary() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let glossary = try Self.copy(CLI.repository.appendingPathComponent("glossary").path, into: directory)
    for format in ["csv", "tbx"] {
      let file = directory.appendingPathComponent("corpus.\(format)").path
      let induced = try CLI.run(["induce", "corpus", "--min-score", "0", "--format", format, "--out", file])
      #expect(induced.status == 0, "\(induced.stderr)")
      let imported = try CLI.run(["glossary", "import", file, "--format", format, "--glossary", glossary])
      #expect(imported.status == 0, "\(format): \(imported.stderr)")
    }
  }

  @Test func jsonLinesAreOneObjectPerProposal() throws {
    let result = try CLI.run(["induce", Self.corpus, "--glossary", Self.glossary, "--format", "jsonl", "--min-score", "0"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(!lines.isEmpty)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["evidence"] is [Any] && object?["score"] != nil, "\(line)")
    }
  }

  @Test func nothingToProposeIsAHeaderAndSuccess() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let article = directory.appendingPathComponent("weather.txt")
    try "The weather in the north was fine and the roads were open again.\n".write(to: article, atomically: true, encoding: .utf8)
    let result = try CLI.run(["induce", article.path, "--glossary", Self.glossary])
    #expect(result.status == 0 && result.stdout == Self.header + "\r\n")
  }

  @Test(arguments: [
    (["--format", "xml"], 64, "'xml' is invalid", "an unknown format is a usage error"),
    (["--min-score", "1.5"], 64, "--min-score", "a score is between 0 and 1"),
    (["missing.txt"], 66, "missing.txt: cannot read", "a missing input"),
    (["invalid-utf8.txt"], 65, "invalid UTF-8", "an input that is not UTF-8"),
    (["--glossary", "glossaries/several-errors"], 65, "3 problems in the glossary", "an invalid glossary"),
    (["--glossary", "no-such-glossary"], 66, "no-such-glossary", "a missing glossary"),
    (["--dates", "no-such-dates.tsv"], 66, "no-such-dates.tsv", "a missing dates file"),
  ])
  func errorsExitNonZeroAndWriteNothing(_ arguments: [String], _ status: Int, _ message: String, _ why: String) throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("proposals.csv")
    // Relative paths name fixtures; the corpus comes first unless the case names an input.
    let fixtureArguments = arguments.enumerated().map { index, argument in
      argument.hasPrefix("-") || (index > 0 && ["--format", "--min-score"].contains(arguments[index - 1]))
        ? argument : CLI.fixtures.appendingPathComponent(argument).path
    }
    let inputs = arguments.first?.hasPrefix("-") == true ? [Self.corpus] : []
    let glossary = arguments.contains("--glossary") ? [] : ["--glossary", Self.glossary]
    let result = try CLI.run(["induce"] + inputs + fixtureArguments + glossary + ["--out", out.path])
    #expect(result.status == Int32(status), "\(why): \(result.stderr)")
    #expect(result.stderr.contains(message), "\(why): \(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: out.path), "\(why): nothing written")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "\(why): no temporary file left")
  }

  @Test func aMissingOutputDirectoryFails() throws {
    let directory = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try CLI.run(["induce", Self.corpus, "--glossary", Self.glossary, "--out", directory.appendingPathComponent("missing/p.csv").path])
    #expect(result.status == 73)
    #expect(result.stderr.contains("does not exist"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
  }
}
