/// A whole-line regular expression from the language data ("Comment \(\d+\)").
struct LinePattern: @unchecked Sendable {
  // Regex is immutable once built; @unchecked because its type is not declared Sendable.
  private let regex: Regex<AnyRegexOutput>
  let source: String
  /// Literal text every match starts with, tested before the regex runs (most lines fail it).
  private let literalPrefix: [UInt16]

  init(_ source: String, file: String) throws(SegmentationError) {
    do {
      regex = try Regex(source)
    } catch {
      throw .invalidPattern(file: file, pattern: source)
    }
    self.source = source
    literalPrefix = Array(Self.literalPrefix(of: source).utf16)
  }

  func matches(_ units: ArraySlice<UInt16>) -> Bool {
    guard units.starts(with: literalPrefix) else { return false }
    return matches(String(decoding: units, as: UTF16.self))
  }

  /// The characters before the first metacharacter; a character a quantifier applies to is not
  /// required, so it is dropped: `Comment \(\d+\)` → "Comment ", `コメント ?[…]` → "コメント".
  static func literalPrefix(of pattern: String) -> String {
    var prefix = ""
    for character in pattern {
      if "?*{".contains(character) {
        if !prefix.isEmpty { prefix.removeLast() }
        return prefix
      }
      if "\\.^$|+()[]".contains(character) { return prefix }
      prefix.append(character)
    }
    return prefix
  }

  func matches(_ text: String) -> Bool {
    (try? regex.wholeMatch(in: text)) != nil
  }
}
