import Foundation
@testable import Namesake
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

  /// The eight-byte test must flag every word holding a byte that needs escaping: each byte value
  /// at each position among clean bytes, and random words against a byte-by-byte check.
  @Test func wordTestFlagsEveryByteThatNeedsEscaping() {
    func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C }
    for filler in [UInt8(0x41), 0x21, 0x23, 0x5B, 0x5D, 0x20, 0xE3, 0xFF, 0x80] {
      for position in 0..<8 {
        for value in UInt8.min...UInt8.max {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[position] = value
          let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          #expect(JSONWriter.mayNeedEscape(word) == needsEscape(value), "byte \(value) at \(position) among \(filler)")
        }
      }
    }
    var generator = SplitMix64(seed: 0x15C)
    for _ in 0..<200_000 {
      // Bytes near the thresholds are the interesting ones: bias half of them there.
      let bytes = (0..<8).map { _ -> UInt8 in
        let draw = generator.next()
        return draw & 1 == 0 ? UInt8(truncatingIfNeeded: draw >> 8) : [0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x00, 0xA2, 0xDC][Int((draw >> 8) % 11)]
      }
      let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
      #expect(JSONWriter.mayNeedEscape(word) == bytes.contains(where: needsEscape))
    }
  }

  /// Strings of every length around the eight-byte step, with the byte to escape at each place,
  /// decode back to themselves.
  @Test func escapingRoundTripsAtEveryOffset() throws {
    for length in 0..<20 {
      for place in -1..<length {
        for special in ["\"", "\\", "\n", "\u{1}", "\u{1F}"] {
          var scalars = Array(repeating: "あ", count: length).map { $0 as String }
          if place >= 0 { scalars[place] = special }
          let text = scalars.joined()
          var writer = JSONWriter()
          writer.value(text)
          let decoded = try JSONSerialization.jsonObject(with: Data(writer.bytes), options: .fragmentsAllowed) as? String
          #expect(decoded == text)
        }
      }
    }
  }

  @Test func fieldsRenderedOnceReadAsWrittenInPlace() {
    let prefix = JSONWriter.fields { writer in
      writer.field("doc", "a\"b")
      writer.field("lang", "ja")
    }
    var once = JSONWriter(), inPlace = JSONWriter()
    once.beginObject(); once.append(prefix); once.field("index", 3); once.endObject()
    inPlace.beginObject(); inPlace.field("doc", "a\"b"); inPlace.field("lang", "ja"); inPlace.field("index", 3); inPlace.endObject()
    #expect(once.bytes == inPlace.bytes)
    var empty = JSONWriter()
    empty.beginObject(); empty.append(JSONWriter.fields { _ in }); empty.field("x", 1); empty.endObject()
    #expect(String(decoding: empty.bytes, as: UTF8.self) == "{\"x\":1}")
  }

  /// Keys go out in one append when they need no escape; others (never written by Namesake) are
  /// still escaped, and commas still separate them.
  @Test func keysWithAndWithoutEscapes() throws {
    var writer = JSONWriter()
    writer.beginObject()
    writer.field("plain", 1)
    writer.field("quote\"and\\slash", 2)
    writer.field("a_key_longer_than_sixty_four_bytes_which_takes_the_escaping_path_too_x", 3)
    writer.beginArray("list")
    writer.endArray()
    writer.field(JSONWriter.Key.rendered("rendered"), 4)
    writer.field(JSONWriter.Key.rendered("q\"uote"), "x")
    writer.endObject()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(text == #"{"plain":1,"quote\"and\\slash":2,"a_key_longer_than_sixty_four_bytes_which_takes_the_escaping_path_too_x":3,"list":[],"rendered":4,"q\"uote":"x"}"#)
    let object = try #require(JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String: Any])
    #expect(object["quote\"and\\slash"] as? Int == 2)
  }

  /// Scores are written with at most 4 decimals, rounded half away from zero, without trailing
  /// zeros; values too large for that (which used to trap) in the shortest round-trip form.
  @Test(arguments: [
    (0.0, "0"), (-0.0, "0"), (1, "1"), (0.5, "0.5"), (0.1, "0.1"), (0.12345, "0.1235"), (0.00005, "0.0001"),
    (0.00004, "0"), (-0.00004, "0"), (-0.00005, "-0.0001"), (-0.25, "-0.25"), (12.0001, "12.0001"),
    (0.0625, "0.0625"), (100, "100"), (-3, "-3"), (2.99999, "3"), (1e20, "1e+20"), (.nan, "null"), (.infinity, "null"),
  ])
  func formatsNumbers(_ value: Double, _ text: String) {
    #expect(JSONWriter.format(value) == text)
  }

  /// The same as reading the rounded integer's digits as text, for any value in range.
  @Test func formatAgreesWithTheDecimalDigits() {
    var generator = SplitMix64(seed: 0xF0_4D)
    for _ in 0..<20_000 {
      let value = Double.random(in: -1_000...1_000, using: &generator) * (Bool.random(using: &generator) ? 1 : 0.001)
      let units = Int64((value * 10_000).rounded())
      var digits = String(units.magnitude)
      digits = String(repeating: "0", count: max(0, 5 - digits.count)) + digits
      var expected = String(digits.dropLast(4)) + "." + String(digits.suffix(4))
      while expected.hasSuffix("0") { expected.removeLast() }
      if expected.hasSuffix(".") { expected.removeLast() }
      if units < 0 { expected = "-" + expected }
      #expect(JSONWriter.format(value) == expected)
    }
  }
}
