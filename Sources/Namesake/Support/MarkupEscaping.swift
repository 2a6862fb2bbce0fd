/// Escapes text for XML and HTML (element content and double-quoted attributes), byte by byte:
/// the writers of TMX, TBX and the QA report pass every segment of a corpus through here.
enum MarkupEscaping {
  static func escape<Bytes: Collection<UInt8>>(_ bytes: Bytes, apostrophe: Bool) -> String {
    var escaped = [UInt8]()
    escaped.reserveCapacity(bytes.count + 16)
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "&"): escaped += Array("&amp;".utf8)
      case UInt8(ascii: "<"): escaped += Array("&lt;".utf8)
      case UInt8(ascii: ">"): escaped += Array("&gt;".utf8)
      case UInt8(ascii: "\""): escaped += Array("&quot;".utf8)
      case UInt8(ascii: "'") where apostrophe: escaped += Array("&#39;".utf8)
      default: escaped.append(byte)
      }
    }
    return String(decoding: escaped, as: UTF8.self)
  }
}
