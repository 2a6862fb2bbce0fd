/// Identifies a document's language from its script and frequent short words.
///
/// Kana means Japanese. Latin text is scored by the share of its words that are function words of
/// each language (from the language data), with Vietnamese's own letters (ơ, ư, đ, ạ, …) as
/// strong evidence. Other scripts, or Latin text without enough function words, are refused.
public struct LanguageIdentifier: Sendable {
  private let functionWords: [(Language, Set<String>)]
  /// The function words of at most 8 ASCII letters packed into integers (`packed`), each with a
  /// bit per language of `functionWords`: most words of English and Swedish text are looked up
  /// without making a String.
  private let packedFunctionWords: [UInt64: UInt8]
  /// Words of more scalars cannot equal a function word: lowercasing and canonical decomposition
  /// never shorten a word, and no scalar decomposes into more than four.
  private let longestPossibleWord: Int
  /// ASCII words of more letters cannot equal a function word (ASCII ones are no longer; others
  /// are not ASCII, see `init`).
  private let longestASCIIWord: Int
  /// Share of words that must be function words of the winner.
  static let minimumFunctionWordShare = 0.12
  /// Letters examined; the start of a document is enough.
  static let sampleLimit = 20_000

  public init() throws(LanguageDataError) {
    var lists = [(Language, Set<String>)]()
    var packed = [UInt64: UInt8]()
    for (index, language) in [Language.english, .swedish, .vietnamese].enumerated() {
      let words = try LanguageProfile(language: language).functionWords
      for word in words {
        // Lowercase letters only: then no function word that is not ASCII can equal an ASCII word
        // (only K, ; and ` have ASCII decompositions), which the packed lookup relies on.
        guard word.unicodeScalars.allSatisfy(UnicodeClasses.isLetter), word.lowercased() == word else {
          throw LanguageDataError(file: "\(language.rawValue).tsv", line: 0, reason: "function word \"\(word)\" is not lowercase letters")
        }
        if let key = Self.packed(word.utf8) { packed[key, default: 0] |= 1 << index }
      }
      lists.append((language, words))
    }
    functionWords = lists
    packedFunctionWords = packed
    longestPossibleWord = 4 * (lists.flatMap(\.1).map(\.unicodeScalars.count).max() ?? 0)
    longestASCIIWord = lists.flatMap(\.1).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(\.utf8.count).max() ?? 0
  }

  /// ASCII letters, lowercased, as one integer; nil for anything else or more than 8 letters.
  static func packed(_ letters: some Sequence<UInt8>) -> UInt64? {
    var key: UInt64 = 0
    var count = 0
    for byte in letters {
      count += 1
      guard count <= 8, UnicodeClasses.isASCIILetter(byte) else { return nil }
      key = key << 8 | UInt64(byte | 0x20)
    }
    return key
  }

