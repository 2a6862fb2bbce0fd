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
    var failure: Int?
    var scalars = 0
    // UTF-16 never needs more code units than UTF-8 has bytes.
    let units = [UInt16](unsafeUninitializedCapacity: bytes.count) { out, written in
      var i = 0
      var o = 0
      let n = bytes.count
      @inline(__always) func continuation(_ k: Int) -> UInt32? {
        let byte = bytes[k]
        return byte & 0xC0 == 0x80 ? UInt32(byte & 0x3F) : nil
      }
      decoding: while i < n {
        let b0 = bytes[i]
        if b0 < 0x80 {
          out[o] = UInt16(b0)
          o += 1
          i += 1
          scalars += 1
          continue
        }
        switch b0 {
        case 0xC2...0xDF:
          guard i + 1 < n, let c1 = continuation(i + 1) else { break decoding }
          out[o] = UInt16((UInt32(b0 & 0x1F) << 6) | c1)
          o += 1
          i += 2
        case 0xE0...0xEF:
          guard i + 2 < n, let c1 = continuation(i + 1), let c2 = continuation(i + 2) else { break decoding }
          let value = (UInt32(b0 & 0x0F) << 12) | (c1 << 6) | c2
          // Overlong (below U+0800) and surrogate (U+D800–DFFF) forms are ill-formed.
          guard value >= 0x800, value & 0xF800 != 0xD800 else { break decoding }
          out[o] = UInt16(value)
          o += 1
          i += 3
        case 0xF0...0xF4:
          guard i + 3 < n, let c1 = continuation(i + 1), let c2 = continuation(i + 2), let c3 = continuation(i + 3)
          else { break decoding }
          let value = (UInt32(b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
          guard value >= 0x10000, value <= 0x10FFFF else { break decoding }
          let v = value - 0x10000
          out[o] = UInt16(0xD800 + (v >> 10))
          out[o + 1] = UInt16(0xDC00 + (v & 0x3FF))
          o += 2
          i += 4
        default:
          break decoding
        }
        scalars += 1
      }
      if i < n { failure = i }
      written = o
    }
    if let failure { return .failure(Failure(byteOffset: failure)) }
    return .success(Decoded(utf16: units, scalarCount: scalars))
  }
}
