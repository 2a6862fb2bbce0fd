import Foundation

/// A Vietnamese syllable split into onset, rhyme and tone.
public struct VietnameseSyllable: Sendable, Hashable {
  public enum Tone: String, Sendable, Hashable {
    case level, falling, rising, dipping, creaky, heavy
    /// The word had no diacritics at all: the tone cannot be told.
    case unmarked
  }

  /// The onset, lowercased without marks except đ ("ng", "đ", "" for none).
  public var onset: String
  /// The rhyme, lowercased without marks ("uyen" for uyễn).
  public var rhyme: String
  public var tone: Tone
  /// Whether the word was written with Vietnamese diacritics (so d and đ can be told apart).
  public var hasDiacritics: Bool
}

extension VietnameseSyllables {
  /// Parses one syllable ("Nguyễn", "Nguyen", "Đức"); nil if it is not a Vietnamese syllable.
  public func parse(_ word: String) -> VietnameseSyllable? {
    guard isSyllable(word) else { return nil }
    var letters = ""
    var tone = VietnameseSyllable.Tone.level
    var marked = false
    for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
      switch scalar.value {
      case 0x300: tone = .falling; marked = true
      case 0x301: tone = .rising; marked = true
      case 0x309: tone = .dipping; marked = true
      case 0x303: tone = .creaky; marked = true
      case 0x323: tone = .heavy; marked = true
      case 0x302, 0x306, 0x31B: marked = true  // â ê ô, ă, ơ ư: vowel quality, not tone
      default:
        if scalar == "đ" { marked = true }
        if scalar.properties.isAlphabetic { letters.unicodeScalars.append(scalar) }
      }
    }
    if !marked { tone = .unmarked }
    for length in stride(from: min(3, letters.count - 1), through: 1, by: -1) {
      let onset = String(letters.prefix(length))
      let rhyme = String(letters.dropFirst(length))
      if onsetSet.contains(onset) && rhymeSet.contains(rhyme) {
        return VietnameseSyllable(onset: onset, rhyme: rhyme, tone: tone, hasDiacritics: marked)
      }
    }
    return rhymeSet.contains(letters) ? VietnameseSyllable(onset: "", rhyme: letters, tone: tone, hasDiacritics: marked) : nil
  }
}
