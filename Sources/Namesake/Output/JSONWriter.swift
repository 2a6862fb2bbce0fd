/// Builds one JSON object at a time into a UTF-8 byte buffer, keys in the order written.
///
/// Hand-written because records are written by the million and Foundation's JSONEncoder neither
/// keeps key order nor keeps up (≈30 MB/s for a trivial filter); escaping follows RFC 8259.
public struct JSONWriter: Sendable {
  public private(set) var bytes: [UInt8] = []
  /// Open objects and arrays.
  private var level = 0
  /// Whether the innermost open container already has an element (so the next needs a comma).
  private var commaPending = false
  /// `commaPending` of each enclosing container. Kept apart from the innermost one so that a
  /// field touches a Bool rather than an array: the array's checks were 2% of writing records.
  private var enclosing: [Bool] = []

  public init() {}

  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    open()
  }

  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    close()
    markWritten()
  }

  public mutating func beginArray(_ key: Key? = nil) {
    if let key { self.key(key) } else { separate() }
    bytes.append(UInt8(ascii: "["))
    open()
  }

  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    close()
    markWritten()
  }

  /// A rendered key goes out in one append. A literal's bytes are read without String's
  /// machinery, and one that needs no escape (every key Namesake writes) goes out with its comma,
  /// quotes and colon in one append: keys were a tenth of the time of writing segment records.
  public mutating func key(_ key: Key) {
    switch key.storage {
    case .literal(let name): literalKey(name)
    case .rendered(let quoted):
      separate()
      bytes.append(contentsOf: quoted)
      commaPending = false
    }
  }

  private mutating func literalKey(_ key: StaticString) {
    let comma = commaPending
    key.withUTF8Buffer { name in
      guard name.count <= 64, !name.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        return
      }
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count + 4) { buffer in
        var count = 0
        func put(_ byte: UInt8) {
          buffer[count] = byte
          count += 1
        }
        if comma { put(UInt8(ascii: ",")) }
        put(UInt8(ascii: "\""))
        for byte in name { put(byte) }
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
      }
    }
    commaPending = false
  }

  public mutating func field(_ key: Key, _ value: String) {
    self.key(key)
    stringValue(value.utf8)
  }

  /// A string field from UTF-8 bytes that are known to be valid.
  public mutating func field<C: Collection>(_ key: Key, utf8 value: C) where C.Element == UInt8 {
    self.key(key)
    stringValue(value)
  }

  public mutating func field(_ key: Key, _ value: Int) {
    self.key(key)
    integerValue(value)
  }

  public mutating func field(_ key: Key, _ value: Double) {
    self.key(key)
    bytes.append(contentsOf: Self.format(value).utf8)
    markWritten()
  }

  public mutating func field(_ key: Key, _ value: Bool) {
    self.key(key)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
    markWritten()
  }

  public mutating func nullField(_ key: Key) {
    self.key(key)
    bytes.append(contentsOf: "null".utf8)
    markWritten()
  }

  public mutating func value(_ value: String) {
    separate()
    appendString(value.utf8)
    markWritten()
  }

  private mutating func integerValue(_ value: Int) {
    appendInteger(value)
    markWritten()
  }

  private mutating func stringValue<C: Collection>(_ utf8: C) where C.Element == UInt8 {
    appendString(utf8)
    markWritten()
  }

  /// A key: a string literal, or `rendered` once for fields written by the million (segment
  /// records), which then costs one append.
  public struct Key: Sendable, ExpressibleByStringLiteral {
    fileprivate enum Storage: Sendable {
      case literal(StaticString)
      case rendered([UInt8])
    }

    fileprivate let storage: Storage

    public init(stringLiteral name: StaticString) { storage = .literal(name) }

    /// `"name":`, rendered now.
    public static func rendered(_ name: StaticString) -> Key {
      var writer = JSONWriter()
      writer.literalKey(name)
      return Key(storage: .rendered(writer.bytes))
    }

    private init(storage: Storage) { self.storage = storage }
  }

  /// Fields rendered once and written into many objects: a document's id and language, which
  /// begin each of its records.
  public struct Fields: Sendable {
    fileprivate var bytes: [UInt8]
  }

  /// The fields `build` writes, as they would appear inside an object.
  public static func fields(_ build: (inout JSONWriter) -> Void) -> Fields {
    var writer = JSONWriter()
    writer.open()
    build(&writer)
    return Fields(bytes: writer.bytes)
  }

  public mutating func append(_ fields: Fields) {
    guard !fields.bytes.isEmpty else { return }
    separate()
    bytes.append(contentsOf: fields.bytes)
    markWritten()
  }

  /// Ends a JSON Lines record.
  public mutating func newline() { bytes.append(0x0A) }

  /// Room for `count` more bytes, so a document's records grow the buffer once.
  public mutating func reserveCapacity(more count: Int) { bytes.reserveCapacity(bytes.count + count) }

  public mutating func removeAll(keepingCapacity: Bool = true) {
    bytes.removeAll(keepingCapacity: keepingCapacity)
    enclosing.removeAll(keepingCapacity: keepingCapacity)
    level = 0
    commaPending = false
  }

  /// Shortest round-trip form, fixed to 4 decimals so output is stable across platforms.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    // Past ±9.2e14 there are no 4 decimals to fix; the shortest round-trip form is still stable.
    guard let units = Int64(exactly: (value * 10_000).rounded()) else { return String(value) }
    var text = String(units.magnitude / 10_000)
    var fraction = units.magnitude % 10_000
    if fraction != 0 {
      var digits = 4
      while fraction % 10 == 0 {
        fraction /= 10
        digits -= 1
      }
      let significant = String(fraction)
      text += "." + String(repeating: "0", count: digits - significant.count) + significant
    }
    return units < 0 ? "-" + text : text
  }

  private mutating func separate() {
    if commaPending { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func markWritten() {
    if level > 0 { commaPending = true }
  }

  private mutating func open() {
    if level > 0 { enclosing.append(commaPending) }
    level += 1
    commaPending = false
  }

  private mutating func close() {
    precondition(level > 0, "JSONWriter: a container closed that was not opened")
    level -= 1
    commaPending = level > 0 ? enclosing.removeLast() : false
  }

  private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

  private mutating func appendString<C: Collection>(_ utf8: C) where C.Element == UInt8 {
    bytes.append(UInt8(ascii: "\""))
    let done: Void? = utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
    if done == nil { Array(utf8).withUnsafeBufferPointer { appendEscaped($0) } }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Copies runs that need no escape in one append each; escapes the rest. Eight bytes are
  /// checked at once, since record text is almost never escaped and this loop was the largest
  /// single cost of `namesake segment` (13% of it, byte by byte).
  private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
    guard let base = source.baseAddress else { return }
    let count = source.count
    var runStart = 0
    var index = 0
    while index < count {
      if index + 8 <= count && !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
        index += 8
        continue
      }
      let byte = base[index]
      if byte < 0x20 || byte == 0x22 || byte == 0x5C {
        if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: index - runStart)) }
        appendEscape(byte)
        runStart = index + 1
      }
      index += 1
    }
    if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart)) }
  }

  /// Whether any of the eight bytes of `word` is a control byte, a quote or a backslash. The
  /// zero-byte test of "Bit Twiddling Hacks" has no false negatives, so a false return is exact.
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let control = (word &- ones &* 0x20) & ~word & highs
    return control != 0 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
  }

  private mutating func appendEscape(_ byte: UInt8) {
    switch byte {
    case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
    case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
    case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
    case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
    case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
    default:
      bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)]])
    }
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
