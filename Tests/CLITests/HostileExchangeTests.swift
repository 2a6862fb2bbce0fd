import Foundation
import Testing

/// Hostile CSV and TBX glossaries, read as `--glossary FILE` (by `glossary validate`; every other
/// command loads a glossary through the same loader, see `HostileGlossaryTests`) and merged by
/// `glossary import`, which must then leave the target glossary unchanged.
@Suite("Hostile CSV and TBX glossaries")
struct HostileExchangeTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var bytes: [UInt8]
    /// Nil: accepted.
    var refusal: Refusal?
    /// What `import` says instead, where it reads the file differently.
    var importRefusal: Refusal? = nil
    var testDescription: String { name }
  }

  static let header = "id,kind,canonical,lang,variant,status,ambiguous,source,note\r\n"
  static func csv(_ rows: String) -> [UInt8] { Array((header + rows).utf8) }

  static func tbx(_ body: String, prolog: String = "") -> [UInt8] {
    Array(
      """
      <?xml version="1.0" encoding="UTF-8"?>
      \(prolog)<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <text>
          <body>
      \(body)
          </body>
        </text>
      </tbx>

      """.utf8)
  }

  static func concept(note: String = "A city", term: String = "Hue") -> String {
    """
        <conceptEntry id="place.hue">
          <descrip type="subjectField">place</descrip>
          <note>\(note)</note>
          <langSec xml:lang="en">
            <termSec>
              <term>\(term)</term>
              <admin type="source">000</admin>
            </termSec>
          </langSec>
        </conceptEntry>
    """
  }

  static let laughs =
    "<!DOCTYPE tbx [\n<!ENTITY lol \"lol\">\n"
    + (1...9).map { "<!ENTITY lol\($0) \"\(String(repeating: $0 == 1 ? "&lol;" : "&lol\($0 - 1);", count: 10))\">\n" }.joined() + "]>\n"

  static let cases: [Case] = [
    // RFC 4180: a quoted comma, doubled quotes and a line break inside a note (which becomes a space).
    Case(
      name: "CSV: quotes, commas and an embedded newline (accepted)", file: "g.csv",
      bytes: csv("place/hue,place,\"Hue, Thua Thien\",,,,,000,\"the \"\"old\"\" capital,\r\non the Perfume River\"\r\nplace/hue,place,\"Hue, Thua Thien\",ja,フエ,,,002,\r\n")),
    Case(
      name: "CSV: a ragged row after a multi-line field (its first line)", file: "g.csv",
      bytes: csv("place/hue,place,Hue,,,,,000,\"two\nlines\"\r\nplace/vinh,place,Vinh,ja\r\n"),
      refusal: Refusal(status: 65, message: "g.csv:4: row: expected 9 fields, found 4")),
    Case(
      name: "CSV: a quote never closed", file: "g.csv", bytes: csv("place/hue,place,Hue,,,,,000,\"open\r\nplace/vinh,place,Vinh,,,,,000,\r\n"),
      refusal: Refusal(status: 65, message: "g.csv:2: row: a quoted field is never closed")),
    Case(
      name: "CSV: a line break inside a form", file: "g.csv", bytes: csv("place/hue,place,\"Hue\nCity\",,,,,000,\r\n"),
      refusal: Refusal(status: 65, message: "g.csv:2: canonical: contains U+000A, a control character or noncharacter; fields are one line of text")),
    Case(
      name: "CSV: invalid UTF-8", file: "g.csv", bytes: csv("place/hue,place,Hu") + [0xE1, 0x28] + Array(",,,,,000,\r\n".utf8),
      refusal: Refusal(status: 65, message: "g.csv:2: encoding: byte 79: invalid UTF-8 (Namesake reads UTF-8 only)")),
    Case(
      name: "CSV: UTF-16 (a spreadsheet's \"Unicode text\")", file: "g.csv", bytes: [0xFF, 0xFE] + Hostile.utf16LE(header),
      refusal: Refusal(status: 65, message: "g.csv:1: encoding: looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")),
    Case(
      name: "CSV: a NUL byte", file: "g.csv", bytes: csv("place/hue,place,Hue") + [0] + Array(",,,,,000,\r\n".utf8),
      refusal: Refusal(status: 65, message: "g.csv:2: encoding: byte 80: a NUL byte; this is binary data, not text")),
    Case(name: "CSV: a byte order mark (accepted)", file: "g.csv", bytes: [0xEF, 0xBB, 0xBF] + csv("place/hue,place,Hue,,,,,000,\r\n")),
    Case(
      name: "CSV: empty", file: "g.csv", bytes: [],
      refusal: Refusal(status: 65, message: "g.csv:1: header: empty file; expected the header id,kind,canonical,lang,variant")),
    Case(name: "TBX: a note wrapped over lines (accepted)", file: "g.tbx", bytes: tbx(concept(note: "the old\n        capital"))),
    // Billion laughs: 10^9 "lol"s if expanded; refused before parsing.
    Case(
      name: "TBX: entity expansion (billion laughs)", file: "g.tbx", bytes: tbx(concept(note: "&lol9;"), prolog: laughs),
      refusal: Refusal(
        status: 65, message: "g.tbx:3: xml: an entity declaration (<!ENTITY): a glossary may not declare entities (they can expand without bound or read other files)")),
    Case(
      name: "TBX: an external entity (a local file)", file: "g.tbx",
      bytes: tbx(concept(note: "&secret;"), prolog: "<!DOCTYPE tbx [\n<!ENTITY secret SYSTEM \"file:///etc/passwd\">\n]>\n"),
      refusal: Refusal(
        status: 65, message: "g.tbx:3: xml: an entity declaration (<!ENTITY): a glossary may not declare entities (they can expand without bound or read other files)")),
    Case(
      name: "TBX: 100,000 nested elements", file: "g.tbx",
      bytes: tbx(String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000)),
      refusal: Refusal(status: 65, message: "g.tbx:5: xml: elements nested deeper than 64 levels: not a TBX glossary")),
    Case(
      name: "TBX: 100 KB of text in one element", file: "g.tbx", bytes: tbx(concept(note: String(repeating: "word ", count: 20_000))),
      refusal: Refusal(status: 65, message: "g.tbx:7: xml: an element's text is longer than 65536 bytes: not a glossary field")),
    Case(
      name: "TBX: malformed XML", file: "g.tbx", bytes: tbx(concept(term: "Hue</admin>")),
      refusal: Refusal(status: 65, message: "g.tbx:10: xml: malformed XML at column 28: the end tag does not match the start tag (libxml2 error 76)")),
    Case(
      name: "TBX: TBX 2 (martif)", file: "g.tbx", bytes: Array("<?xml version=\"1.0\"?>\n<martif type=\"TBX\"><text/></martif>\n".utf8),
      refusal: Refusal(status: 65, message: "g.tbx:2: xml: the root element is <martif>, not <tbx>: not a TBX (ISO 30042) file")),
    Case(
      name: "TBX: invalid UTF-8", file: "g.tbx", bytes: tbx(concept(term: "Hu\u{E9}")).map { $0 == 0xC3 ? 0xE9 : $0 }.filter { $0 != 0xA9 },
      refusal: Refusal(status: 65, message: "g.tbx:10: encoding: byte 320: invalid UTF-8 (Namesake reads UTF-8 only)")),
    Case(
      name: "TBX: UTF-16", file: "g.tbx", bytes: [0xFF, 0xFE] + Hostile.utf16LE(String(decoding: tbx(concept()), as: UTF8.self)),
      refusal: Refusal(status: 65, message: "g.tbx:1: encoding: looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")),
    Case(name: "TBX: empty", file: "g.tbx", bytes: [], refusal: Refusal(status: 65, message: "g.tbx:1: xml: no root element: not a TBX file")),
    // libxml2 would decode the UTF-8 bytes again as UTF-7, and its push parser crashed on it.
    Case(
      name: "TBX: a declaration naming UTF-7", file: "g.tbx",
      bytes: Array(String(decoding: tbx(concept()), as: UTF8.self).replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-7\"").utf8),
      refusal: Refusal(status: 65, message: "g.tbx:1: xml: the XML declaration names encoding 'UTF-7': a glossary is UTF-8, and declare it so or not at all")),
  ]

  @Test(arguments: cases)
  func validate(_ input: Case) throws {
    let scratch = try Scratch()
    let file = try scratch.write(input.file, input.bytes)
    let result = try CLI.run(["glossary", "validate", "--glossary", file])
    guard let refusal = input.refusal else {
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.contains("valid: 1 entities"), "\(result.stdout)")
      return
    }
    #expect(result.status == refusal.status)
    #expect(result.stderr.hasPrefix("namesake: error: \(scratch.path(refusal.message))\n"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: cases)
  func importInto(_ input: Case) throws {
    let scratch = try Scratch()
    let file = try scratch.write(input.file, input.bytes)
    for (name, bytes) in try Hostile.validGlossary() { try scratch.write("glossary/\(name)", bytes) }
    let before = scratch.contents(of: "glossary")
    let format = input.file.hasSuffix(".csv") ? "csv" : "tbx"
    let result = try CLI.run(["glossary", "import", file, "--format", format, "--glossary", scratch.path("glossary")])
    guard let refusal = input.importRefusal ?? input.refusal else {
      #expect(result.status == 0, "\(result.stderr)")
      #expect(result.stdout.hasSuffix("added 1 entities, \(format == "csv" && input.name.contains("embedded") ? 1 : 0) names, 0 tenures, 0 relations\n"))
      let entities = String(decoding: scratch.contents(of: "glossary")["entities.tsv"] ?? [], as: UTF8.self)
      // One line per entity still: the note's line break is a space, the quoted comma kept.
      #expect(entities.split(separator: "\n").filter { $0.hasPrefix("place/hue\t") }.count == 1, "\(entities)")
      #expect(try CLI.run(["glossary", "validate", "--glossary", scratch.path("glossary")]).status == 0)
      return
    }
    #expect(result.status == refusal.status)
    #expect(result.stderr.hasPrefix("namesake: error: \(scratch.path(refusal.message))\n"), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    #expect(scratch.contents(of: "glossary") == before, "the glossary is unchanged")
  }

  /// A directory or an unreadable file where the CSV should be: exit 66.
  @Test(arguments: ["validate", "import"])
  func unopenableFile(_ command: String) throws {
    let scratch = try Scratch()
    for (name, bytes) in try Hostile.validGlossary() { try scratch.write("glossary/\(name)", bytes) }
    let directory = try scratch.directory("d.csv")
    let locked = try scratch.write("locked.csv", Self.csv("place/hue,place,Hue,,,,,000,\r\n"))
    chmod(locked, 0)
    func arguments(_ file: String) -> [String] {
      command == "validate"
        ? ["glossary", "validate", "--glossary", file] : ["glossary", "import", file, "--format", "csv", "--glossary", scratch.path("glossary")]
    }
    let onDirectory = try CLI.run(arguments(directory))
    #expect(onDirectory.status == 66)
    // --glossary takes a directory as the project format, whose entities.tsv is then missing.
    let expected = command == "validate" ? "\(directory)/entities.tsv: cannot read: no such file" : "\(directory): cannot read: is a directory, not a file"
    #expect(onDirectory.stderr == "namesake: error: \(expected)\n")
    guard let onLocked = try CLI.runUnprivileged(arguments(locked)) else {
      Issue.record("running as root without setpriv: cannot make a file unreadable")
      return
    }
    #expect(onLocked.status == 66)
    #expect(onLocked.stderr == "namesake: error: \(locked): cannot read: Permission denied\n")
  }
}
