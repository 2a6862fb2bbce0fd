import Foundation
import Namesake
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
  @Test func escapesAndRoundTripsThroughFoundation() throws {
    let awkward = "quote \" backslash \\ newline \n tab \t cr \r nul \u{0} bell \u{7} 書記長 😀 \u{2028}"
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("text", awkward)
    writer.field("n", 42)
    writer.field("score", 0.125)
    writer.nullField("entity")
    writer.beginArray("list")
    writer.value("a")
    writer.beginObject()
    writer.field("b", true)
    writer.endObject()
    writer.endArray()
    writer.field("last", "x")
    writer.endObject()
    let object = try #require(JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
    #expect(object["text"] as? String == awkward)
    #expect(object["n"] as? Int == 42)
    #expect(object["score"] as? Double == 0.125)
    #expect(object["entity"] is NSNull)
    #expect((object["list"] as? [Any])?.count == 2)
    #expect(object["last"] as? String == "x")
    #expect(String(decoding: writer.bytes, as: UTF8.self).hasPrefix("{\"text\":"))
  }

  @Test func segmentRecordsReproduceTheDocument() throws {
    // Foundation's JSON parser drops U+FEFF inside strings, so the BOM case is checked on bytes below.
    let text = " \nHeading\n\nFirst sentence.  Second one.\r\n"
    let segmented = try segment(text, .english)
    var writer = JSONWriter()
    SegmentRecordWriter.appendJSONLines(segmented, to: &writer)
    var rebuilt = ""
    for line in writer.bytes.split(separator: 0x0A) {
      let record = try #require(JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
      rebuilt += (record["leading"] as? String ?? "") + (record["text"] as? String ?? "") + (record["trailing"] as? String ?? "")
      #expect(record["doc"] as? String == "test")
      #expect(record["lang"] as? String == "en")
    }
    #expect(rebuilt == text)
  }

  @Test func byteOrderMarkIsKeptInLeading() throws {
    var writer = JSONWriter()
    SegmentRecordWriter.appendJSONLines(try segment("\u{FEFF}Hello.", .english), to: &writer)
    #expect(String(decoding: writer.bytes, as: UTF8.self).contains("\"leading\":\"\u{FEFF}\""))
  }
}
