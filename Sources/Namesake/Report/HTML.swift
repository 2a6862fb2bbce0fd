/// Escaping and anchors for the HTML report.
enum HTML {
  /// Text for element content and double-quoted attribute values.
  static func escape(_ text: String) -> String { MarkupEscaping.escape(text.utf8, apostrophe: true) }

  /// An id usable both as an HTML id and, unescaped, in a `#fragment` link: document ids come from
  /// file names, which may hold spaces, `#` or `%`.
  static func anchor(_ parts: String...) -> String {
    var anchor = [UInt8]()
    anchor.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
    appendAnchor(parts, to: &anchor)
    return String(decoding: anchor, as: UTF8.self)
  }

  /// `anchor(parts…)` appended to bytes: the report makes several anchors per mention, and an
  /// entity id's "/" is escaped in each, so no array is made per escaped scalar.
  static func appendAnchor(_ parts: [String], to anchor: inout [UInt8]) {
    for (index, part) in parts.enumerated() {
      if index > 0 { anchor.append(UInt8(ascii: "-")) }
      for scalar in part.unicodeScalars {
        let value = scalar.value
        if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x5F || value == 0x2E {
          anchor.append(UInt8(value))
        } else {
          anchor.append(UInt8(ascii: "~"))
          // Lowercase hex without leading zeros, most significant digit first.
          var shift = (31 - (value | 1).leadingZeroBitCount) / 4 * 4
          while shift >= 0 {
            anchor.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
            shift -= 4
          }
        }
      }
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)
}
