/// Escapes text for XML and HTML (element content and double-quoted attributes), byte by byte:
/// the writers of TMX, TBX and the QA report pass every segment of a corpus through here.
enum MarkupEscaping {
  static func escape<Bytes: Collection<UInt8>>(_ bytes: Bytes, apostrophe: Bool) -> String {
    if let escaped = bytes.withContiguousStorageIfAvailable({ escape($0, apostrophe: apostrophe) }) { return escaped }
    return Array(bytes).withUnsafeBufferPointer { escape($0, apostrophe: apostrophe) }
  }

  /// Text with nothing to escape (most segments) is decoded as it is.
  private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool) -> String {
    guard bytes.contains(where: { isSpecial($0, apostrophe: apostrophe) }) else { return String(decoding: bytes, as: UTF8.self) }
    var escaped = [UInt8]()
    escaped.reserveCapacity(bytes.count + 16)
    append(bytes, apostrophe: apostrophe, to: &escaped)
    return String(decoding: escaped, as: UTF8.self)
  }

  /// Appends `bytes` escaped to `out`, the runs between special bytes copied whole.
  static func append(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool, to out: inout [UInt8]) {
    var run = 0
    for (index, byte) in bytes.enumerated() where isSpecial(byte, apostrophe: apostrophe) {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
      switch byte {
      case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
      case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
      case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
      case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
      default: out.append(contentsOf: "&#39;".utf8)
      }
      run = index + 1
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
  }

  @inline(__always)
  private static func isSpecial(_ byte: UInt8, apostrophe: Bool) -> Bool {
    byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
      || (apostrophe && byte == UInt8(ascii: "'"))
  }
}

/// Markup assembled as UTF-8 bytes, for the QA report's rows and the TMX units: built by String
/// interpolation and appends, the rows were a fifth of align's time in Japanese.
struct MarkupBytes {
  private(set) var bytes: [UInt8] = []

  /// Markup as written (tags, attribute names).
  mutating func append(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Text that is markup already, or needs no escaping (anchors, language codes).
  mutating func append(markup text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  mutating func append(_ number: Int) {
    bytes.append(contentsOf: String(number).utf8)
  }

  /// Text for element content or a double-quoted attribute value, as `HTML.escape`; without
  /// `apostrophe`, as XML needs it (TMX, TBX).
  mutating func append(escaping text: String, apostrophe: Bool = true) {
    var text = text
    text.withUTF8 { MarkupEscaping.append($0, apostrophe: apostrophe, to: &bytes) }
  }

  mutating func append(escaping utf8: ArraySlice<UInt8>, apostrophe: Bool = true) {
    utf8.withUnsafeBufferPointer { MarkupEscaping.append($0, apostrophe: apostrophe, to: &bytes) }
  }

  /// `HTML.anchor(parts…)`.
  mutating func append(anchor parts: String...) {
    HTML.appendAnchor(parts, to: &bytes)
  }
}
