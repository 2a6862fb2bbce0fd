/// Reads JSON (RFC 8259) values from one line of UTF-8 bytes: strings decoded to UTF-8 bytes,
/// anything else skipped after checking its syntax.
///
/// Hand-written rather than Foundation's parsers (`namesake-bench stream`, 50 MB of documents:
/// 486 MB/s against JSONDecoder's 328 and JSONSerialization's 342): JSONSerialization drops U+FEFF
/// inside strings, which would shift every offset after it; neither says which field was wrong
/// nor at which byte, nor refuses a field given twice (each keeps one of them).
/// Failures are `StreamDocumentError`'s `malformed`, `invalidUTF8` and `loneSurrogate`.
struct JSONScanner {
  typealias Failure = StreamDocumentError

  /// The kinds of JSON value, named as messages say them.
  enum ValueKind: String {
    case string, number, object, array, boolean, null
  }

  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  var atEnd: Bool { position >= bytes.count }

  /// The next byte after whitespace, without consuming it.
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return atEnd ? nil : bytes[position]
  }

  /// Consumes `byte` after whitespace, or fails saying what was expected.
  mutating func consume(_ byte: UInt8, expected: String) throws(Failure) {
    guard peek() == byte else { throw .malformed(byteOffset: position, expected: expected) }
    position += 1
  }

  /// Consumes `byte` after whitespace if it is next.
  mutating func consumeIfPresent(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    position += 1
    return true
  }

  /// The kind of the value that starts next, without consuming it.
  mutating func nextKind() throws(Failure) -> ValueKind {
    guard let byte = peek() else { throw .malformed(byteOffset: position, expected: "a value") }
    switch byte {
    case UInt8(ascii: "\""): return .string
    case UInt8(ascii: "{"): return .object
    case UInt8(ascii: "["): return .array
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
    case UInt8(ascii: "n"): return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
    default: throw .malformed(byteOffset: position, expected: "a value")
    }
  }

  /// A string's contents as UTF-8, escapes resolved.
  mutating func string() throws(Failure) -> [UInt8] {
    try consume(UInt8(ascii: "\""), expected: "a string")
    var output = [UInt8]()
    var runStart = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte >= 0x80 {
        position = try Self.validatedSequenceEnd(bytes, at: position)
        continue
      }
      guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 else {
        position += 1
        continue
      }
      // Unescaped runs are copied whole: most of a document's text is one run.
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
      if byte == UInt8(ascii: "\"") {
        position += 1
        return output
      }
      guard byte == UInt8(ascii: "\\") else {
        throw .malformed(byteOffset: position, expected: "an escape instead of a control character")
      }
      try appendEscape(to: &output)
      runStart = position
    }
    throw .malformed(byteOffset: position, expected: "the end of the string")
  }

  /// Skips one value of any kind, checking its syntax; iterative, so deep nesting cannot exhaust
  /// the stack.
  mutating func skipValue() throws(Failure) -> ValueKind {
    let kind = try nextKind()
    var open = [UInt8]()
    repeat {
      try skipScalarOrOpen(&open)
      // After a value: close what ends here, or move to the next element.
      while let container = open.last {
        let close = container == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        if consumeIfPresent(close) {
          open.removeLast()
        } else {
          try consume(UInt8(ascii: ","), expected: "',' or '\(Character(Unicode.Scalar(close)))'")
          if container == UInt8(ascii: "{") { try skipKey() }
          break
        }
      }
    } while !open.isEmpty
    return kind
  }

  /// Skips a string, number or literal, or opens containers (each with its first key) down to
  /// the first value that is neither, pushing them on `open`; an empty container is skipped whole.
  private mutating func skipScalarOrOpen(_ open: inout [UInt8]) throws(Failure) {
    while true {
      switch try nextKind() {
      case .string: _ = try string(); return
      case .number: try skipNumber(); return
      case .boolean: try skipLiteral(bytes[position] == UInt8(ascii: "t") ? "true" : "false"); return
      case .null: try skipLiteral("null"); return
      case .object:
        position += 1
        if consumeIfPresent(UInt8(ascii: "}")) { return }
        open.append(UInt8(ascii: "{"))
        try skipKey()
      case .array:
        position += 1
        if consumeIfPresent(UInt8(ascii: "]")) { return }
        open.append(UInt8(ascii: "["))
      }
    }
  }

  private mutating func skipKey() throws(Failure) {
    _ = try string()
    try consume(UInt8(ascii: ":"), expected: "':'")
  }

  private mutating func skipLiteral(_ literal: StaticString) throws(Failure) {
    let start = position
    let count = literal.utf8CodeUnitCount
    guard bytes.count - position >= count else { throw .malformed(byteOffset: start, expected: "a value") }
    for index in 0..<count where bytes[position + index] != literal.utf8Start[index] {
      throw .malformed(byteOffset: start, expected: "a value")
    }
    position += count
  }

  /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  private mutating func skipNumber() throws(Failure) {
    let start = position
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    let leadingZero = !atEnd && bytes[position] == UInt8(ascii: "0")
    let whole = skipDigits()
    guard whole > 0, !(leadingZero && whole > 1) else { throw .malformed(byteOffset: start, expected: "a number") }
    if !atEnd && bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard skipDigits() > 0 else { throw .malformed(byteOffset: position, expected: "a digit") }
    }
    if !atEnd && (bytes[position] | 0x20) == UInt8(ascii: "e") {
      position += 1
      if !atEnd && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) { position += 1 }
      guard skipDigits() > 0 else { throw .malformed(byteOffset: position, expected: "a digit") }
    }
  }

  /// The number of ASCII digits skipped.
  private mutating func skipDigits() -> Int {
    let first = position
    while !atEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
    return position - first
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  /// Resolves the escape at `position` (a backslash), including UTF-16 surrogate pairs.
  private mutating func appendEscape(to output: inout [UInt8]) throws(Failure) {
    let start = position
    guard position + 1 < bytes.count else { throw .malformed(byteOffset: start, expected: "an escape") }
    let letter = bytes[position + 1]
    position += 2
    let simple: UInt8? =
      switch letter {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): letter
      case UInt8(ascii: "b"): 0x08
      case UInt8(ascii: "f"): 0x0C
      case UInt8(ascii: "n"): 0x0A
      case UInt8(ascii: "r"): 0x0D
      case UInt8(ascii: "t"): 0x09
      default: nil
      }
    if let simple {
      output.append(simple)
      return
    }
    guard letter == UInt8(ascii: "u") else { throw .malformed(byteOffset: start, expected: "an escape") }
    var value = try hex4(at: start)
    if (0xD800...0xDBFF).contains(value) {
      // A high surrogate must be followed by an escaped low one; the pair is one scalar.
      guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
      else { throw .loneSurrogate(byteOffset: start) }
      position += 2
      let low = try hex4(at: position - 2)
      guard (0xDC00...0xDFFF).contains(low) else { throw .loneSurrogate(byteOffset: start) }
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    } else if (0xDC00...0xDFFF).contains(value) {
      throw .loneSurrogate(byteOffset: start)
    }
    Self.appendUTF8(value, to: &output)
  }

  /// The UTF-8 form of a scalar value (surrogates were excluded by the caller).
  private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
    switch value {
    case ..<0x80:
      output.append(UInt8(value))
    case ..<0x800:
      output.append(contentsOf: [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)])
    case ..<0x10000:
      output.append(contentsOf: [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)])
    default:
      output.append(contentsOf: [
        UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F),
      ])
    }
  }

  /// Four hex digits at `position`; `escape` is where the escape began, for the message.
  private mutating func hex4(at escape: Int) throws(Failure) -> UInt32 {
    guard bytes.count - position >= 4 else { throw .malformed(byteOffset: escape, expected: "four hex digits") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw .malformed(byteOffset: escape, expected: "four hex digits")
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  /// The end of the well-formed UTF-8 sequence at `index` (Unicode Table 3-7), or a failure there.
  static func validatedSequenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) throws(Failure) -> Int {
    let lead = bytes[index]
    let length: Int
    var secondRange: ClosedRange<UInt8> = 0x80...0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; secondRange = 0xA0...0xBF  // no overlong forms
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; secondRange = 0x80...0x9F  // no surrogates
    case 0xF0: length = 4; secondRange = 0x90...0xBF
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; secondRange = 0x80...0x8F  // nothing above U+10FFFF
    default: throw .invalidUTF8(byteOffset: index)
    }
    guard bytes.count - index >= length, secondRange.contains(bytes[index + 1]) else { throw .invalidUTF8(byteOffset: index) }
    for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
      throw .invalidUTF8(byteOffset: index)
    }
    return index + length
  }
}
