import CICUShim

/// UTF-8 → UTF-16 with ICU's converter, about twice as fast as `UTF8Transcoder` on CJK text.
/// ICU only says *that* input is ill-formed; `UTF8Transcoder` then finds *where*.
enum ICUTranscoder {
  /// The UTF-16 form of `bytes`, or nil if ICU finds them ill-formed.
  static func utf16(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
    guard bytes.count < Int(Int32.max) else { return nil }
    var status: Int32 = 0
    let units = [UInt16](unsafeUninitializedCapacity: max(bytes.count, 1)) { out, written in
      var length: Int32 = 0
      status = bytes.withMemoryRebound(to: CChar.self) { chars in
        nsk_utf8_to_utf16(chars.baseAddress, Int32(chars.count), out.baseAddress, Int32(out.count), &length)
      }
      written = status <= 0 ? Int(length) : 0
    }
    return status <= 0 ? units : nil
  }
}
