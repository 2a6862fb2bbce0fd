/// Recognises Vietnamese syllables written with or without diacritics, from the onset and rhyme
/// inventory in `Languages/Data/vi-syllables.tsv`.
public struct VietnameseSyllables: Sendable {
  private let onsets: Set<String>
  private let rhymes: Set<String>
  var onsetSet: Set<String> { onsets }
  var rhymeSet: Set<String> { rhymes }
  private let normalizer = MatchNormalizer()

  /// The same inventories as packed ASCII (`packed`), for the per-word check.
  private let packedOnsets: Set<UInt64>
  private let packedRhymes: Set<UInt64>

  public init() throws(LanguageDataError) {
    let file = try LanguageDataFile.embedded("vi-syllables.tsv", knownTypes: ["onset", "rhyme"])
    onsets = Set(file.values("onset"))
    rhymes = Set(file.values("rhyme"))
    packedOnsets = Set(onsets.map { Self.packed(Array($0.utf8)[...]) })
    packedRhymes = Set(rhymes.map { Self.packed(Array($0.utf8)[...]) })
  }

  /// Up to 7 ASCII bytes and their count in one integer: hashing it costs far less than a String.
  private static func packed(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var value = UInt64(bytes.count) << 56
    for (index, byte) in bytes.prefix(7).enumerated() { value |= UInt64(byte) << (8 * index) }
    return value
  }

  /// Whether `word` (one syllable, any case, diacritics optional) is a Vietnamese syllable.
  public func isSyllable(_ word: String) -> Bool {
    // Asked for every capitalised word of every Latin-script document: an ASCII word is folded
    // by lowercasing its bytes; others go through the matcher's normalisation (Tô → to).
    var folded = [UInt8]()
    if word.utf8.count <= 7 && word.utf8.allSatisfy({ $0 < 0x80 }) {
      folded = word.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
    } else {
      folded = Array(normalizer.normalize(word).text.utf8)
    }
    guard !folded.isEmpty, folded.count <= 7, folded.allSatisfy({ (0x61...0x7A).contains($0) || (0x41...0x5A).contains($0) }) else { return false }
    if packedRhymes.contains(Self.packed(folded[...])) { return true }
    // Longest onset first: "ngh" before "ng" before "n".
    for length in stride(from: min(3, folded.count - 1), through: 1, by: -1) {
      if packedOnsets.contains(Self.packed(folded[..<length])) && packedRhymes.contains(Self.packed(folded[length...])) { return true }
    }
    return false
  }
}
