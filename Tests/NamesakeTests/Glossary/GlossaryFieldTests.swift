import Foundation
import Testing

@testable import Namesake

@Suite("Glossary fields and hostile files")
struct GlossaryFieldTests {
  static func records(form: String, note: String = "") -> GlossaryRecords {
    var records = GlossaryRecords()
    let location = RecordLocation(file: "names.tsv", line: 2)
    records.entities.append(.init(location: location, id: "person/a", kind: "person", canonical: "A", sources: "000", note: note))
    records.names.append(.init(location: location, entity: "person/a", language: "en", form: form, status: "", ambiguous: "", sources: "000"))
    return records
  }

  @Test(arguments: [
    ("Tô\tLâm", "contains U+0009, a control character or noncharacter; fields are one line of text"),
    ("Tô\u{1B}Lâm", "contains U+001B, a control character or noncharacter; fields are one line of text"),
    (String(repeating: "a", count: 1001), "1001 characters; a form has at most 1000 (a name or a title, not a text)"),
  ])
  func refusedForms(_ form: String, _ message: String) {
    #expect(throws: GlossaryError.invalid([GlossaryIssue(file: "names.tsv", line: 2, field: "form", message: message)])) {
      try GlossaryBuilder.build(Self.records(form: form))
    }
  }

  @Test func formsUpToTheLimitAreAccepted() throws {
    // 1,000 scalars of three bytes each: the limit counts characters, not bytes.
    let glossary = try GlossaryBuilder.build(Self.records(form: String(repeating: "ト", count: 1000)))
    #expect(glossary.entities.first?.names.first?.form.unicodeScalars.count == 1000)
  }

  @Test(arguments: [
    ("one\ntwo", "one two"), ("one\r\n  two\t three", "one two three"), ("trailing\n", "trailing"), ("plain", "plain"),
  ])
  func notesBecomeOneLine(_ note: String, _ expected: String) throws {
    #expect(try GlossaryBuilder.build(Self.records(form: "A B", note: note)).entities.first?.note == expected)
  }

  @Test func linesEndAtLFCRLFAndLoneCR() {
    #expect(GlossaryFile.lines("a\nb\r\nc\rd").map(String.init) == ["a", "b", "c", "d"])
    #expect(GlossaryFile.lines("a\n\nb\n").map(String.init) == ["a", "", "b"])
    #expect(GlossaryFile.lines("").isEmpty)
  }

  @Test func encodingProblemsAreIssuesAtTheirLine() {
    let bytes = Array("a\nb\n".utf8) + [0xFF]
    #expect(
      GlossaryError(.invalidUTF8(file: "g.tsv", byteOffset: 4), bytes: bytes)
        == .invalid([GlossaryIssue(file: "g.tsv", line: 3, field: "encoding", message: "byte 4: invalid UTF-8 (Namesake reads UTF-8 only)")]))
    #expect(GlossaryError(.isDirectory(file: "g.tsv"), bytes: []) == .unreadable(path: "g.tsv", reason: "is a directory, not a file"))
  }

  @Test(arguments: [
    ("<!DOCTYPE tbx [\n<!ENTITY a \"b\">\n]>\n<tbx/>", 2), ("<tbx><!-- no entity here --></tbx>", nil), ("<tbx>\n\n<!ENTITY", 3),
  ] as [(String, Int?)])
  func entityDeclarationsAreFoundByLine(_ xml: String, _ line: Int?) {
    #expect(TBXGlossaryFormat.entityDeclarationLine(Array(xml.utf8)) == line)
  }

  @Test(arguments: [
    (String(repeating: "<a>", count: 70) + String(repeating: "</a>", count: 70), "the root element is <a>, not <tbx>: not a TBX (ISO 30042) file"),
    ("<tbx>" + String(repeating: "<a>", count: 70) + String(repeating: "</a>", count: 70) + "</tbx>", "elements nested deeper than 64 levels: not a TBX glossary"),
    ("<tbx><text></tbx>", "malformed XML at column 18: the end tag does not match the start tag (libxml2 error 76)"),
  ])
  func malformedTBX(_ xml: String, _ message: String) {
    let records = TBXGlossaryFormat.parse(Data(xml.utf8), file: "g.tbx")
    #expect(records.issues.map(\.message) == [message])
  }
}
