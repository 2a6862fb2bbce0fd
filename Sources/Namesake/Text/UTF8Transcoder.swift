/// Strict UTF-8 → UTF-16 transcoding that reports where the input goes wrong.
///
/// Rejects what the Unicode standard calls ill-formed (Table 3-7): overlong forms, surrogates,
/// values above U+10FFFF, truncated sequences and stray continuation bytes.
enum UTF8Transcoder {
  struct Decoded {
    var utf16: [UInt16]
    var scalarCount: Int
  }

  /// The byte offset of the first ill-formed sequence.
  struct Failure: Error {
    var byteOffset: Int
  }

  /// The UTF-16 form of `bytes`, or the byte offset of the first ill-formed sequence.
  static func transcode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Decoded, Failure> {
    var units = [UInt16]()
    units.reserveCapacity(bytes.count)
    var scalars = 0
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        units.append(UInt16(b0))
        i += 1
        scalars += 1
        continue
      }
      var value: UInt32
      var length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: value = UInt32(b0 & 0x1F); length = 2
      case 0xE0: value = 0; length = 3; lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: value = UInt32(b0 & 0x0F); length = 3
      case 0xED: value = 0xD; length = 3; upper = 0x9F
      case 0xF0: value = 0; length = 4; lower = 0x90
      case 0xF1...0xF3: value = UInt32(b0 & 0x07); length = 4
      case 0xF4: value = 4; length = 4; upper = 0x8F
      default: return .failure(Failure(byteOffset: i))
      }
      guard i + 1 < n, bytes[i + 1] >= lower, bytes[i + 1] <= upper else { return .failure(Failure(byteOffset: i)) }
      value = (value << 6) | UInt32(bytes[i + 1] & 0x3F)
      for k in 2..<length {
        guard i + k < n, bytes[i + k] & 0xC0 == 0x80 else { return .failure(Failure(byteOffset: i)) }
        value = (value << 6) | UInt32(bytes[i + k] & 0x3F)
      }
      if value >= 0x10000 {
        let v = value - 0x10000
        units.append(UInt16(0xD800 + (v >> 10)))
        units.append(UInt16(0xDC00 + (v & 0x3FF)))
      } else {
        units.append(UInt16(value))
      }
      scalars += 1
      i += length
    }
    return .success(Decoded(utf16: units, scalarCount: scalars))
  }
}
