/// Builds one JSON object at a time into a UTF-8 byte buffer, keys in the order written.
///
/// Hand-written because records are written by the million and Foundation's JSONEncoder neither
/// keeps key order nor keeps up (≈30 MB/s for a trivial filter); escaping follows RFC 8259.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  private var needsComma: [Bool] = []

  public init() {}

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma.append(false)
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma.removeLast()
    markWritten()
  }

  public mutating func beginArray(_ key: String? = nil) {
    if let key { self.key(key) } else { separate() }
    bytes.append(UInt8(ascii: "["))
    needsComma.append(false)
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma.removeLast()
    markWritten()
  }

  public mutating func key(_ key: String) {
    separate()
    appendString(key.utf8)
    bytes.append(UInt8(ascii: ":"))
    if !needsComma.isEmpty { needsComma[needsComma.count - 1] = false }
  }

  public mutating func field(_ key: String, _ value: String) {
    self.key(key)
    appendString(value.utf8)
    markWritten()
  }

  /// A string field from UTF-8 bytes that are known to be valid.
  public mutating func field<C: Collection>(_ key: String, utf8 value: C) where C.Element == UInt8 {
    self.key(key)
    appendString(value)
    markWritten()
  }

  public mutating func field(_ key: String, _ value: Int) {
    self.key(key)
    appendInteger(value)
    markWritten()
  }

  public mutating func field(_ key: String, _ value: Double) {
    self.key(key)
    bytes.append(contentsOf: Self.format(value).utf8)
    markWritten()
  }

  public mutating func field(_ key: String, _ value: Bool) {
    self.key(key)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
    markWritten()
  }

  public mutating func nullField(_ key: String) {
    self.key(key)
    bytes.append(contentsOf: "null".utf8)
    markWritten()
  }

  public mutating func value(_ value: String) {
    separate()
    appendString(value.utf8)
    markWritten()
  }

  /// Ends a JSON Lines record.
  public mutating func newline() { bytes.append(0x0A) }

  public mutating func removeAll(keepingCapacity: Bool = true) {
    bytes.removeAll(keepingCapacity: keepingCapacity)
    needsComma.removeAll(keepingCapacity: keepingCapacity)
  }

  /// Shortest round-trip form, fixed to 4 decimals so output is stable across platforms.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    let scaled = (value * 10_000).rounded()
    var text = String(Int64(scaled))
    let negative = text.hasPrefix("-")
    if negative { text.removeFirst() }
    while text.count < 5 { text = "0" + text }
    var whole = String(text.dropLast(4))
    var fraction = String(text.suffix(4))
    while fraction.hasSuffix("0") { fraction.removeLast() }
    if whole.isEmpty { whole = "0" }
    let body = fraction.isEmpty ? whole : whole + "." + fraction
    return negative && body != "0" ? "-" + body : body
  }

  private mutating func separate() {
    guard let last = needsComma.last else { return }
    if last { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func markWritten() {
    if !needsComma.isEmpty { needsComma[needsComma.count - 1] = true }
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func appendString<C: Collection>(_ utf8: C) where C.Element == UInt8 {
    bytes.append(UInt8(ascii: "\""))
    let done: Void? = utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
    if done == nil { appendEscaped(Array(utf8).withUnsafeBufferPointer { Array($0) }) }
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscaped(_ source: [UInt8]) {
    source.withUnsafeBufferPointer { appendEscaped($0) }
  }

  /// Copies runs that need no escape in one append each; escapes the rest.
  private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    for index in 0..<source.count {
      let byte = source[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
      switch byte {
      case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
      case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
      default:
        bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
      }
      runStart = index + 1
    }
    if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
  }

  /// Decimal digits without allocating a String.
  private mutating func appendInteger(_ value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
        count += 1
      } while magnitude > 0
      bytes.append(contentsOf: buffer[(20 - count)...])
    }
  }
}
