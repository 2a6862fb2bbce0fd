/// Escaping and anchors for the HTML report.
enum HTML {
  /// Text for element content and double-quoted attribute values.
  static func escape(_ text: String) -> String { MarkupEscaping.escape(text.utf8, apostrophe: true) }

  /// `escape` over UTF-8 bytes, for slices of a document without building Strings per piece.
  static func escape(utf8 bytes: ArraySlice<UInt8>) -> String { MarkupEscaping.escape(bytes, apostrophe: true) }

  /// An id usable both as an HTML id and, unescaped, in a `#fragment` link: document ids come from
  /// file names, which may hold spaces, `#` or `%`.
  static func anchor(_ parts: String...) -> String {
    var anchor = ""
    for (index, part) in parts.enumerated() {
      if index > 0 { anchor += "-" }
      for scalar in part.unicodeScalars {
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "." {
          anchor.unicodeScalars.append(scalar)
        } else {
          anchor += "~" + String(scalar.value, radix: 16)
        }
      }
    }
    return anchor
  }
}
