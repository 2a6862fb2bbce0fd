import Foundation
import Testing

/// Hostile standard input for `namesake stream` (JSON Lines) and `namesake segment` (one text).
/// A stream refuses a bad line with an error record naming the line (and the byte) and goes on;
/// with `--strict` it then exits 65. Input that is not UTF-8 JSON Lines at all (UTF-16) stops it
/// before any output.
@Suite("Hostile standard input")
struct HostileStreamTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var input: [UInt8]
    /// Exit status with `--strict`.
    var status: Int32
    /// Standard output, exactly; nil: records of an aligned document (first key "doc").
    var stdout: String?
    var stderr: String
    var testDescription: String { name }
  }

  static func line(_ id: String, _ text: [UInt8]) -> [UInt8] { Array("{\"id\":\"\(id)\",\"text\":\"".utf8) + text + Array("\"}".utf8) }
  static let text = Array(Hostile.sentences.utf8)

  static let cases: [Case] = [
    Case(
      name: "invalid UTF-8 in a line", input: line("a", Array("The man".utf8) + [0xFF] + text) + [0x0A],
      status: 65, stdout: "{\"id\":\"a\",\"line\":1,\"error\":\"byte 25: invalid UTF-8 (Namesake reads UTF-8 only)\"}\n",
      stderr: "namesake stream: read 1 document: 0 aligned, 1 refused\nnamesake: error: 1 refused (--strict)\n"),
    Case(
      name: "UTF-16 input stops the stream", input: [0xFF, 0xFE] + Hostile.utf16LE(String(decoding: line("a", text), as: UTF8.self) + "\n"),
      status: 65, stdout: "", stderr: "namesake: error: <stdin>: looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)\n"),
    Case(
      name: "a raw NUL byte in a line", input: line("a", Array("The man".utf8) + [0] + text) + [0x0A],
      status: 65, stdout: "{\"id\":\"a\",\"line\":1,\"error\":\"byte 25: invalid JSON: expected an escape instead of a control character\"}\n",
      stderr: "namesake stream: read 1 document: 0 aligned, 1 refused\nnamesake: error: 1 refused (--strict)\n"),
    // An escaped NUL decodes, and the text is then refused as align refuses such a file.
    Case(
      name: "an escaped NUL (\\u0000) in the text", input: line("a", Array("The man\\u0000".utf8) + text) + [0x0A],
      status: 65, stdout: "{\"id\":\"a\",\"line\":1,\"error\":\"text: byte 7: a NUL byte; this is binary data, not text\"}\n",
      stderr: "namesake stream: read 1 document: 0 aligned, 1 refused\nnamesake: error: 1 refused (--strict)\n"),
    Case(
      name: "a byte order mark before the first line (dropped)", input: [0xEF, 0xBB, 0xBF] + line("a", text) + [0x0A],
      status: 0, stdout: nil, stderr: "namesake stream: read 1 document: 1 aligned, 0 refused\n"),
    Case(
      name: "CRLF line ends", input: line("a", text) + [0x0D, 0x0A] + line("b", text) + [0x0D, 0x0A],
      status: 0, stdout: nil, stderr: "namesake stream: read 2 documents: 2 aligned, 0 refused\n"),
    Case(name: "empty input", input: [], status: 0, stdout: "", stderr: "namesake stream: read 0 documents: 0 aligned, 0 refused\n"),
    Case(
      name: "an empty text (no records)", input: line("a", []) + [0x0A],
      status: 0, stdout: "", stderr: "namesake stream: read 1 document: 1 aligned (1 without records), 0 refused\n"),
  ]

  @Test(arguments: cases)
  func hostileStream(_ input: Case) throws {
    let result = try CLI.run(["stream", "--strict"], input: input.input)
    #expect(result.status == input.status)
    #expect(result.stderr == input.stderr)
    if let stdout = input.stdout {
      #expect(result.stdout == stdout)
    } else {
      #expect(result.stdout.hasPrefix("{\"doc\":\"a\""), "\(result.stdout)")
    }
  }

  /// `segment` with no file reads standard input with the checks a file gets, naming "<stdin>".
  @Test(arguments: [
    (Array("The man".utf8) + [0xFF], "<stdin>: byte 7: invalid UTF-8 (Namesake reads UTF-8 only)"),
    ([0xFF, 0xFE] + Hostile.utf16LE(Hostile.sentences), "<stdin>: looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"),
    (Hostile.png, "<stdin>: byte 8: a NUL byte; this is binary data, not text"),
  ])
  func segmentStandardInput(_ input: [UInt8], _ message: String) throws {
    let result = try CLI.run(["segment"], input: input)
    #expect(result.status == 65)
    #expect(result.stderr == "namesake: error: \(message)\n")
    #expect(result.stdout.isEmpty)
  }
}
