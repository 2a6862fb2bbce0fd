/// Gives each line's segments their kind: source lines and boilerplate become one segment each;
/// a short line without final punctuation is a heading.
struct SegmentClassifier: Sendable {
  let profile: LanguageProfile
  let boilerplate: [LinePattern]
  /// Source labels as UTF-16, lowercased ASCII where ASCII.
  private let sourceLabels: [[UInt16]]

  init(profile: LanguageProfile, boilerplate: [LinePattern]) {
    self.profile = profile
    self.boilerplate = boilerplate
    sourceLabels = profile.sourceLabels.map { Array($0.lowercased().utf16) }
  }

  /// The kind of a whole line (content without surrounding whitespace) if it is one unit:
  /// source or boilerplate; nil if its sentences stand.
  func lineKind(_ line: ArraySlice<UInt16>) -> SegmentKind? {
    if isSourceLine(line) { return .source }
    if line.count <= 80, boilerplate.contains(where: { $0.matches(line) }) { return .boilerplate }
    return nil
  }

  /// "Source: …", "Källa: …", "(Källa: …)", "出典：…".
  private func isSourceLine(_ line: ArraySlice<UInt16>) -> Bool {
    var start = line.startIndex
    if start < line.endIndex && (line[start] == 0x28 || line[start] == 0xFF08) { start += 1 }
    for label in sourceLabels where line.endIndex - start > label.count {
      var matched = true
      for (k, unit) in label.enumerated() {
        var c = line[start + k]
        if c >= 0x41 && c <= 0x5A { c += 0x20 }
        if c != unit {
          matched = false
          break
        }
      }
      guard matched else { continue }
      let colon = line[start + label.count]
      if colon == 0x3A || colon == 0xFF1A { return true }
    }
    return false
  }

  /// A line that is one segment, short, with a letter and without final or continuing punctuation.
  func isHeading(_ line: ArraySlice<UInt16>) -> Bool {
    var last = line.endIndex - 1
    while last > line.startIndex && UnicodeClasses.isClosingPunctuation(line[last]) { last -= 1 }
    guard last >= line.startIndex else { return false }
    let final = line[last]
    if UnicodeClasses.isTerminal(final) || UnicodeClasses.isContinuing(final) { return false }
    guard line.contains(where: UnicodeClasses.isLetter) else { return false }
    if let maximum = profile.headingMaximumCharacters, line.count > maximum { return false }
    if let maximum = profile.headingMaximumWords {
      var words = 0
      var inWord = false
      for unit in line {
        let space = UnicodeClasses.isWhitespace(unit)
        if !space && !inWord { words += 1 }
        inWord = !space
      }
      if words > maximum { return false }
    }
    return true
  }
}
