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
  /// Consonant → katakana, for the words of a name that are not Vietnamese syllables.
  private let consonants: [Character: String]

  public init() throws(LanguageDataError) {
    let file = try LanguageDataFile.embedded("vi-ja.tsv", knownTypes: ["onset", "rhyme", "consonant"])
    var consonants = [Character: String]()
    var onsets = [String: [[String]]]()
    var rhymes = [String: (Int, [String])]()
    for row in file.rows {
      let fields = row.fields
      guard fields.count >= 3 else { throw LanguageDataError(file: file.name, line: row.line, reason: "expected type, key, value") }
      switch row.type {
      case "consonant":
        guard fields[1].count == 1, let letter = fields[1].first else {
          throw LanguageDataError(file: file.name, line: row.line, reason: "a consonant is one letter")
        }
        consonants[letter] = fields[2]
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
    self.consonants = consonants
    syllables = try VietnameseSyllables()
  }

  /// Katakana spellings of one syllable, the conventional one first; empty if it is not one.
  /// With `readingNonSyllables`, a word that is not one (minority-language place names such as
  /// Pleiku) is read as the longest syllables it contains with consonants between them.
  public func variants(of word: String, readingNonSyllables: Bool = false) -> [String] {
    let direct = syllableVariants(of: word)
    return direct.isEmpty && readingNonSyllables ? looseVariants(of: word) : direct
  }

  /// The word as pieces, left to right: the longest Vietnamese syllable at each point, else a
  /// lone consonant. At most `limit` combinations of the pieces' spellings.
  private func looseVariants(of word: String, limit: Int = 16) -> [String] {
    var letters = Array(word.lowercased().filter { $0 != "'" && $0 != "’" })
    if letters.last == "k" { letters[letters.count - 1] = "c" }  // Đắk: written ắc in Vietnamese spelling
    guard letters.count > 1 else { return [] }
    var pieces = [[String]]()
    var start = 0
    while start < letters.count {
      var found: (end: Int, spellings: [String])?
      for end in stride(from: letters.count, to: start, by: -1) {
        let spellings = syllableVariants(of: String(letters[start..<end]))
        if !spellings.isEmpty {
          found = (end, spellings)
          break
        }
      }
      if let found {
        pieces.append(found.spellings)
        start = found.end
      } else if let kana = consonants[letters[start]] {
        pieces.append([kana])
        start += 1
      } else {
        return []
      }
    }
    var result = [""]
    for piece in pieces {
      result = result.flatMap { prefix in piece.map { prefix + $0 } }
      if result.count > limit { result = Array(result.prefix(limit)) }
    }
    return result
  }

  private func syllableVariants(of word: String) -> [String] {
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
