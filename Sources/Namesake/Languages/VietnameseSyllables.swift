/// Recognises Vietnamese syllables written with or without diacritics, from the onset and rhyme
/// inventory in `Languages/Data/vi-syllables.tsv`.
public struct VietnameseSyllables: Sendable {
  private let onsets: Set<String>
  private let rhymes: Set<String>
  var onsetSet: Set<String> { onsets }
  var rhymeSet: Set<String> { rhymes }
  private let normalizer = MatchNormalizer()

  public init() throws(LanguageDataError) {
    let file = try LanguageDataFile.embedded("vi-syllables.tsv", knownTypes: ["onset", "rhyme"])
    onsets = Set(file.values("onset"))
    rhymes = Set(file.values("rhyme"))
  }

  /// Whether `word` (one syllable, any case, diacritics optional) is a Vietnamese syllable.
  public func isSyllable(_ word: String) -> Bool {
    let folded = normalizer.normalize(word).text
    guard !folded.isEmpty, folded.count <= 7, folded.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
    if rhymes.contains(folded) { return true }
    // Longest onset first: "ngh" before "ng" before "n".
    for length in stride(from: min(3, folded.count - 1), through: 1, by: -1) {
      let onset = String(folded.prefix(length))
      if onsets.contains(onset) && rhymes.contains(String(folded.dropFirst(length))) { return true }
    }
    return false
  }
}
