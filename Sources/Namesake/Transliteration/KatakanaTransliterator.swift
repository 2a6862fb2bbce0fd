/// Writes Vietnamese names in katakana the way Japanese news does, from the table in
/// `Languages/Data/vi-ja.tsv`: per syllable, the onset's katakana row at the rhyme's first vowel,
/// then the rhyme's tail. Variants (ヴ/バ行, ザ/ジャ, long or short open syllables, ック/ク) come
/// from the table's alternatives; the first of each is the convention.
public struct KatakanaTransliterator: Sendable {
  /// Onset → rows (the first is the convention), each row five kana for a i u e o.
  private let onsets: [String: [[String]]]
  /// Rhyme → (first vowel index, tails).
  private let rhymes: [String: (vowel: Int, tails: [String])]
  private let syllables: VietnameseSyllables

  public init() throws(LanguageDataError) {
    let file = try LanguageDataFile.embedded("vi-ja.tsv", knownTypes: ["onset", "rhyme"])
    var onsets = [String: [[String]]]()
    var rhymes = [String: (Int, [String])]()
    for row in file.rows {
      let fields = row.fields
      guard fields.count >= 3 else { throw LanguageDataError(file: file.name, line: row.line, reason: "expected type, key, value") }
      switch row.type {
      case "onset":
        let rows = fields[2].split(separator: "|").map { $0.split(separator: " ").map(String.init) }
        guard rows.allSatisfy({ $0.count == 5 }) else {
          throw LanguageDataError(file: file.name, line: row.line, reason: "an onset row has five kana (a i u e o)")
        }
        onsets[fields[1] == "-" ? "" : fields[1]] = rows
      default:
        guard fields.count >= 4, let vowel = ["a", "i", "u", "e", "o"].firstIndex(of: fields[2]) else {
          throw LanguageDataError(file: file.name, line: row.line, reason: "a rhyme has a first vowel (a i u e o) and tails")
        }
        rhymes[fields[1]] = (vowel, fields[3].split(separator: "|").map { $0 == "-" ? "" : String($0) })
      }
    }
    self.onsets = onsets
    self.rhymes = rhymes
    syllables = try VietnameseSyllables()
  }

  /// Katakana spellings of one syllable, the conventional one first; empty if it is not one.
  public func variants(of word: String) -> [String] {
    guard let syllable = syllables.parse(word) else { return [] }
    var onsetKeys = [syllable.onset]
    // Without diacritics, d may stand for đ ("Duc" for Đức).
    if syllable.onset == "d" && !syllable.hasDiacritics { onsetKeys.append("đ") }
    guard let rhyme = rhymes[syllable.rhyme] else { return [] }
    var result = [String]()
    for key in onsetKeys {
      for row in onsets[key] ?? [] {
        for tail in rhyme.tails where !result.contains(row[rhyme.vowel] + tail) { result.append(row[rhyme.vowel] + tail) }
      }
    }
    return result
  }

  /// The conventional katakana of a name, syllables joined by ・ ("Nguyễn Duy Ngọc" → グエン・ズイ・ゴック);
  /// nil if a word is not a Vietnamese syllable.
  public func conventional(_ name: String, separator: String = "・") -> String? {
    var parts = [String]()
    for word in name.split(separator: " ") {
      guard let first = variants(of: String(word)).first else { return nil }
      parts.append(first)
    }
    return parts.joined(separator: separator)
  }
}
