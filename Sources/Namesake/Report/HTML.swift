/// Escaping and anchors for the HTML report.
enum HTML {
  /// Text for element content and double-quoted attribute values.
  static func escape(_ text: String) -> String { MarkupEscaping.escape(text.utf8, apostrophe: true) }

  /// `escape` over UTF-8 bytes, for slices of a document without building Strings per piece.
  static func escape(utf8 bytes: ArraySlice<UInt8>) -> String { MarkupEscaping.escape(bytes, apostrophe: true) }

  /// An id usable both as an HTML id and, unescaped, in a `#fragment` link: document ids come from
  /// file names, which may hold spaces, `#` or `%`.
  static func anchor(_ parts: String...) -> String {
    // Built as bytes: the report makes several anchors per mention.
    var anchor = [UInt8]()
    let hex = Array("0123456789abcdef".utf8)
    for (index, part) in parts.enumerated() {
      if index > 0 { anchor.append(UInt8(ascii: "-")) }
      for scalar in part.unicodeScalars {
        let value = scalar.value
        if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x5F || value == 0x2E {
          anchor.append(UInt8(value))
        } else {
          anchor.append(UInt8(ascii: "~"))
          var digits = [UInt8]()
          var rest = value
          repeat {
            digits.append(hex[Int(rest & 0xF)])
            rest >>= 4
          } while rest > 0
          anchor += digits.reversed()
        }
      }
    }
    return String(decoding: anchor, as: UTF8.self)
  }
}
