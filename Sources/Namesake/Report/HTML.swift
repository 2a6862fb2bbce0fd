/// Escaping and anchors for the HTML report.
enum HTML {
  /// Text for element content and double-quoted attribute values.
  static func escape(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// `escape` over UTF-8 bytes, for slices of a document without building Strings per piece.
  static func escape(utf8 bytes: ArraySlice<UInt8>) -> String {
    var escaped = [UInt8]()
    escaped.reserveCapacity(bytes.count + 16)
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "&"): escaped += Array("&amp;".utf8)
      case UInt8(ascii: "<"): escaped += Array("&lt;".utf8)
      case UInt8(ascii: ">"): escaped += Array("&gt;".utf8)
      case UInt8(ascii: "\""): escaped += Array("&quot;".utf8)
      case UInt8(ascii: "'"): escaped += Array("&#39;".utf8)
      default: escaped.append(byte)
      }
    }
    return String(decoding: escaped, as: UTF8.self)
  }

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
