import Foundation
import Testing

/// Hostile documents × every command that reads documents from files (issue 7, item 1). A
/// refused document gets exit 65 and "path: problem" on standard error, and the command writes
/// nothing: standard output stays empty and files written before the run keep their content.
@Suite("Hostile documents")
struct HostileDocumentTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    /// Nil: accepted (exit 0).
    var refusal: Refusal?
    /// Commands that treat this input differently from the rest.
    var exceptions: [String: Refusal] = [:]
    var testDescription: String { name }
  }

  static let text = Array(Hostile.sentences.utf8)

  static let cases: [Case] = [
    Case(
      name: "invalid UTF-8, with the byte offset", bytes: Array("The man went home.".utf8) + [0xC3, 0x28] + text,
      refusal: Refusal(status: 65, message: "byte 18: invalid UTF-8 (Namesake reads UTF-8 only)")),
    Case(
      name: "UTF-16LE with a byte order mark", bytes: [0xFF, 0xFE] + Hostile.utf16LE(Hostile.sentences),
      refusal: Refusal(status: 65, message: "looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")),
    Case(
      name: "UTF-16BE without a byte order mark", bytes: Hostile.utf16BE(Hostile.sentences),
      refusal: Refusal(status: 65, message: "looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")),
    // A binary file is refused at its first NUL byte, not segmented as garbage.
    Case(
      name: "binary data (a PNG image)", bytes: Hostile.png,
      refusal: Refusal(status: 65, message: "byte 8: a NUL byte; this is binary data, not text")),
    Case(
      name: "a NUL byte inside otherwise valid text", bytes: Array("The man went home.".utf8) + [0] + text,
      refusal: Refusal(status: 65, message: "byte 18: a NUL byte; this is binary data, not text")),
    Case(name: "a byte order mark (accepted; offsets count it)", bytes: [0xEF, 0xBB, 0xBF] + text),
    Case(name: "CRLF line ends (accepted)", bytes: Hostile.lineEnds(text + [0x0A] + text + [0x0A], [0x0D, 0x0A])),
    Case(name: "lone CR line ends (accepted)", bytes: Hostile.lineEnds(text + [0x0A] + text + [0x0A], [0x0D])),
    // No letters, no language: no records, except where a row needs a language.
    Case(
      name: "an empty file (no records)", bytes: [], refusal: nil,
      exceptions: ["manifest": Refusal(status: 65, message: "no letters to identify a language from (an empty file?); pass --lang to choose one")]),
  ]

  @Test(arguments: cases, TextCommand.all)
  func hostileDocument(_ input: Case, _ command: TextCommand) throws {
    let scratch = try Scratch()
    let path = try scratch.write("in/doc.txt", input.bytes)
    let out = try scratch.directory("out")
    for name in command.outputs { try scratch.write("out/" + name, Hostile.previous) }
    let before = scratch.contents(of: "out")
    let result = try CLI.run(command.arguments(path, out: out))
    guard let refusal = input.exceptions[command.name] ?? input.refusal else {
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stderr.contains("namesake: error"), "\(result.stderr)")
      return
    }
    #expect(result.status == refusal.status)
    #expect(result.stderr.contains("\(command.refusalPrefix)\(path): \(refusal.message)\n"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(scratch.contents(of: "out") == before, "no output, no staging or temporary file, previous files unchanged")
  }

  /// An endless device is refused at its first NUL, not read forever.
  @Test(arguments: TextCommand.all)
  func endlessDevice(_ command: TextCommand) throws {
    let scratch = try Scratch()
    let result = try CLI.run(command.arguments("/dev/zero", out: try scratch.directory("out")))
    #expect(result.status == 65)
    #expect(result.stderr.contains("\(command.refusalPrefix)/dev/zero: byte 0: a NUL byte; this is binary data, not text\n"), "\(result.stderr)")
    #expect(scratch.contents(of: "out").isEmpty)
  }

  /// `segment` writes each document's records as it goes (it is a filter; holding a corpus's
  /// records would cost memory): a document refused for its content stops it after the whole
  /// records of the documents before it. A path that cannot be opened stops it before any output.
  @Test func segmentStopsAtARefusedDocumentAfterWholeRecords() throws {
    let scratch = try Scratch()
    let corpus = try scratch.directory("corpus")
    try scratch.write("corpus/a.txt", Self.text)
    try scratch.write("corpus/b.txt", Hostile.png)
    let result = try CLI.run(["segment", corpus])
    #expect(result.status == 65)
    #expect(result.stderr == "namesake: error: \(corpus)/b.txt: byte 8: a NUL byte; this is binary data, not text\n")
    #expect(result.stdout.hasSuffix("\"trailing\":\"\"}\n"))
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.contains("\"doc\":\"a\"") })
  }

  /// CRLF and lone CR segment as "\n" does: the same sentences.
  @Test(arguments: [[0x0D, 0x0A], [0x0D]] as [[UInt8]])
  func lineEndsSegmentAlike(_ ending: [UInt8]) throws {
    let scratch = try Scratch()
    let lines = Self.text + [0x0A] + Array("Second paragraph here. It ends.".utf8) + [0x0A]
    let plain = try CLI.run(["segment", "--format", "text", try scratch.write("lf.txt", lines)])
    let other = try CLI.run(["segment", "--format", "text", try scratch.write("other.txt", Hostile.lineEnds(lines, ending))])
    #expect(plain.status == 0 && other.status == 0)
    #expect(other.stdout == plain.stdout)
    #expect(plain.stdout.split(separator: "\n").count == 4)
  }

  /// A path that is a directory (inside a corpus directory, where `.txt` names are read), a
  /// missing file and an unreadable one: exit 66, naming the path.
  @Test(arguments: ["a directory named like a document", "a missing file", "an unreadable file"], TextCommand.all)
  func unopenableInput(_ kind: String, _ command: TextCommand) throws {
    let scratch = try Scratch()
    let corpus = try scratch.directory("corpus")
    try scratch.write("corpus/a.txt", Self.text)
    let out = try scratch.directory("out")
    for name in command.outputs { try scratch.write("out/" + name, Hostile.previous) }
    let before = scratch.contents(of: "out")
    let result: CommandResult
    let expected: String
    switch kind {
    case "a directory named like a document":
      _ = try scratch.directory("corpus/b.txt")
      result = try CLI.run(command.arguments(corpus, out: out))
      expected = "\(corpus)/b.txt: is a directory, not a file"
    case "a missing file":
      result = try CLI.run(command.arguments(scratch.path("corpus/missing.txt"), out: out))
      expected = "\(scratch.path("corpus/missing.txt")): cannot read: no such file"
    default:
      let path = try scratch.write("corpus/locked.txt", Self.text)
      chmod(path, 0)
      guard let run = try CLI.runUnprivileged(command.arguments(path, out: out)) else {
        Issue.record("running as root without setpriv: cannot make a file unreadable to the child")
        return
      }
      result = run
      expected = "\(path): cannot read: Permission denied"
    }
    #expect(result.status == 66)
    #expect(result.stderr.contains("\(command.refusalPrefix)\(expected)"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(scratch.contents(of: "out") == before)
  }
}
