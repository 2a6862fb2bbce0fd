import Foundation
import Namesake
import Testing

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz) found, minimised, each with what must happen now.
@Suite("Glossary inputs found by fuzzing")
struct GlossaryFuzzFindingsTests {
  static func tsvIssues(_ files: [String: String]) -> [GlossaryIssue]? {
    glossaryIssues {
      var records = GlossaryRecords()
      for (name, text) in files { try TSVGlossaryFormat.read(Data(text.utf8), file: name, name: name, into: &records) }
      _ = try GlossaryBuilder.build(records)
    }
  }

  static func csvIssues(_ text: String) -> [GlossaryIssue]? {
    glossaryIssues { _ = try GlossaryBuilder.build(try CSVGlossaryFormat.read(Data(text.utf8), file: "fuzz.csv")) }
  }

  /// A NUL canonical form validated, then exported as TBX that no XML parser accepts
  /// (fuzz-tsv-glossary: the TBX round trip failed). A NUL byte now refuses the whole file as
  /// binary; another control character (ESC, a C1 control) is refused in its field.
  @Test(.bug(id: 7)) func controlCharacterInACanonicalFormIsRefused() throws {
    let nul = try #require(Self.tsvIssues(["entities.tsv": "place/a\tplace\t\0\thttp://\t"]))
    #expect(nul.map(\.field) == ["encoding"])
    #expect(nul.first?.message == "byte 14: a NUL byte; this is binary data, not text")
    for control in ["\u{1B}", "\u{85}", "\u{FFFE}"] {
      let issues = try #require(Self.tsvIssues(["entities.tsv": "place/a\tplace\tA\(control)B\thttp://\t"]))
      #expect(issues.map(\.field) == ["canonical"])
      #expect(issues.first?.message.hasPrefix("contains U+") == true)
    }
  }

