extension MatchNormalizer {
  /// `normalize(text).scalars` for ASCII text, or nil for any other: ASCII holds no katakana,
  /// marks or letters that fold to several, so normalising it only lowercases A–Z. Building the
  /// glossary's indexes takes this path for most forms, without `NormalizedText`'s four arrays.
  static func asciiScalars(_ utf8: some Collection<UInt8>) -> [UInt32]? {
    if let scalars = utf8.withContiguousStorageIfAvailable({ asciiScalars($0) }) { return scalars }
    return asciiScalars(utf8)
  }

  private static func asciiScalars(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt32]? {
    var scalars = [UInt32]()
    scalars.reserveCapacity(utf8.count)
    for byte in utf8 {
      guard byte < 0x80 else { return nil }
      scalars.append(UInt32(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
    }
    return scalars
  }
}
