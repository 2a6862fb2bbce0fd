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
      while i < bytes.count {
        if bytes[i] < 0x80 {
          out[o] = UInt16(bytes[i])
          o += 1
          i += 1
        } else {
          guard let (scalar, width) = decodeMultibyteUTF8(bytes, at: i) else { break }
          UTF16.encode(scalar) { unit in
            out[o] = unit
            o += 1
          }
          i += width
        }
        scalars += 1
      }
      if i < bytes.count { failure = i }
      written = o
    }
    if let failure { return .failure(Failure(byteOffset: failure)) }
    return .success(Decoded(utf16: units, scalarCount: scalars))
  }
}
