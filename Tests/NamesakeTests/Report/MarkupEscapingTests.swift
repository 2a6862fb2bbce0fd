@testable import Namesake
import Testing

/// Escaping for the report (HTML, apostrophe too), TMX and TBX (XML), and the report's anchors.
@Suite("Markup escaping")
struct MarkupEscapingTests {
  @Test(arguments: [
    ("", "", ""), ("Tô Lâm", "Tô Lâm", "Tô Lâm"), ("a & b", "a &amp; b", "a &amp; b"), ("<b>", "&lt;b&gt;", "&lt;b&gt;"),
    ("\"書記長\"", "&quot;書記長&quot;", "&quot;書記長&quot;"), ("it's", "it&#39;s", "it's"), ("&&", "&amp;&amp;", "&amp;&amp;"),
    ("x<", "x&lt;", "x&lt;"), (">x", "&gt;x", "&gt;x"), ("'\"'", "&#39;&quot;&#39;", "'&quot;'"),
  ])
  func escapes(_ text: String, _ html: String, _ xml: String) {
    #expect(HTML.escape(text) == html)
    #expect(MarkupEscaping.escape(ArraySlice(text.utf8), apostrophe: true) == html)
    #expect(TBXGlossaryFormat.escape(text) == xml)
    // A collection without contiguous storage takes the copying path to the same result.
    #expect(MarkupEscaping.escape(text.utf8.lazy.map { $0 }, apostrophe: true) == html)
    // Appended to bytes (the report's rows, TMX units), after what is there already.
    var bytes = MarkupBytes()
    bytes.append("<td>")
    bytes.append(escaping: text)
    bytes.append(escaping: ArraySlice(text.utf8), apostrophe: false)
    #expect(String(decoding: bytes.bytes, as: UTF8.self) == "<td>" + html + xml)
  }

  @Test func anchorsAppendedAsMade() {
    var bytes = MarkupBytes()
    bytes.append(anchor: "e", "person/tô-lâm")
    bytes.append(7)
    #expect(String(decoding: bytes.bytes, as: UTF8.self) == HTML.anchor("e", "person/tô-lâm") + "7")
  }

  /// The report appends a number to a document's anchor prefix; that is the anchor of the parts.
  @Test(arguments: ["002", "a b#c%", "Tô Lâm", "x-1"])
  func anchorPrefixPlusNumberIsTheAnchor(_ doc: String) {
    for number in [0, 7, 1234] {
      #expect(HTML.anchor("s", doc) + "-" + String(number) == HTML.anchor("s", doc, String(number)))
    }
  }

  /// Letters, digits, "_" and "." stay; every other scalar becomes "~" and its hex value, for
  /// every plane's first 4,096 scalars and the last one.
  @Test func anchorsEscapeEveryOtherScalarAsHex() {
    let ranges = (0...16).map { plane in (plane << 16)..<((plane << 16) + 0x1000) } + [0x10FFFF..<0x110000]
    for value in ranges.joined() {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let kept = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == ".")
      #expect(HTML.anchor("e", String(scalar)) == "e-" + (kept ? String(scalar) : "~" + String(value, radix: 16)), "U+\(String(value, radix: 16))")
    }
  }
}
