@testable import Namesake
import Testing

/// The identifier looks most words up as packed ASCII and skips words too long to match; it must
/// answer exactly as the plain definition does: every run of letters in the first `sampleLimit`
/// scalars, lowercased, looked up in each language's function words.
@Suite struct LanguageIdentifierReferenceTests {
  static func referenceIdentify(_ document: Document, _ lists: [(Language, Set<String>)]) throws -> Language? {
    var words = [String]()
    var word = ""
    var letters = 0, kana = 0, latin = 0, vietnamese = 0, other = [Int](repeating: 0, count: 3)
    for scalar in document.text.unicodeScalars.prefix(LanguageIdentifier.sampleLimit) {
      guard scalar.properties.isAlphabetic else {
        if !word.isEmpty { words.append(word.lowercased()) }
        word = ""
        continue
      }
      word.unicodeScalars.append(scalar)
      letters += 1
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF:
        latin += 1
        if [0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0].contains(scalar.value)
          || (0x1EA0...0x1EF9).contains(scalar.value) { vietnamese += 1 }
      case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: kana += 1
      case 0x4E00...0x9FFF: other[0] += 1
      case 0x0400...0x052F: other[1] += 1
      case 0x0370...0x03FF: other[2] += 1
      default: break
      }
    }
    if !word.isEmpty { words.append(word.lowercased()) }
    guard letters > 0 else { return nil }
    if kana * 20 >= letters { return .japanese }
    if other.contains(where: { $0 > latin }) { throw LanguageError.unidentified(file: document.origin, guess: nil) }
    if vietnamese * 25 >= latin { return .vietnamese }
    var best: (Language, Double)?
    for (language, list) in lists {
      let share = Double(words.filter(list.contains).count) / Double(max(words.count, 1))
      if share > (best?.1 ?? 0) { best = (language, share) }
    }
    guard let best, best.1 >= LanguageIdentifier.minimumFunctionWordShare else {
      throw LanguageError.unidentified(file: document.origin, guess: nil)
    }
    return best.0
  }

  /// Pieces that stress the shortcuts: function words in every case, long and non-ASCII words,
  /// letters whose lowercase is ASCII (K, the Kelvin sign) or longer (İ), decomposed letters,
  /// other scripts, and separators that are not letters.
  static let pieces: [String] = [
    "the", "The", "THE", "och", "Och", "för", "FÖR", "fo\u{308}r", "på", "PÅ", "của", "cua", "và", "Meanwhile",
    "MEANWHILE", "however", "Nguyen", "Đà", "Nẵng", "Tổng", "thư", "\u{212A}", "\u{212A}an", "İ", "i\u{307}",
    "stadspartikommitté", "Generalsekreterare", "ダナン", "書記長", "会議", "Генеральный", "Ελλάδα", "x", "ab",
    "abcdefgh", "abcdefghi", " ", " ", "  ", ", ", ". ", "\n", "-", "'", "2024", "’s", "\u{301}",
  ]

  @Test func answersAsThePlainDefinition() throws {
    let identifier = try LanguageIdentifier()
    let lists = try [Language.english, .swedish, .vietnamese].map { ($0, try LanguageProfile(language: $0).functionWords) }
    var outcomes = Set<String>()
    var generator = SplitMix64(seed: 0x1D_E7)
    var disagreements = [String]()
    for round in 0..<3_000 {
      let count = round < 2_990 ? Int.random(in: 1...60, using: &generator) : LanguageIdentifier.sampleLimit / 2
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
      let document = Document(id: "t", text: text)
      let expected = Result { try Self.referenceIdentify(document, lists) }
      let actual = Result { try identifier.identify(document) }
      switch (expected, actual) {
      case (.success(let a), .success(let b)) where a == b: outcomes.insert(a?.rawValue ?? "none")
      case (.failure, .failure): outcomes.insert("refused")
      default: disagreements.append("\(text.debugDescription): \(expected) against \(actual)")
      }
    }
    #expect(disagreements.count == 0, "\(disagreements.prefix(3))")
    // Every outcome occurs, so the comparison covers every branch.
    #expect(outcomes == ["en", "sv", "vi", "ja", "none", "refused"])
  }
}
