import Foundation
import Testing

@Suite("namesake qa")
struct QACommandTests {
  @Test func findingsAndReportEqualTheMainJobs() throws {
    let out = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let html = out.appendingPathComponent("report.html")
    let result = try CLI.run(["qa", "corpus", "--html", html.path])
    #expect(result.status == 0, "\(result.stderr)")
    let checkedIn = try String(contentsOf: CLI.repository.appendingPathComponent("aligned/qa.jsonl"), encoding: .utf8)
    #expect(result.stdout == checkedIn)
    #expect(try Data(contentsOf: html) == Data(contentsOf: CLI.repository.appendingPathComponent("aligned/qa.html")))
    #expect(result.stderr.contains("checked 5 documents"))
  }

  @Test func writesFindingsToAFile() throws {
    let out = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let findings = out.appendingPathComponent("qa.jsonl")
    let result = try CLI.run(["qa", "corpus", "--out", findings.path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(try Data(contentsOf: findings) == Data(contentsOf: CLI.repository.appendingPathComponent("aligned/qa.jsonl")))
  }

  /// The corpus has one error (a broken name) and one note (an unknown name), and no warning.
  @Test(arguments: [("error", Int32(1)), ("warning", 1), ("info", 1)])
  func failOnReachedSeverity(_ threshold: String, _ status: Int32) throws {
    #expect(try CLI.run(["qa", "corpus", "--fail-on", threshold]).status == status)
  }

  @Test func failOnIsQuietWhenNothingReachesIt() throws {
    let out = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let clean = out.appendingPathComponent("clean.txt")
    try "General Secretary To Lam visited Da Nang on Saturday.\n".write(to: clean, atomically: true, encoding: .utf8)
    let result = try CLI.run(["qa", clean.path, "--fail-on", "info"])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.isEmpty)
  }

  @Test func badInputWritesNoReport() throws {
    let out = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let html = out.appendingPathComponent("report.html")
    let result = try CLI.run(["qa", "corpus", CLI.fixtures.appendingPathComponent("invalid-utf8.txt").path, "--html", html.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("invalid-utf8.txt: byte 22"))
    #expect(result.stdout.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test func missingInputAndMissingReportDirectory() throws {
    let out = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let missing = try CLI.run(["qa", out.appendingPathComponent("nowhere.txt").path])
    #expect(missing.status == 66)
    let unwritable = try CLI.run(["qa", "corpus", "--html", out.appendingPathComponent("no/such/dir/report.html").path])
    #expect(unwritable.status == 73)
    #expect(unwritable.stdout.isEmpty, "findings are not printed when the report cannot be written")
  }

  @Test func badDatesFileNamesItsLine() throws {
    let out = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let dates = out.appendingPathComponent("dates.tsv")
    try "000\t2025-13-01\tevent\tsource\n".write(to: dates, atomically: true, encoding: .utf8)
    let result = try CLI.run(["qa", "corpus", "--dates", dates.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("dates.tsv:1"))
  }

  @Test func unknownThresholdIsAUsageError() throws {
    #expect(try CLI.run(["qa", "corpus", "--fail-on", "fatal"]).status == 64)
  }
}
