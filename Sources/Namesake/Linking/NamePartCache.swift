/// The parts of names, normalised as `MatchNormalizer().normalize(String(part)).text`, each
/// distinct short part once: the names of a large glossary share few parts (family names, common
/// given names), and splitting and normalising them was most of building `BrokenNameLinker`.
struct NamePartCache {
  private let normalizer = MatchNormalizer()
  private var known = [ShortKey: String]()

  /// `name.split(separatorScalars: separators)`, each part normalised.
  mutating func normalizedParts(of name: String, separatedBy separators: [Unicode.Scalar]) -> [String] {
    var parts = [String]()
    parts.reserveCapacity(4)
    let split = name.forEachPiece(separatedBy: separators) { bytes in parts.append(normalized(bytes)) }
    guard split else { return name.split(separatorScalars: separators).map { text(normalizer.normalize(String($0)).scalars) } }
    return parts
  }

  private mutating func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    let key = ShortKey(bytes)
    if let key, let text = known[key] { return text }
    let text = text(MatchNormalizer.asciiScalars(bytes) ?? normalizer.normalize(String(decoding: bytes, as: UTF8.self)).scalars)
    if let key { known[key] = text }
    return text
  }

  /// `NormalizedText.text` of the scalars.
  private func text(_ scalars: [UInt32]) -> String { String(scalars: scalars.lazy.compactMap(Unicode.Scalar.init)) }

  /// Up to 16 bytes packed into two words with their count: hashed and compared without a String.
  private struct ShortKey: Hashable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    var count: Int

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard bytes.count <= 16 else { return nil }
      count = bytes.count
      for (index, byte) in bytes.enumerated() {
        if index < 8 { low |= UInt64(byte) << (8 * index) } else { high |= UInt64(byte) << (8 * (index - 8)) }
      }
    }
  }
}
