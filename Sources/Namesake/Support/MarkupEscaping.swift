/// Escapes text for XML and HTML (element content and double-quoted attributes), byte by byte:
/// the writers of TMX, TBX and the QA report pass every segment of a corpus through here.
enum MarkupEscaping {
  static func escape<Bytes: Collection<UInt8>>(_ bytes: Bytes, apostrophe: Bool) -> String {
    if let escaped = bytes.withContiguousStorageIfAvailable({ escape($0, apostrophe: apostrophe) }) { return escaped }
    return Array(bytes).withUnsafeBufferPointer { escape($0, apostrophe: apostrophe) }
  }

  /// Text with nothing to escape (most segments) is decoded as it is; otherwise runs between the
  /// special bytes are copied whole.
  private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool) -> String {
    func isSpecial(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
        || (apostrophe && byte == UInt8(ascii: "'"))
    }
    guard let first = bytes.firstIndex(where: isSpecial) else { return String(decoding: bytes, as: UTF8.self) }
    var escaped = [UInt8]()
    escaped.reserveCapacity(bytes.count + 16)
    escaped.append(contentsOf: bytes[..<first])
    for byte in bytes[first...] {
      switch byte {
      case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
      case UInt8(ascii: "'") where apostrophe: escaped.append(contentsOf: "&#39;".utf8)
      default: escaped.append(byte)
      }
    }
    return String(decoding: escaped, as: UTF8.self)
  }
}
