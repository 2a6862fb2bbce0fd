/// Identifies a document's language from its script and frequent short words.
///
/// Kana means Japanese. Latin text is scored by the share of its words that are function words of
/// each language (from the language data), with Vietnamese's own letters (ơ, ư, đ, ạ, …) as
/// strong evidence. Other scripts, or Latin text without enough function words, are refused.
public struct LanguageIdentifier: Sendable {
  private let functionWords: [(Language, Set<String>)]
  /// Share of words that must be function words of the winner.
  static let minimumFunctionWordShare = 0.12
  /// Letters examined; the start of a document is enough.
  static let sampleLimit = 20_000

  public init() throws(LanguageDataError) {
    var lists = [(Language, Set<String>)]()
    for language in [Language.english, .swedish, .vietnamese] {
      lists.append((language, try LanguageProfile(language: language).functionWords))
    }
    functionWords = lists
  }

  /// The start of the text, enough for `sampleLimit` scalars (4 bytes at most each), cut before a
  /// scalar: decoding the whole of a 100 MB document to look at its start would copy it.
  static func sample(_ utf8: [UInt8]) -> String {
    var end = min(utf8.count, sampleLimit * 4 + 4)
    while end < utf8.count && end > 0 && utf8[end] & 0xC0 == 0x80 { end -= 1 }
    return String(decoding: utf8[..<end], as: UTF8.self)
  }

  /// The language, nil for a document with no letters (nothing to segment), or an error naming
  /// what the text looks like when that is not a supported language.
  public func identify(_ document: Document) throws(LanguageError) -> Language? {
    var counts = ScriptCounts()
    var words = [String: Int]()
    var word = ""
    var wordCount = 0
    var examined = 0
    for scalar in Self.sample(document.utf8).unicodeScalars {
      examined += 1
      if examined > Self.sampleLimit { break }
      counts.add(scalar)
      if scalar.properties.isAlphabetic {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty {
        words[word.lowercased(), default: 0] += 1
        wordCount += 1
        word = ""
      }
    }
    if !word.isEmpty {
      words[word.lowercased(), default: 0] += 1
      wordCount += 1
    }
    guard counts.letters > 0 else { return nil }
    if counts.kana * 20 >= counts.letters { return .japanese }
    if let other = counts.otherScript { throw .unidentified(file: document.origin, guess: other) }
    if counts.vietnameseLetters * 25 >= counts.latin { return .vietnamese }
    var best: (Language, Double)?
    for (language, list) in functionWords {
      let hits = words.reduce(0) { $0 + (list.contains($1.key) ? $1.value : 0) }
      let share = Double(hits) / Double(max(wordCount, 1))
      if share > (best?.1 ?? 0) { best = (language, share) }
    }
    guard let best, best.1 >= Self.minimumFunctionWordShare else {
      throw .unidentified(file: document.origin, guess: counts.latin > 0 ? "Latin-script text" : nil)
    }
    return best.0
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
