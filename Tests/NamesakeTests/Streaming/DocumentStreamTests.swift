import Foundation
import Namesake
import Testing

@Suite("Aligning a stream of documents")
struct DocumentStreamTests {
  static let glossary: Result<Glossary, any Error> = Result {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../glossary").standardized
    return try GlossaryLoader.load(root.path)
  }

  static let japanese = "会議の結論として、トー・ラム書記長は発言した。\nグエン・ズイ・ゴック氏も出席した。\n"
  static let english = "General Secretary To Lam visited Hai Phong on Thursday.\n"

  /// Output and summary for `lines` fed to a stream with `language`.
  static func run(_ lines: [String], language: Language? = nil) throws -> ([String], RunSummary) {
    var stream = try DocumentStream(glossary: try glossary.get(), language: language)
    var writer = JSONWriter()
    for (index, line) in lines.enumerated() {
      try Array(line.utf8).withUnsafeBufferPointer { try stream.process(line: $0, lineNumber: index + 1, into: &writer) }
    }
    let output = String(decoding: writer.bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    return (output, stream.summary)
  }

  /// What `namesake align` writes into `<id>.jsonl` for `text`.
  static func aligned(_ id: String, _ text: String, language: Language? = nil) throws -> [String] {
    let aligner = try Aligner(glossary: try glossary.get(), forcedLanguage: language)
    let bytes = try aligner.render([Document(id: id, text: text)])["\(id).jsonl"] ?? []
    return String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
  }

  static func line(_ id: String, _ text: String, lang: String? = nil) -> String {
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("id", id)
    if let lang { writer.field("lang", lang) }
    writer.field("text", text)
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  @Test func recordsAreThoseOfAlignForEachDocumentInOrder() throws {
    let (output, summary) = try Self.run([Self.line("en1", Self.english), Self.line("ja1", Self.japanese)])
    let expected = try Self.aligned("en1", Self.english) + Self.aligned("ja1", Self.japanese)
    #expect(!expected.isEmpty)
    #expect(output == expected)
    #expect(summary == RunSummary(read: 2, aligned: 2, withoutRecords: 0, refused: 0))
  }

  @Test func aDocumentsLangWinsOverTheStreams() throws {
    let (output, _) = try Self.run([Self.line("ja1", Self.japanese, lang: "ja"), Self.line("en1", Self.english)], language: .english)
    #expect(output == (try Self.aligned("ja1", Self.japanese, language: .japanese) + Self.aligned("en1", Self.english, language: .english)))
    #expect(output.first?.contains(#""lang":"ja""#) == true)
  }

  @Test func refusedLinesGetErrorRecordsAndTheStreamGoesOn() throws {
    let lines = [
      #"{"id":"x","text":""#,
      Self.line("en1", Self.english),
      Self.line("de", "Der Bundeskanzler sagte heute, dass die Regierung und das Volk nicht einverstanden sind."),
      Self.line("utf16", "a\u{0}b\u{0}c\u{0}d\u{0}e\u{0}f\u{0}g\u{0}h\u{0}"),
      #"{"text":"x"}"#,
    ]
    let (output, summary) = try Self.run(lines)
    let english = try Self.aligned("en1", Self.english)
    #expect(output.count == english.count + 4)
    #expect(output.first == #"{"id":"x","line":1,"error":"byte 18: invalid JSON: expected the end of the string"}"#)
    #expect(Array(output.dropFirst().prefix(english.count)) == english)
    let rest = Array(output.suffix(3))
    #expect(rest[0].hasPrefix(#"{"id":"de","line":3,"error":"text: cannot identify a supported language"#))
    #expect(rest[1] == #"{"id":"utf16","line":4,"error":"text: looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"}"#)
    #expect(rest[2] == #"{"id":null,"line":5,"error":"missing \"id\""}"#)
    #expect(summary == RunSummary(read: 5, aligned: 1, withoutRecords: 0, refused: 4))
  }

  @Test func blankLinesAreSkippedButCounted() throws {
    let (output, summary) = try Self.run(["", "  \t\r", #"{"id":1}"#])
    #expect(output == [#"{"id":null,"line":3,"error":"\"id\" must be a string, not a number"}"#])
    #expect(summary.read == 1)
  }

  @Test func textWithoutLettersGivesNoRecords() throws {
    let (output, summary) = try Self.run([Self.line("empty", ""), Self.line("digits", "2026 — 34\n"), Self.line("blank", " \n", lang: "en")])
    #expect(output.isEmpty)
    #expect(try Self.aligned("digits", "2026 — 34\n").isEmpty)
    #expect(summary == RunSummary(read: 3, aligned: 3, withoutRecords: 3, refused: 0))
    #expect(summary.description == "read 3 documents: 3 aligned (3 without records), 0 refused")
  }

  @Test func summaryReadsNaturally() {
    #expect(RunSummary().description == "read 0 documents: 0 aligned, 0 refused")
    #expect(RunSummary(read: 1, aligned: 0, withoutRecords: 0, refused: 1).description == "read 1 document: 0 aligned, 1 refused")
  }

  @Test func errorRecordsEscapeAndNameNullIDs() {
    var writer = JSONWriter()
    StreamErrorRecord.append(id: "a\"b", line: 7, message: "bad \\ thing", to: &writer)
    StreamErrorRecord.append(id: nil, line: 8, message: "x", to: &writer)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "{\"id\":\"a\\\"b\",\"line\":7,\"error\":\"bad \\\\ thing\"}\n{\"id\":null,\"line\":8,\"error\":\"x\"}\n")
  }
}
