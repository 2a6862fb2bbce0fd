import Foundation
import Testing

/// Hostile glossaries (the project's TSV directory) × every command that reads one, and as the
/// target of `glossary import`. A refused glossary gets exit 65 with `file:line: field: message`
/// (66 when a file cannot be opened), and nothing is written: standard output stays empty,
/// output files and the glossary itself keep their content.
@Suite("Hostile glossaries")
struct HostileGlossaryTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// Changes the valid fixture's files (name → bytes); nil bytes: make it a directory.
    var change: @Sendable (inout [String: [UInt8]?]) -> Void
    /// Nil: accepted.
    var refusal: Refusal?
    /// Set up after the files are written (e.g. make one unreadable).
    var unreadable: String? = nil
    var testDescription: String { name }
  }

  static func names(_ transform: @escaping @Sendable ([UInt8]) -> [UInt8]) -> @Sendable (inout [String: [UInt8]?]) -> Void {
    { files in files["names.tsv"] = transform((files["names.tsv"] ?? nil) ?? []) }
  }

  static let row = Array("person/to-lam\ten\tTo Lam Nguyen\t\t\t000\n".utf8)
  static let megabyteName = Array("person/to-lam\ten\t".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 1 << 20) + Array("\t\t\t000\n".utf8)

  // names.tsv of the fixture has 5 lines (a header and 4 names); rows added here are line 6.
  static let cases: [Case] = [
    Case(
      name: "invalid UTF-8 (file:line, byte)", change: names { $0 + Array("person/to-lam\ten\tTo ".utf8) + [0xC3, 0x28] + Array("\t\t\t000\n".utf8) },
      refusal: Refusal(status: 65, message: "names.tsv:6: encoding: byte 272: invalid UTF-8 (Namesake reads UTF-8 only)")),
    Case(
      name: "UTF-16", change: names { [0xFF, 0xFE] + Hostile.utf16LE(String(decoding: $0, as: UTF8.self)) },
      refusal: Refusal(status: 65, message: "names.tsv:1: encoding: looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")),
    Case(
      name: "a NUL byte", change: names { $0 + Array("person/to-lam\ten\tTo".utf8) + [0] + Array("\t\t\t000\n".utf8) },
      refusal: Refusal(status: 65, message: "names.tsv:6: encoding: byte 271: a NUL byte; this is binary data, not text")),
    Case(
      name: "a control character in a form", change: names { $0 + Array("person/to-lam\ten\tTo\u{1B}Lam\t\t\t000\n".utf8) },
      refusal: Refusal(status: 65, message: "names.tsv:6: form: contains U+001B, a control character or noncharacter; fields are one line of text")),
    Case(
      name: "a ragged row", change: names { $0 + Array("person/to-lam\ten\tTo Lam\n".utf8) },
      refusal: Refusal(
        status: 65, message: "names.tsv:6: line: expected 6 tab-separated fields (entity, lang, form, status, ambiguous, source), found 3")),
    Case(
      name: "a 1 MB name", change: names { $0 + megabyteName },
      refusal: Refusal(status: 65, message: "names.tsv:6: form: 1048576 characters; a form has at most 1000 (a name or a title, not a text)")),
    Case(
      name: "entities.tsv is a directory", change: { $0["entities.tsv"] = .some(nil) },
      refusal: Refusal(status: 66, message: "entities.tsv: cannot read: is a directory, not a file")),
    Case(
      name: "entities.tsv is missing", change: { $0["entities.tsv"] = nil },
      refusal: Refusal(status: 66, message: "entities.tsv: cannot read: no such file")),
    Case(
      name: "an unreadable names.tsv", change: { _ in }, refusal: Refusal(status: 66, message: "names.tsv: cannot read: Permission denied"),
      unreadable: "names.tsv"),
    Case(name: "byte order marks (accepted)", change: { files in for (name, bytes) in files { files[name] = [0xEF, 0xBB, 0xBF] + (bytes ?? []) } }),
    Case(name: "CRLF line ends (accepted)", change: { files in for (name, bytes) in files { files[name] = Hostile.lineEnds(bytes ?? [], [0x0D, 0x0A]) } }),
    // Before, names.tsv with lone CRs read as one comment line: every name silently lost.
    Case(name: "lone CR line ends (accepted)", change: { files in for (name, bytes) in files { files[name] = Hostile.lineEnds(bytes ?? [], [0x0D]) } }),
    Case(name: "empty files (an empty glossary)", change: { files in for name in files.keys { files[name] = [] } }),
  ]

  /// The fixture with `change` applied, in `directory` of `scratch`.
  static func glossary(_ input: Case, in scratch: Scratch, _ directory: String = "glossary") throws -> String {
    var files: [String: [UInt8]?] = try Hostile.validGlossary().mapValues { $0 }
    input.change(&files)
    let path = try scratch.directory(directory)
    for (name, bytes) in files {
      if let bytes { try scratch.write("\(directory)/\(name)", bytes) } else { _ = try scratch.directory("\(directory)/\(name)") }
    }
    if let unreadable = input.unreadable { chmod(scratch.path("\(directory)/\(unreadable)"), 0) }
    return path
  }

  @Test(arguments: cases, GlossaryReader.all)
  func hostileGlossary(_ input: Case, _ command: GlossaryReader) throws {
    let scratch = try Scratch()
    let glossary = try Self.glossary(input, in: scratch)
    let document = try scratch.write("doc.txt", Array("To Lam visited Da Nang. He met the General Secretary.".utf8))
    let out = try scratch.directory("out")
    for name in command.outputs { try scratch.write("out/" + name, Hostile.previous) }
    let before = scratch.contents(of: "out")
    let arguments = command.arguments(glossary, document: document, out: out)
    let line = Array("{\"id\":\"d\",\"text\":\"To Lam visited Da Nang.\"}\n".utf8)
    let ran = input.unreadable == nil ? try CLI.run(arguments, input: line) : try CLI.runUnprivileged(arguments, input: line)
    guard let result = ran else {
      Issue.record("running as root without setpriv: cannot make a file unreadable")
      return
    }
    guard let refusal = input.refusal else {
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stderr.contains("namesake: error"), "\(result.stderr)")
      if command.name == "validate" { #expect(result.stdout.contains(input.name.hasPrefix("empty") ? "valid: 0 entities" : "valid: 4 entities, 4 names")) }
      return
    }
    #expect(result.status == refusal.status)
    #expect(result.stderr.contains("namesake: error: \(glossary)/\(refusal.message)\n"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(scratch.contents(of: "out") == before)
  }

  /// The same glossaries as the target of an import: refused, and no file of it changes.
  @Test(arguments: cases.filter { $0.refusal != nil })
  func hostileImportTarget(_ input: Case) throws {
    let scratch = try Scratch()
    let glossary = try Self.glossary(input, in: scratch)
    let csv = try scratch.write("new.csv", Array("id,kind,canonical,lang,variant\nplace/hue,place,Hue,ja,フエ\n".utf8))
    let before = scratch.contents(of: "glossary")
    let arguments = ["glossary", "import", csv, "--format", "csv", "--glossary", glossary]
    guard let result = input.unreadable == nil ? try CLI.run(arguments) : try CLI.runUnprivileged(arguments) else {
      Issue.record("running as root without setpriv: cannot make a file unreadable")
      return
    }
    #expect(result.status == input.refusal?.status)
    #expect(result.stderr.contains("namesake: error: \(glossary)/\(input.refusal?.message ?? "")\n"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(scratch.contents(of: "glossary") == before)
  }
}