  /// A carriage return inside a source URL came back from TBX as a line feed (XML normalises
  /// line ends), so the exported glossary was not the one written.
  @Test(.bug(id: 7)) func carriageReturnInASourceIsRefused() throws {
    let issues = try #require(
      Self.tsvIssues([
        "entities.tsv": "place/a\tplace\tA\t002\t\n",
        "names.tsv": "place/a\tvi\tÂ\t\t\thttps://example.org/a\rb\n",
      ]))
    // A lone CR is now a line end (as in every input): the line breaks in two, and the second
    // half is refused as a ragged line.
    #expect(issues.map { [$0.file, "\($0.line)", $0.field] } == [["names.tsv", "2", "line"]])
  }

  /// From CSV, where quoting lets any character into a field: NUL bytes in a source and in a
  /// canonical form (fuzz-csv-glossary), and a tab, which `glossary import` would have written
  /// into entities.tsv as a field separator.
  @Test(.bug(id: 7)) func controlCharactersFromCSVAreRefused() throws {
    let nul = try #require(Self.csvIssues("id,kind,canonical,lang,variant,ambiguous,source,note\roffice/m,office,\0,,,,,"))
    #expect(nul.map { "\($0.line) \($0.field)" } == ["2 encoding"], "a NUL byte: binary data")
    let source = try #require(Self.csvIssues("id,kind,canonical,lang,variant,source\nplace/a,place,A,vi,Â,https://example.org/\u{1B}\n"))
    #expect(source.map(\.field) == ["source"])
    let tab = try #require(Self.csvIssues("id,kind,canonical,lang,variant\nplace/a,place,\"A\tB\",,\n"))
    #expect(tab.first?.message == "contains U+0009, a control character or noncharacter; fields are one line of text")
  }

  /// Bytes that are not UTF-8 reached libxml2, which read them as Latin-1, and FoundationXML
  /// trapped on the element name it was given: `namesake glossary validate --glossary bad.tbx`
  /// died of SIGILL (fuzz-tbx-glossary). Now refused as the CSV and TSV readers refuse them.
  @Test(.bug(id: 7)) func tbxThatIsNotUTF8IsRefused() throws {
    let issues = try #require(glossaryIssues { _ = try TBXGlossaryFormat.read(Data([0x3C, 0xFF, 0x0A, 0xFF, 0x0A]), file: "bad.tbx") })
    #expect(issues.map { "\($0.file):\($0.line): \($0.field): \($0.message)" } == ["bad.tbx:1: encoding: byte 1: invalid UTF-8 (Namesake reads UTF-8 only)"])
  }

  /// An XML declaration naming UTF-7 made libxml2 re-decode the (UTF-8) bytes and read a null
  /// pointer in xmlParseChunk: a SEGV in `glossary validate` (fuzz-tbx-glossary). Any encoding
  /// other than UTF-8 in a declaration is now refused at its line, before parsing.
  @Test(.bug(id: 7), arguments: ["UTF-7", "utf-16", "ISO-8859-1", "EBCDIC-US"])
  func tbxDeclaringAnotherEncodingIsRefused(_ encoding: String) throws {
    let tbx = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<tbx><text><body/></text></tbx>\n"
    let issues = try #require(glossaryIssues { _ = try TBXGlossaryFormat.read(Data(tbx.utf8), file: "bad.tbx") })
    #expect(issues.map { "\($0.file):\($0.line): \($0.field): \($0.message)" } == [
      "bad.tbx:1: xml: the XML declaration names encoding '\(encoding)': a glossary is UTF-8, and declare it so or not at all"
    ])
  }

  /// UTF-8, declared in any case or with single quotes, or not declared, is read.
  @Test func tbxDeclaringUTF8IsRead() throws {
    for declaration in ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0' encoding='utf-8'?>", "<?xml version=\"1.0\"?>", ""] {
      let tbx = declaration + "\n<tbx><text><body/></text></tbx>\n"
      let records = try TBXGlossaryFormat.read(Data(tbx.utf8), file: "ok.tbx")
      #expect(records.issues.isEmpty, "\(declaration): \(records.issues)")
    }
  }

  /// Whitespace around a form came back from TBX without it, which TBX readers trim
  /// (fuzz-csv-glossary: " g"); around a note it is dropped when loading (fuzz-tsv-glossary: " ").
  @Test(.bug(id: 7)) func whitespaceAroundFormsIsRefusedAndAroundNotesDropped() throws {
    let issues = try #require(Self.csvIssues("id,kind,canonical,lang,variant\nplace/d,place, g,ja,ダ\nplace/e,place,E,sv,E\u{3000}\n"))
    #expect(issues.map { "\($0.line) \($0.field) \($0.message)" } == ["2 canonical ' g' begins or ends with whitespace", "3 form 'E\u{3000}' begins or ends with whitespace"])
    var records = GlossaryRecords()
    try TSVGlossaryFormat.read(Data("person/t\tperson\tT\t000\t \nperson/u\tperson\tU\t000\t a note \n".utf8), file: "e", name: "entities.tsv", into: &records)
    let glossary = try GlossaryBuilder.build(records)
    #expect(glossary.entities.map(\.note) == ["", "a note"])
  }

  /// An entity note beginning "tenure: " was read back from TBX as a tenure of that entity, and
  /// the glossary no longer validated (fuzz-tsv-glossary, fuzz-csv-glossary).
  @Test(.bug(id: 7)) func notesThatLookLikeTenuresSurviveTBX() throws {
    var records = GlossaryRecords()
    let notes = ["tenure: unclear", "relation: see 002", "note: tenure: x", "note: plain"]
    let entities = notes.enumerated().map { "place/p\($0.offset)\tplace\tP\($0.offset)\t002\t\($0.element)\n" }.joined()
    try TSVGlossaryFormat.read(Data(entities.utf8), file: "e", name: "entities.tsv", into: &records)
    let glossary = try GlossaryBuilder.build(records)
    let tbx = TBXGlossaryFormat.render(glossary)
    let reloaded = try GlossaryBuilder.build(try TBXGlossaryFormat.read(Data(tbx.utf8), file: "g.tbx"))
    #expect(reloaded.entities.map(\.note) == notes)
    #expect(reloaded.entities.allSatisfy { $0.tenures.isEmpty && $0.relations.isEmpty })
    #expect(tbx.contains("<note>note: note: tenure: x</note>") && tbx.contains("<note>note: note: plain</note>"))
  }

  /// An empty `<note/>` added a space to the notes before it.
  @Test(.bug(id: 7)) func emptyTBXNotesAddNothing() throws {
    let tbx = """
      <tbx><text><body><conceptEntry id="place.a"><descrip type="subjectField">place</descrip><note>A note</note><note/><note>note: from elsewhere</note>
      <langSec xml:lang="en"><termSec><term>A</term><admin type="source">002</admin></termSec></langSec></conceptEntry></body></text></tbx>
      """
    let records = try TBXGlossaryFormat.read(Data(tbx.utf8), file: "g.tbx")
    // "note: " is removed only where it escapes a reserved beginning.
    #expect(records.entities.map(\.note) == ["A note note: from elsewhere"])
  }

  /// A ";" in a tenure's or relation's source URL came back from TBX as "," (fuzz-tsv-glossary).
  @Test(.bug(id: 7)) func semicolonsInTenureAndRelationSourcesSurviveTBX() throws {
    var records = GlossaryRecords()
    let files = [
      "entities.tsv": "person/a\tperson\tA\t002\t\noffice/b\toffice\tB\t002\t\nplace/c\tplace\tC\t002\t\nplace/d\tplace\tD\t002\t\n",
      "tenures.tsv": "person/a\toffice/b\t\t2024\t\t\thttps://example.org/a;b=1;c 002\n",
      "relations.tsv": "place/c\tmerged-into\tplace/d\t2025-06-12\thttps://example.org/;;x\n",
    ]
    for (name, text) in files { try TSVGlossaryFormat.read(Data(text.utf8), file: name, name: name, into: &records) }
    let glossary = try GlossaryBuilder.build(records)
    let reloaded = try GlossaryBuilder.build(try TBXGlossaryFormat.read(Data(TBXGlossaryFormat.render(glossary).utf8), file: "g.tbx"))
    #expect(reloaded["person/a"]?.tenures.first?.sources.items == ["https://example.org/a;b=1;c", "002"])
    #expect(reloaded["person/a"]?.tenures.first?.from == PartialDate("2024"))
    #expect(reloaded["place/c"]?.relations.first?.sources.items == ["https://example.org/;;x"])
  }

  /// What stays allowed: letters of every script, and the characters around the refused ones.
  @Test func printableCharactersAreKept() throws {
    let glossary = try GlossaryBuilder.build(
      try CSVGlossaryFormat.read(Data("id,kind,canonical,lang,variant\nplace/a,place,\"A ~ ¡ \u{A0}\u{FFFD}\",ja,エー\n".utf8), file: "ok.csv"))
    #expect(glossary["place/a"]?.canonical == "A ~ ¡ \u{A0}\u{FFFD}")
  }
}
