import Foundation
import Testing

/// Outputs that cannot be written: exit 73 naming the path, and nothing left behind (no file, no
/// temporary file, no staging directory), for every command with `--out` or `--html`; standard
/// output that fails (a full disk) is the same error. And the dates file, read like a glossary.
@Suite("Unwritable outputs and hostile dates files")
struct HostileOutputTests {
  static let document = Array(Hostile.sentences.utf8)

  /// Each command with a file output, given the path to write.
  static let outputs: [(String, @Sendable (String, String) -> [String])] = [
    ("align --out", { document, out in ["align", document, "--out", out] }),
    ("qa --out", { document, out in ["qa", document, "--out", out] }),
    ("qa --html", { document, out in ["qa", document, "--html", out] }),
    ("induce --out", { document, out in ["induce", document, "--out", out] }),
    ("manifest --out", { document, out in ["manifest", document, "--out", out] }),
    ("glossary export --out", { _, out in ["glossary", "export", "--format", "tbx", "--out", out] }),
  ]

  @Test(arguments: outputs.map(\.0))
  func missingParentDirectory(_ option: String) throws {
    let scratch = try Scratch()
    let document = try scratch.write("doc.txt", Self.document)
    let before = scratch.contents(of: "")
    let parent = scratch.path("missing")
    let arguments = Self.outputs.first { $0.0 == option }?.1(document, parent + "/out") ?? []
    let result = try CLI.run(arguments)
    #expect(result.status == 73)
    // align's --out is the directory itself: its parent is what is missing there.
    let expected = option.hasPrefix("align") ? parent + "/out" : parent
    #expect(result.stderr == "namesake: error: \(expected): the directory does not exist\n", "\(result.stderr)")
    #expect(scratch.contents(of: "") == before)
  }

  /// The output path names a directory: refused before anything is written, no temporary file left.
  @Test(arguments: outputs.map(\.0).filter { !$0.hasPrefix("align") })
  func outputIsADirectory(_ option: String) throws {
    let scratch = try Scratch()
    let document = try scratch.write("doc.txt", Self.document)
    let out = try scratch.directory("out")
    let before = scratch.contents(of: "")
    let result = try CLI.run(Self.outputs.first { $0.0 == option }?.1(document, out) ?? [])
    #expect(result.status == 73)
    #expect(result.stderr.hasPrefix("namesake: error: \(out): cannot write: is a directory\n"), "\(result.stderr)")
    #expect(scratch.contents(of: "") == before)
  }

  @Test func alignOutIsAFile() throws {
    let scratch = try Scratch()
    let document = try scratch.write("doc.txt", Self.document)
    let file = try scratch.write("out", Hostile.previous)
    let result = try CLI.run(["align", document, "--out", file])
    #expect(result.status == 73)
    #expect(result.stderr == "namesake: error: \(file): not a directory\n")
    #expect(scratch.contents(of: "") == ["doc.txt": Self.document, "out": Hostile.previous])
  }

  /// qa's two files are written together: the report is not renamed into place when the findings
  /// file cannot be written.
  @Test func qaWritesBothFilesOrNeither() throws {
    let scratch = try Scratch()
    let document = try scratch.write("doc.txt", Self.document)
    let out = try scratch.directory("findings.jsonl")
    let html = scratch.path("report.html")
    let result = try CLI.run(["qa", document, "--html", html, "--out", out])
    #expect(result.status == 73)
    #expect(!FileManager.default.fileExists(atPath: html))
    #expect(Set(scratch.contents(of: "").keys) == ["doc.txt", "findings.jsonl/"])
  }

  /// Standard output on a full disk (/dev/full): exit 73, not a crash (FileHandle.write traps)
  /// nor a silent 0 (print's buffer is flushed at exit, its error lost).
  @Test(arguments: [
    ["segment"], ["summary"], ["manifest"], ["qa"], ["induce", "--min-score", "0"], ["lookup", "To Lam"],
    ["glossary", "validate"], ["glossary", "stats"], ["glossary", "export", "--format", "csv"], ["stream"],
  ])
  func fullStandardOutput(_ command: [String]) throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    let scratch = try Scratch()
    let document = try scratch.write("doc.txt", Array("To Lam visited Da Nang. He met the General Secretary there.".utf8))
    let stdin = try scratch.write("in.jsonl", Array("{\"id\":\"d\",\"text\":\"To Lam visited Da Nang.\"}\n".utf8))
    let readsDocuments = ["segment", "summary", "manifest", "qa", "induce"].contains(command[0])
    // qa writes nothing for a document without findings; the sample corpus has some.
    let input = command[0] == "qa" ? CLI.repository.appendingPathComponent("corpus").path : document
    let result = try CLI.measure(command + (readsDocuments ? [input] : []), stdinPath: stdin, stdoutPath: "/dev/full")
    #expect(result.status == 73, "\(result.stderr)")
    #expect(result.stderr.contains("namesake: error: <stdout>: cannot write: No space left on device\n"), "\(result.stderr)")
  }

  struct DatesCase: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]?
    var refusal: Refusal?
    var testDescription: String { name }
  }

  static let dates = Array("# id\tdate\twhat\tsource\ndoc\t2025-03-29\tpublished\thttps://example.org/a\n".utf8)

  static let datesCases: [DatesCase] = [
    // Before, a CRLF dates file was one line ("\r\n" is one Character) and every date was refused.
    DatesCase(name: "CRLF (accepted)", bytes: Hostile.lineEnds(dates, [0x0D, 0x0A])),
    DatesCase(
      name: "invalid UTF-8", bytes: dates + Array("doc2\t2025\tx\thttps://example.org/".utf8) + [0xFF, 0x0A],
      refusal: Refusal(status: 65, message: "dates.tsv:3: encoding: byte 101: invalid UTF-8 (Namesake reads UTF-8 only)")),
    DatesCase(name: "a directory", bytes: nil, refusal: Refusal(status: 66, message: "dates.tsv: cannot read: is a directory, not a file")),
  ]

  @Test(arguments: datesCases, ["align", "qa", "induce"])
  func hostileDatesFile(_ input: DatesCase, _ command: String) throws {
    let scratch = try Scratch()
    let document = try scratch.write("doc.txt", Self.document)
    let dates = try input.bytes.map { try scratch.write("dates.tsv", $0) } ?? scratch.directory("dates.tsv")
    let out = try scratch.directory("out")
    let arguments = [command, document, "--dates", dates] + (command == "align" ? ["--out", out] : ["--out", out + "/file"])
    let result = try CLI.run(arguments)
    guard let refusal = input.refusal else {
      #expect(result.status == 0, "\(result.stderr)")
      return
    }
    #expect(result.status == refusal.status)
    #expect(result.stderr.contains("namesake: error: \(scratch.path(refusal.message))\n"), "\(result.stderr)")
    #expect(scratch.contents(of: "out").isEmpty)
  }
}