  /// Where the first `sampleLimit` scalars end in `utf8`: decoding the whole of a 100 MB document
  /// to look at its start would be wasted.
  static func sampleEnd(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
    var scalars = 0
    for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
      if scalars == sampleLimit { return offset }
      scalars += 1
    }
    return utf8.count
  }

  /// The language, nil for a document with no letters (nothing to segment), or an error naming
  /// what the text looks like when that is not a supported language.
  public func identify(_ document: Document) throws(LanguageError) -> Language? {
    let verdict = document.utf8.withUnsafeBufferPointer { utf8 -> Result<Language?, LanguageError> in
      let sample = UnsafeBufferPointer(rebasing: utf8[..<Self.sampleEnd(utf8)])
      let counts = Self.scriptCounts(sample)
      guard counts.letters > 0 else { return .success(nil) }
      if counts.kana * 20 >= counts.letters { return .success(.japanese) }
      if let other = counts.otherScript { return .failure(.unidentified(file: document.origin, guess: other)) }
      if counts.vietnameseLetters * 25 >= counts.latin { return .success(.vietnamese) }
      let (hits, wordCount) = functionWordHits(in: sample)
      var best: (Language, Double)?
      for (index, (language, _)) in functionWords.enumerated() {
        let share = Double(hits[index]) / Double(max(wordCount, 1))
        if share > (best?.1 ?? 0) { best = (language, share) }
      }
      guard let best, best.1 >= Self.minimumFunctionWordShare else {
        return .failure(.unidentified(file: document.origin, guess: counts.latin > 0 ? "Latin-script text" : nil))
      }
      return .success(best.0)
    }
    return try verdict.get()
  }

  /// The scalar starting at `offset` of a document's bytes (valid UTF-8) and its length. The
  /// loops below decode in place: through a closure, their state was boxed and checked per scalar.
  @inline(__always)
  private static func scalar(at offset: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
    decodeMultibyteUTF8(utf8, at: offset) ?? ("\u{FFFD}", 1)
  }

  private static func scriptCounts(_ text: UnsafeBufferPointer<UInt8>) -> ScriptCounts {
    var counts = ScriptCounts()
    var offset = 0
    while offset < text.count {
      if text[offset] < 0x80 {
        if UnicodeClasses.isASCIILetter(text[offset]) { counts.addASCIILetter() }
        offset += 1
        continue
      }
      let (scalar, width) = scalar(at: offset, in: text)
      counts.add(scalar)
      offset += width
    }
    return counts
  }

  /// For each language of `functionWords`, how many words (runs of letters) of `text` are its
  /// function words once lowercased; and the number of words.
  private func functionWordHits(in text: UnsafeBufferPointer<UInt8>) -> (hits: [Int], words: Int) {
    var hits = [Int](repeating: 0, count: functionWords.count)
    var words = 0
    // The word being read: where it starts, its scalars, whether all are ASCII, and its ASCII
    // letters lowercased and packed (the last 8).
    var start = 0, scalars = 0, isASCII = true, key: UInt64 = 0
    var offset = 0
    while offset <= text.count {
      var width = 1, isLetter = false
      if offset < text.count {
        let byte = text[offset]
        if byte < 0x80 {
          isLetter = UnicodeClasses.isASCIILetter(byte)
          if isLetter { key = key << 8 | UInt64(byte | 0x20) }
        } else {
          let (scalar, scalarWidth) = Self.scalar(at: offset, in: text)
          width = scalarWidth
          isLetter = UnicodeClasses.isLetter(scalar)
          if isLetter { isASCII = false }
        }
      }
      if isLetter {
        if scalars == 0 {
          start = offset
          isASCII = width == 1
          key = width == 1 ? key & 0xFF : 0
        }
        scalars += 1
      } else if scalars > 0 {
        words += 1
        if isASCII && scalars <= 8 {
          if let languages = packedFunctionWords[key] {
            for index in hits.indices where languages & (1 << index) != 0 { hits[index] += 1 }
          }
        } else if scalars <= (isASCII ? longestASCIIWord : longestPossibleWord) {
          let word = String(decoding: UnsafeBufferPointer(rebasing: text[start..<offset]), as: UTF8.self).lowercased()
          for (index, (_, list)) in functionWords.enumerated() where list.contains(word) { hits[index] += 1 }
        }
        scalars = 0
      }
      offset += width
    }
    return (hits, words)
  }
}

/// Letters per script, for identification.
private struct ScriptCounts {
  var letters = 0
  var latin = 0
  var kana = 0
  var han = 0
  var hangul = 0
  var cyrillic = 0
  var arabic = 0
  var thai = 0
  var greek = 0
  var vietnameseLetters = 0

  mutating func addASCIILetter() {
    letters += 1
    latin += 1
  }

  mutating func add(_ scalar: Unicode.Scalar) {
    guard UnicodeClasses.isLetter(scalar) else { return }
    letters += 1
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF:
      latin += 1
      if Self.isVietnamese(scalar.value) { vietnameseLetters += 1 }
    case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: kana += 1
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: han += 1
    case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: hangul += 1
    case 0x0400...0x052F: cyrillic += 1
    case 0x0600...0x06FF, 0x0750...0x077F: arabic += 1
    case 0x0E00...0x0E7F: thai += 1
    case 0x0370...0x03FF: greek += 1
    default: break
    }
  }

  /// Letters Vietnamese uses and its neighbours do not: ă ơ ư đ and the tone-marked vowels of the
  /// Latin Extended Additional block (ạ ả … ỹ).
  static func isVietnamese(_ value: UInt32) -> Bool {
    switch value {
    case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x1EA0...0x1EF9:
      return true
    default: return false
    }
  }

  /// A non-Latin script that dominates, named for the error message.
  var otherScript: String? {
    let named: [(Int, String)] = [
      (han, "Chinese (Han script without kana)"), (hangul, "Korean (Hangul)"), (cyrillic, "Cyrillic-script text"),
      (arabic, "Arabic-script text"), (thai, "Thai"), (greek, "Greek"),
    ]
    guard let top = named.max(by: { $0.0 < $1.0 }), top.0 > latin else { return nil }
    return top.1
  }
}
