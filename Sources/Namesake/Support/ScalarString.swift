extension String {
  /// A String of `scalars`, encoded to UTF-8 in one buffer: appending scalars one by one to a
  /// String's scalar view costs several times more, and the pipeline builds many such pieces.
  /// Encoded straight into the String's storage, sized first: no intermediate array.
  init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
    let count = scalars.reduce(0) { $0 + UTF8.width($1) }
    self.init(unsafeUninitializedCapacity: count) { buffer in
      var written = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[written] = byte
          written += 1
        }
      }
      return written
    }
  }
}

extension String {
  /// `split(whereSeparator:)` on characters equal to one of `separators` (empty pieces omitted),
  /// done on the UTF-8 bytes when every scalar is a character of its own, which is most names:
  /// breaking characters dominated building the name indexes of a large glossary.
  func split(separatorScalars separators: [Unicode.Scalar]) -> [Substring] {
    guard let pieces = pieceOffsets(separatedBy: separators) else {
      return split(whereSeparator: { character in separators.contains { Character($0) == character } })
    }
    return pieces.map { piece in
      let first = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)
      return self[first..<utf8.index(first, offsetBy: piece.count)]
    }
  }

  /// Calls `body` with the UTF-8 bytes of each piece `split(separatorScalars:)` returns, in order,
  /// and returns true; returns false without calling it when the split needs characters.
  func forEachPiece(separatedBy separators: [Unicode.Scalar], _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard let pieces = pieceOffsets(separatedBy: separators) else { return false }
    let done: Void? = utf8.withContiguousStorageIfAvailable { bytes in
      for piece in pieces { body(UnsafeBufferPointer(rebasing: bytes[piece])) }
    }
    return done != nil
  }

  /// The byte ranges of the non-empty pieces between `separators`, or nil when a scalar may not
  /// be a character of its own (or the bytes are not contiguous): then only characters can say.
  private func pieceOffsets(separatedBy separators: [Unicode.Scalar]) -> [Range<Int>]? {
    let values = separators.map { $0.value }
    let pieces = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
      var pieces = [Range<Int>]()
      pieces.reserveCapacity(4)
      var start = 0
      var index = 0
      while index < bytes.count {
        guard let (value, length) = Self.ownCharacter(bytes, at: index) else { return nil }
        if values.contains(value) {
          if start < index { pieces.append(start..<index) }
          start = index + length
        }
        index += length
      }
      if start < bytes.count { pieces.append(start..<bytes.count) }
      return pieces
    }
    return pieces ?? nil
  }

  /// The scalar at `index` of valid UTF-8 and its length in bytes, if it is a character of its
  /// own whatever surrounds it (UAX #29), else nil: below the combining marks (U+0300) none
  /// extends or prepends, except CR before LF; nor does katakana (U+30A0–U+30FF, voicing marks
  /// are outside it) or the half-width middle dot.
  private static func ownCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    let lead = bytes[index]
    switch lead {
    case 0x0D: return nil
    case ..<0x80: return (UInt32(lead), 1)
    case 0xC2...0xCB: return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
    case 0xE3, 0xEF:
      let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
      return (0x30A0...0x30FF).contains(value) || value == 0xFF65 ? (value, 3) : nil
    default: return nil
    }
  }
}

extension String {
  /// Whether a UTF-8 byte satisfies `predicate`, read from contiguous storage where possible
  /// (iterating a String's UTF8View is several times slower: a tenth of the shared-form check).
  func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
  }
}

extension Array where Element == Unicode.Scalar {
  /// The scalars of UTF-8 bytes in one pass, ASCII taken directly. (`Array(String(decoding:)
  /// .unicodeScalars)` made a String, counted its scalars, then copied them: three passes, 6% of
  /// aligning English.) Bytes that are not valid UTF-8 give what that expression gives.
  init(utf8 bytes: ArraySlice<UInt8>) {
    var scalars = [Unicode.Scalar]()
    scalars.reserveCapacity(bytes.count)
    let end = bytes.withUnsafeBufferPointer { decodeUTF8($0) { scalar, _ in scalars.append(scalar) } }
    self = end == bytes.count ? scalars : Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
  }
}

/// Calls `body` with each scalar of the UTF-8 in `buffer` and the byte offset it starts at, ASCII
/// taken directly; returns where decoding stopped: the end, or the first byte of a sequence that
/// is not valid UTF-8.
func decodeUTF8(_ buffer: UnsafeBufferPointer<UInt8>, _ body: (Unicode.Scalar, Int) -> Void) -> Int {
  var position = 0
  while position < buffer.count {
    let byte = buffer[position]
    if byte < 0x80 {
      body(Unicode.Scalar(byte), position)
      position += 1
      continue
    }
    guard let (scalar, width) = decodeMultibyteUTF8(buffer, at: position) else { return position }
    body(scalar, position)
    position += width
  }
  return position
}

/// The scalar of the multi-byte sequence at `position` and its length, or nil unless the bytes
/// there are well-formed UTF-8 (Unicode Table 3-7: no overlong forms, surrogates or values past
/// U+10FFFF). Written out: the standard library's decoder, through an iterator per sequence, was
/// most of decoding Japanese, where every scalar takes this path.
@inline(__always)
func decodeMultibyteUTF8(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int) -> (Unicode.Scalar, Int)? {
  let lead = buffer[position]
  let width: Int, second: ClosedRange<UInt8>
  switch lead {
  case 0xC2...0xDF: (width, second) = (2, 0x80...0xBF)
  case 0xE0: (width, second) = (3, 0xA0...0xBF)
  case 0xED: (width, second) = (3, 0x80...0x9F)
  case 0xE1...0xEF: (width, second) = (3, 0x80...0xBF)
  case 0xF0: (width, second) = (4, 0x90...0xBF)
  case 0xF4: (width, second) = (4, 0x80...0x8F)
  case 0xF1...0xF3: (width, second) = (4, 0x80...0xBF)
  default: return nil
  }
  guard position + width <= buffer.count, second.contains(buffer[position + 1]) else { return nil }
  var value = UInt32(lead & (0x7F >> width))
  for next in 1..<width {
    let byte = buffer[position + next]
    guard next == 1 || byte & 0xC0 == 0x80 else { return nil }
    value = value << 6 | UInt32(byte & 0x3F)
  }
  guard let scalar = Unicode.Scalar(value) else { return nil }
  return (scalar, width)
}
