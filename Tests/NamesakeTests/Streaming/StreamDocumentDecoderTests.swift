import Foundation
import Testing

@testable import Namesake

@Suite("Decoding stream documents")
struct StreamDocumentDecoderTests {
  struct Good: CustomTestStringConvertible, Sendable {
    var line: String
    var id: String
    var language: Language?
    var text: String
    var why: String
    var testDescription: String { why }
  }

  static let good: [Good] = [
    Good(line: #"{"id":"a","text":"Tô Lâm."}"#, id: "a", language: nil, text: "Tô Lâm.", why: "the minimal document"),
    Good(line: #"{"text":"x","lang":"ja","id":"a"}"#, id: "a", language: .japanese, text: "x", why: "fields in any order"),
    Good(line: #"{"id":"a","lang":"sv-SE","text":"x"}"#, id: "a", language: .swedish, text: "x", why: "a region subtag is accepted, as for --lang"),
    Good(line: #"{"id":"a","lang":null,"text":"x"}"#, id: "a", language: nil, text: "x", why: "lang null means not given"),
    Good(line: " \t{ \"id\" : \"a\" , \"text\" : \"x\" } \r", id: "a", language: nil, text: "x", why: "whitespace, and the CR of a CRLF line end"),
    Good(
      line: #"{"id":"a","url":"https://x","tags":["a",{"b":[1,-2.5e+3,true,false,null,{}]},[]],"n":0,"text":"x"}"#,
      id: "a", language: nil, text: "x", why: "other fields of any kind are skipped"),
    Good(
      line: #"{"id":"a","text":"q\" b\\ s\/ \b\f\n\r\t"}"#, id: "a", language: nil, text: "q\" b\\ s/ \u{8}\u{C}\n\r\t",
      why: "every two-character escape"),
    Good(
      line: #"{"id":"a","text":"\u0000\u00e9\u66f8\uD83D\uDE00\uFEFF"}"#, id: "a", language: nil, text: "\u{0}é書😀\u{FEFF}",
      why: "\\u escapes of one to four UTF-8 bytes, a surrogate pair, a byte order mark"),
    Good(line: "{\"id\":\"a\",\"text\":\"\u{FEFF}トー・ラム\"}", id: "a", language: nil, text: "\u{FEFF}トー・ラム", why: "a raw byte order mark is kept"),
    Good(line: #"{"\u0069d":"a","text":""}"#, id: "a", language: nil, text: "", why: "keys are compared after escapes; empty text is a document"),
  ]

  @Test(arguments: good)
  func decodes(_ row: Good) throws {
    let document = try StreamDocumentDecoder.decode(Array(row.line.utf8))
    #expect(document == StreamDocument(id: row.id, language: row.language, text: Array(row.text.utf8)))
  }

  struct Bad: CustomTestStringConvertible, Sendable {
    var line: [UInt8]
    var id: String?
    var message: String
    var why: String
    var testDescription: String { why }

    init(_ line: String, id: String?, _ message: String, _ why: String) {
      self.init(bytes: Array(line.utf8), id: id, message, why)
    }

    init(bytes: [UInt8], id: String?, _ message: String, _ why: String) {
      self.line = bytes
      self.id = id
      self.message = message
      self.why = why
    }
  }

  static let bad: [Bad] = [
    Bad(#"{"id":"a","text":"x""#, id: "a", "byte 20: invalid JSON: expected ',' or '}'", "cut off after the text: the id is known"),
    Bad(#"{"text":"x","id":"a"} x"#, id: "a", "byte 22: invalid JSON: expected the end of the line", "something after the object"),
    Bad(#"{"id":"a" "text":"x"}"#, id: "a", "byte 10: invalid JSON: expected ',' or '}'", "a missing comma"),
    Bad(#"{"id" "a"}"#, id: nil, "byte 6: invalid JSON: expected ':'", "a missing colon"),
    Bad(#"{id:"a"}"#, id: nil, "byte 1: invalid JSON: expected a string", "an unquoted key"),
    Bad(#"{"id":"a","text":"x\q"}"#, id: "a", "byte 19: invalid JSON: expected an escape", "an unknown escape"),
    Bad(#"{"id":"a","text":"\u12"}"#, id: "a", "byte 18: invalid JSON: expected four hex digits", "a short \\u escape"),
    Bad("{\"id\":\"a\",\"text\":\"a\tb\"}", id: "a", "byte 19: invalid JSON: expected an escape instead of a control character", "a raw tab in a string"),
    Bad(#"{"id":"a","text":"x"#, id: "a", "byte 19: invalid JSON: expected the end of the string", "an unterminated string"),
    Bad(#"{"id":"a","n":01,"text":"x"}"#, id: "a", "byte 14: invalid JSON: expected a number", "a number with a leading zero"),
    Bad(#"{"id":"a","n":1.,"text":"x"}"#, id: "a", "byte 16: invalid JSON: expected a digit", "a number without fraction digits"),
    Bad(#"{"id":"a","n":1e,"text":"x"}"#, id: "a", "byte 16: invalid JSON: expected a digit", "a number without exponent digits"),
    Bad(#"{"id":"a","n":tru,"text":"x"}"#, id: "a", "byte 14: invalid JSON: expected a value", "a broken literal"),
    Bad(#"{"id":"a","n":[1 2],"text":"x"}"#, id: "a", "byte 17: invalid JSON: expected ',' or ']'", "a broken array in a skipped field"),
    Bad(#"{"id":"a","n":{"k" 1},"text":"x"}"#, id: "a", "byte 19: invalid JSON: expected ':'", "a broken object in a skipped field"),
    Bad(#"{"id":"a","n":'x',"text":"x"}"#, id: "a", "byte 14: invalid JSON: expected a value", "not a JSON value"),
    Bad(#"{"id":"a","text":"\uD800x"}"#, id: "a", "byte 18: \\u escape of a lone UTF-16 surrogate", "a high surrogate alone"),
    Bad(#"{"id":"a","text":"\uD800\u0041"}"#, id: "a", "byte 18: \\u escape of a lone UTF-16 surrogate", "a high surrogate before a non-surrogate"),
    Bad(#"{"id":"a","text":"\uDC00"}"#, id: "a", "byte 18: \\u escape of a lone UTF-16 surrogate", "a low surrogate alone"),
    Bad(bytes: Array(#"{"id":"a","text":"Tô"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8), id: "a", "byte 21: invalid UTF-8 (Namesake reads UTF-8 only)", "invalid UTF-8 in the text"),
    Bad(bytes: Array(#"{"id":"a"#.utf8) + [0xED, 0xA0, 0x80] + Array(#"","text":"x"}"#.utf8), id: nil, "byte 8: invalid UTF-8 (Namesake reads UTF-8 only)", "an encoded surrogate in the id"),
    Bad(#"["id","text"]"#, id: nil, "a document is a JSON object, not an array", "an array"),
    Bad(#""text""#, id: nil, "a document is a JSON object, not a string", "a string"),
    Bad(#"42"#, id: nil, "a document is a JSON object, not a number", "a number"),
    Bad(#"null"#, id: nil, "a document is a JSON object, not null", "null"),
    Bad(#"true"#, id: nil, "a document is a JSON object, not a boolean", "true"),
    Bad(#"not json"#, id: nil, "byte 0: invalid JSON: expected a value", "text that is no JSON value"),
    Bad(#"[1] [2]"#, id: nil, "byte 4: invalid JSON: expected the end of the line", "two values"),
    Bad(#"{}"#, id: nil, "missing \"id\"", "an empty object"),
    Bad(#"{"text":"x"}"#, id: nil, "missing \"id\"", "no id"),
    Bad(#"{"id":"a"}"#, id: "a", "missing \"text\"", "no text: the id is known"),
    Bad(#"{"id":"","text":"x"}"#, id: nil, "\"id\" is empty", "an empty id, which no file stem can be"),
    Bad(#"{"id":7,"text":"x"}"#, id: nil, "\"id\" must be a string, not a number", "a numeric id"),
    Bad(#"{"id":"a","text":["x"]}"#, id: "a", "\"text\" must be a string, not an array", "text as an array"),
    Bad(#"{"text":null,"id":"a"}"#, id: "a", "\"text\" must be a string, not null", "text null; the id after it is still named"),
    Bad(#"{"id":"a","lang":1,"text":"x"}"#, id: "a", "\"lang\" must be a string or null, not a number", "a numeric lang"),
    Bad(#"{"id":"a","lang":"de","text":"x"}"#, id: "a", "\"lang\": unsupported language 'de'; supported: en, ja, sv, vi", "an unsupported language"),
    Bad(#"{"id":"a","id":"b","text":"x"}"#, id: "a", "\"id\" given twice", "a duplicate id"),
    Bad(#"{"id":"a","text":"x","text":"y"}"#, id: "a", "\"text\" given twice", "a duplicate text"),
    Bad(#"{"id":"a","lang":null,"lang":"en","text":"x"}"#, id: "a", "\"lang\" given twice", "a duplicate lang"),
    Bad("", id: nil, "byte 0: invalid JSON: expected a value", "nothing"),
  ]

  @Test(arguments: bad)
  func refuses(_ row: Bad) {
    do {
      let document = try StreamDocumentDecoder.decode(row.line)
      Issue.record("decoded as \(document.id)")
    } catch {
      #expect(error.id == row.id)
      #expect(error.error.description == row.message)
    }
  }

  @Test func deepNestingInASkippedFieldIsNoStackOverflow() throws {
    let depth = 200_000
    let nested = String(repeating: "[{\"k\":", count: depth) + "1" + String(repeating: "}]", count: depth)
    let document = try StreamDocumentDecoder.decode(Array("{\"id\":\"a\",\"m\":\(nested),\"text\":\"x\"}".utf8))
    #expect(document.text == Array("x".utf8))
    #expect(throws: StreamDocumentFailure.self) {
      try StreamDocumentDecoder.decode(Array("{\"id\":\"a\",\"m\":\(nested.dropLast()),\"text\":\"x\"}".utf8))
    }
  }

  /// Property: any text written by JSONWriter or by Foundation decodes to the same bytes.
  @Test func roundTripsRandomTextFromBothEncoders() throws {
    var generator = SplitMix64(seed: 7)
    let pool: [Unicode.Scalar] = ["a", "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "\u{FEFF}", "\u{2028}", "書", "😀", "\u{10FFFF}", " "]
    for round in 0..<500 {
      var text = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 40) { text.append(pool[Int(generator.next() % UInt64(pool.count))]) }
      let string = String(text)
      var writer = JSONWriter()
      writer.beginObject()
      writer.field("id", "r\(round)")
      writer.field("text", string)
      writer.endObject()
      #expect(try StreamDocumentDecoder.decode(writer.bytes).text == Array(string.utf8), "round \(round), JSONWriter")
      let foundation = try JSONSerialization.data(withJSONObject: ["id": "r\(round)", "text": string])
      #expect(try StreamDocumentDecoder.decode(Array(foundation)).text == Array(string.utf8), "round \(round), Foundation")
    }
  }
}
