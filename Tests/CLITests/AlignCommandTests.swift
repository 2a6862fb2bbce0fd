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

  /// --no-report: the other files are the checked-in ones, and a previous qa.html is removed.
  @Test func noReportWritesTheOtherFilesAndRemovesAnOldReport() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    try Data("an old report".utf8).write(to: out.appendingPathComponent("qa.html"))
    let result = try CLI.run(["align", "corpus", "--out", out.path, "--no-report"])
    #expect(result.status == 0, "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
    #expect(names.count == 8 && !names.contains("qa.html"), "\(names)")
    for name in names {
      let checkedIn = try Data(contentsOf: CLI.repository.appendingPathComponent("aligned/\(name)"))
      #expect(try Data(contentsOf: out.appendingPathComponent(name)) == checkedIn, "\(name)")
    }
  }

  /// A missing --out is reported before the glossary is loaded (seconds with a large one).
  @Test func missingOutputDirectoryIsCheckedBeforeTheGlossary() throws {
    let parent = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: parent) }
    let result = try CLI.run(["align", "corpus", "--glossary", parent.appendingPathComponent("no-glossary").path, "--out", parent.appendingPathComponent("missing").path])
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("missing: the directory does not exist"), "\(result.stderr)")
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
    #expect(result.stderr.contains("namesake: refused: \(CLI.fixtures.path)/invalid-utf8.txt: byte 22: invalid UTF-8"))
    #expect(result.stderr.hasSuffix("namesake: error: read 6 documents: 5 aligned, 1 refused; nothing written; the previous files are kept (--keep-going writes the others)\n"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  /// Each refused file is named on its own line, in input order; the exit status is the first one's.
  @Test func everyRefusedFileIsReportedInOrder() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let inputs = ["missing.txt", "utf16le-bom.txt", "german.txt"].map { CLI.fixtures.appendingPathComponent($0).path }
    let result = try CLI.run(["align"] + inputs + ["corpus", "--out", out.path])
    #expect(result.status == 66, "the missing file comes first")
    let refused = result.stderr.split(separator: "\n").filter { $0.hasPrefix("namesake: refused: ") }
    #expect(refused.count == 3)
    for (line, input) in zip(refused, inputs) { #expect(line.contains(input), "\(line)") }
    #expect(result.stderr.contains("read 8 documents: 5 aligned, 3 refused; nothing written"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test func keepGoingWritesTheOthersAndExitsZero() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLI.run(["align", CLI.fixtures.appendingPathComponent("invalid-utf8.txt").path, "corpus", "--keep-going", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("namesake: refused: \(CLI.fixtures.path)/invalid-utf8.txt: byte 22"))
    #expect(result.stderr.hasSuffix("read 6 documents: 5 aligned, 1 refused; 2 QA findings; written to \(out.path)/\n"))
    for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
      #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: CLI.repository.appendingPathComponent("aligned/\(name)")), "\(name)")
    }
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

extension AlignCommandTests {
  /// Any number of tasks writes the same bytes: documents are written in input order.
  @Test(arguments: [1, 3, 8])
  func outputIsTheSameForAnyNumberOfJobs(_ jobs: Int) throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLI.run(["align", "corpus", "--out", out.path, "--jobs", String(jobs)])
    #expect(result.status == 0, "\(result.stderr)")
    for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
      #expect(try Data(contentsOf: out.appendingPathComponent(name)) == Data(contentsOf: CLI.repository.appendingPathComponent("aligned/\(name)")), "\(name)")
    }
  }

  @Test func twoDocumentsWithOneIdAreRefusedAndNothingIsWritten() throws {
    let out = try Self.temporaryDirectory()
    let twin = try Self.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: twin)
    }
    try FileManager.default.copyItem(
      at: CLI.repository.appendingPathComponent("corpus/000_d5b902f5b96ca96d.txt"), to: twin.appendingPathComponent("000_d5b902f5b96ca96d.txt"))
    let result = try CLI.run(["align", "corpus", twin.path, "--out", out.path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("000_d5b902f5b96ca96d.jsonl"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "no staging directory or output left")
  }

  @Test func noProgressBarWhenStandardErrorIsNotATerminal() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let result = try CLI.run(["align", "corpus", "--out", out.path])
    #expect(result.stderr == "read 5 documents: 5 aligned, 0 refused; 2 QA findings; written to \(out.path)/\n")
  }

  @Test func zeroJobsIsAUsageError() throws {
    #expect(try CLI.run(["align", "corpus", "--jobs", "0"]).status == 64)
  }
}

extension AlignCommandTests {
  /// On a terminal (a pseudo-terminal from util-linux's `script`), the bar shows documents,
  /// MB/s and ETA, and is cleared before the summary line.
  @Test func progressBarOnATerminal() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    let binary = CLI.executable
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", "\(binary) align corpus --out \(out.path)", "/dev/null"]
    process.currentDirectoryURL = CLI.repository
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains("5/5 documents"), "\(text)")
    #expect(text.contains("MB/s"))
    #expect(text.contains("ETA "))
    #expect(text.contains("\r\u{1B}[Kread 5 documents: 5 aligned"))
  }
}

extension AlignCommandTests {
  /// A killed run leaves its staging directory; the next run removes it when its process is gone,
  /// and leaves a live run's alone.
  @Test func abandonedStagingIsRemovedAndALiveOneKept() throws {
    let out = try Self.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: out) }
    // A process id that cannot be alive (above Linux's pid_max), and this test process's own.
    let abandoned = out.appendingPathComponent(".namesake-staging-99999999-deadbeef")
    let live = out.appendingPathComponent(".namesake-staging-\(ProcessInfo.processInfo.processIdentifier)-cafecafe")
    for directory in [abandoned, live] {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
      try Data("partial".utf8).write(to: directory.appendingPathComponent("000.jsonl"))
    }
    let result = try CLI.run(["align", "corpus", "--out", out.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: abandoned.path))
    #expect(FileManager.default.fileExists(atPath: live.path))
  }
}
