import Foundation
import Testing

@Suite("namesake stream")
struct StreamCommandTests {
  static let ids = ["000_d5b902f5b96ca96d", "001_be1a3a8acd748d07", "002_262ae7da80b906d3", "003_a06584f7dbdf5516", "004_c2cfcc593b8402a2"]

  /// A JSON Lines document for the corpus article `id`, its text as JSONSerialization writes it.
  static func corpusLine(_ id: String, lang: String? = nil, as newID: String? = nil) throws -> [UInt8] {
    let text = try String(contentsOf: CLI.repository.appendingPathComponent("corpus/\(id).txt"), encoding: .utf8)
    var object = ["id": newID ?? id, "text": text]
    if let lang { object["lang"] = lang }
    return Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) + [0x0A]
  }

  static func aligned(_ id: String) throws -> [UInt8] {
    Array(try Data(contentsOf: CLI.repository.appendingPathComponent("aligned/\(id).jsonl")))
  }

  /// Runs `namesake stream`, writing `input` from another thread while the output is read, since
  /// the command answers each document before it reads the next (CLI.run writes all input first).
  static func stream(_ arguments: [String] = [], input: [UInt8]) throws -> (status: Int32, stdout: [UInt8], stderr: String) {
    let process = Process()
    process.executableURL = CLI.executableURL
    process.arguments = ["stream"] + arguments
    process.currentDirectoryURL = CLI.repository
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let writer = stdin.fileHandleForWriting
    let data = Data(input)
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      try? writer.write(contentsOf: data)
      try? writer.close()
      done.signal()
    }
    let errors = ErrorCollector(stderr.fileHandleForReading)
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    done.wait()
    process.waitUntilExit()
    return (process.terminationStatus, Array(out), errors.text())
  }

  @Test func writesTheCheckedInAlignedRecordsByteForByte() throws {
    let input = try Self.ids.flatMap { try Self.corpusLine($0) }
    let result = try Self.stream(input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == (try Self.ids.flatMap(Self.aligned)))
    #expect(result.stderr == "namesake stream: read 5 documents: 5 aligned, 0 refused\n")
  }

  @Test func keepsTheInputOrderAndHonoursEachDocumentsLang() throws {
    // Reversed, and --lang sv for all but the Japanese and Swedish articles' own "lang":
    // the documents' languages win, so every record is still align's.
    let order = Self.ids.reversed().map { $0 }
    let langs = ["004_c2cfcc593b8402a2": "sv", "002_262ae7da80b906d3": "ja"]
    let input = try order.flatMap { id in try Self.corpusLine(id, lang: langs[id] ?? "en") }
    let result = try Self.stream(["--lang", "sv"], input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == (try order.flatMap(Self.aligned)))
  }

  @Test func badLinesGetErrorRecordsAndTheStreamGoesOn() throws {
    var input = try Self.corpusLine(Self.ids[4])
    input += Array("{\"id\":\"cut\",\"text\":\"no end\n".utf8)
    input += Array("not json\n\n".utf8)
    input += Array("{\"id\":\"de\",\"text\":\"Der Bundeskanzler sagte heute, dass die Regierung und das Volk nicht einverstanden sind.\"}\n".utf8)
    input += Array("{\"id\":\"x\",\"lang\":\"fr\",\"text\":\"Bonjour.\"}\n".utf8)
    input += try Self.corpusLine(Self.ids[2])
    let result = try Self.stream(input: input)
    #expect(result.status == 0)
    let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let first = String(decoding: try Self.aligned(Self.ids[4]), as: UTF8.self).split(separator: "\n").map(String.init)
    let last = String(decoding: try Self.aligned(Self.ids[2]), as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(lines.count == first.count + 4 + last.count + 1)
    #expect(Array(lines.prefix(first.count)) == first)
    #expect(lines[first.count] == #"{"id":"cut","line":2,"error":"byte 26: invalid JSON: expected the end of the string"}"#)
    #expect(lines[first.count + 1] == #"{"id":null,"line":3,"error":"byte 0: invalid JSON: expected a value"}"#)
    #expect(lines[first.count + 2].hasPrefix(#"{"id":"de","line":5,"error":"text: cannot identify a supported language"#))
    #expect(lines[first.count + 3] == #"{"id":"x","line":6,"error":"\"lang\": unsupported language 'fr'; supported: en, ja, sv, vi"}"#)
    #expect(Array(lines[(first.count + 4)...].dropLast()) == last)
    #expect(result.stderr == "namesake stream: read 6 documents: 2 aligned, 4 refused\n")
  }

  @Test func strictExitsWith65WhenADocumentWasRefusedAfterTheWholeStream() throws {
    let input = Array("{\"id\":\"a\"}\n".utf8) + (try Self.corpusLine(Self.ids[4]))
    let result = try Self.stream(["--strict"], input: input)
    #expect(result.status == 65)
    #expect(result.stdout == Array("{\"id\":\"a\",\"line\":1,\"error\":\"missing \\\"text\\\"\"}\n".utf8) + (try Self.aligned(Self.ids[4])))
    #expect(result.stderr.hasSuffix("namesake: error: 1 refused (--strict)\n"))
    let clean = try Self.stream(["--strict"], input: try Self.corpusLine(Self.ids[4]))
    #expect(clean.status == 0)
  }

  @Test func emptyInputGivesEmptyOutput() throws {
    let result = try Self.stream(input: [])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "namesake stream: read 0 documents: 0 aligned, 0 refused\n")
  }

  @Test func linesLongerThanOneReadAreJoined() throws {
    // 4 × 400 KB of a skipped field: lines cross the 1 MiB read buffer, few documents to align.
    let text = try String(contentsOf: CLI.repository.appendingPathComponent("corpus/\(Self.ids[4]).txt"), encoding: .utf8)
    let article = String(decoding: try Self.aligned(Self.ids[4]), as: UTF8.self)
    var input = [UInt8]()
    var expected = [UInt8]()
    for copy in 0..<4 {
      let id = "copy\(copy)"
      let object = ["id": id, "pad": String(repeating: "x", count: 400_000), "text": text]
      input += Array(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) + [0x0A]
      expected += Array(article.replacingOccurrences(of: "\"doc\":\"\(Self.ids[4])\"", with: "\"doc\":\"\(id)\"").utf8)
    }
    #expect(input.count > 1 << 20)
    let result = try Self.stream(input: input)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == expected)
  }

  @Test func eachDocumentIsAnsweredBeforeTheNextIsRead() throws {
    // A coprocess: write one document, read its records, and only then write the next.
    let process = Process()
    process.executableURL = CLI.executableURL
    process.arguments = ["stream"]
    process.currentDirectoryURL = CLI.repository
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    defer { if process.isRunning { process.terminate() } }
    for id in [Self.ids[4], Self.ids[2]] {
      try stdin.fileHandleForWriting.write(contentsOf: Data(try Self.corpusLine(id)))
      let expected = try Self.aligned(id)
      let answer = try Self.read(expected.count, from: stdout.fileHandleForReading.fileDescriptor, seconds: 30)
      #expect(answer == expected, "\(id)")
    }
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }

  /// Reads exactly `count` bytes, failing when they do not come within `seconds`.
  static func read(_ count: Int, from descriptor: Int32, seconds: Int32) throws -> [UInt8] {
    var bytes = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while bytes.count < count {
      var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, seconds * 1000) > 0 else {
        Issue.record("no answer after \(bytes.count) of \(count) bytes: the document was not flushed")
        return bytes
      }
      let got = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, min($0.count, count - bytes.count)) }
      guard got > 0 else { break }
      bytes += buffer[..<got]
    }
    return bytes
  }

  @Test func anInvalidGlossaryStopsBeforeAnyOutput() throws {
    let glossary = CLI.fixtures.appendingPathComponent("glossaries/several-errors").path
    let result = try Self.stream(["--glossary", glossary], input: try Self.corpusLine(Self.ids[4]))
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("3 problems in the glossary"))
  }

  @Test func anUnknownLangOptionIsAUsageError() throws {
    let result = try Self.stream(["--lang", "de"], input: [])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--lang"))
  }

  @Test func anUnwritableOutputExitsWith73() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("in.jsonl")
    try Data(try Self.corpusLine(Self.ids[4])).write(to: file)
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    let result = try Self.stream(stdin: try FileHandle(forReadingFrom: file), stdout: full)
    #expect(result.status == 73)
    #expect(result.stderr == "namesake: error: <stdout>: cannot write: No space left on device\n")
  }

  @Test func anUnreadableInputExitsWith66() throws {
    let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
    try #require(descriptor >= 0)
    let result = try Self.stream(stdin: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), stdout: FileHandle.nullDevice)
    #expect(result.status == 66)
    #expect(result.stderr == "namesake: error: <stdin>: cannot read: Is a directory\n")
  }

  /// Runs `namesake stream` on the given standard input and output.
  static func stream(stdin: FileHandle, stdout: FileHandle) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = CLI.executableURL
    process.arguments = ["stream"]
    process.currentDirectoryURL = CLI.repository
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let errors = ErrorCollector(stderr.fileHandleForReading)
    process.waitUntilExit()
    return (process.terminationStatus, errors.text())
  }
}

/// Collects a pipe's output on another thread, so a full stderr pipe cannot stall the child.
final class ErrorCollector: @unchecked Sendable {
  private var data = Data()
  private let lock = NSLock()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    DispatchQueue.global().async {
      let read = handle.readDataToEndOfFile()
      self.lock.withLock { self.data = read }
      self.done.signal()
    }
  }

  func text() -> String {
    done.wait()
    return lock.withLock { String(decoding: data, as: UTF8.self) }
  }
}
