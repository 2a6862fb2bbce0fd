/// The corrections news text needs on top of ICU's sentence boundaries.
///
/// Works on UTF-16 offsets of one document. Each rule cites the UAX #29 rule it overrides.
struct BoundaryCorrector: Sendable {
  let profile: LanguageProfile
  let enumerators: [LinePattern]

  /// Applies every correction to ICU's `boundaries` (ascending, ending with `units.count`).
  func corrected(_ boundaries: [Int], in units: [UInt16]) -> [Int] {
    var cuts = [Int]()
    cuts.reserveCapacity(boundaries.count + 4)
    var previous = 0
    for boundary in boundaries {
      var cut = boundary
      if cut < units.count {
        cut = movedBeforeOpeningMarks(cut, after: previous, in: units)
        if !endsSentence(at: cut, in: units) { continue }
      }
      if cut > previous {
        addSplitsBeforeNumbers(from: previous, to: cut, in: units, into: &cuts)
        cuts.append(cut)
        previous = cut
      }
    }
    return cuts
  }

  /// UAX #29 SB9–SB11 let Close* take opening brackets and quotes, so ICU cuts "。「次" after 「.
  /// The opening marks belong to the next sentence.
  private func movedBeforeOpeningMarks(_ cut: Int, after previous: Int, in u: [UInt16]) -> Int {
    var k = cut
    while k > previous + 1 && UnicodeClasses.isWhitespace(u[k - 1]) && !UnicodeClasses.isLineBreak(u[k - 1]) {
      k -= 1
    }
    var opened = k
    while opened > previous + 1 && isOpening(u[opened - 1]) { opened -= 1 }
    guard opened < k else { return cut }
    // "martyr.[1] The emperor": a footnote mark stays with the sentence it annotates.
    if let footnoteEnd = endOfFootnotes(at: opened, in: u) { return footnoteEnd }
    // Only when a terminator or a closing mark precedes: otherwise the marks were already inside.
    let before = u[opened - 1]
    guard UnicodeClasses.isTerminal(before) || UnicodeClasses.isClosingPunctuation(before) else { return cut }
    return opened
  }

  /// The end of "[1]", "[7][8]" (one to three digits in square brackets) starting at `start` and
  /// followed by a space or the end of the text; nil if there is none.
  private func endOfFootnotes(at start: Int, in u: [UInt16]) -> Int? {
    var index = start
    var found = false
    while index < u.count && u[index] == 0x5B {
      var digits = index + 1
      while digits < u.count && digits - index <= 3 && UnicodeClasses.isASCIIDigit(u[digits]) { digits += 1 }
      guard digits > index + 1, digits < u.count, u[digits] == 0x5D else { break }
      index = digits + 1
      found = true
    }
    guard found, index == u.count || UnicodeClasses.isWhitespace(u[index]) else { return nil }
    return index
  }

  private func isOpening(_ u: UInt16) -> Bool {
    profile.openingMarks.contains(u) || UnicodeClasses.isOpeningPunctuation(u)
  }

  /// Whether ICU's boundary at `cut` stands: false after an abbreviation, an initial or a list marker.
  private func endsSentence(at cut: Int, in u: [UInt16]) -> Bool {
    var end = cut
    while end > 0 && UnicodeClasses.isWhitespace(u[end - 1]) {
      if UnicodeClasses.isLineBreak(u[end - 1]) { return true }  // a line end is a hard boundary
      end -= 1
    }
    guard end > 0 else { return true }
    if isContinued(after: end, cut: cut, in: u) { return false }
    guard u[end - 1] == 0x2E else { return true }
    let tokenStart = startOfToken(endingAt: end, in: u)
    let token = u[tokenStart..<end]
    let next = firstNonSpace(from: cut, in: u)
    if isAbbreviation(token, in: profile.abbreviations) { return false }
    if let next, UnicodeClasses.isDigit(next), isAbbreviation(token, in: profile.abbreviationsBeforeNumber) {
      return false
    }
    if isAtLineStart(tokenStart, in: u), enumerators.contains(where: { $0.matches(token) }) { return false }
    // "John F. Kennedy", "J.C. Penney": initials before a capitalised name go on; before a
    // function word ("plan A. The plan …", "the U.S.A. I went") they end the sentence.
    if isInitials(token) || isAbbreviation(token, in: profile.abbreviationsBeforeFunctionWord) {
      guard let next, UnicodeClasses.isUppercase(next) || UnicodeClasses.isLowercase(next) else { return true }
      return startsWithFunctionWord(at: cut, in: u)
    }
    return true
  }

  /// UAX #29 SB11 splits after STerm and closing marks whatever follows; but "“Stop!” he said"
  /// and "「はい。」と言った" continue: true when the text after `cut` continues the sentence.
  private func isContinued(after end: Int, cut: Int, in u: [UInt16]) -> Bool {
    var k = end
    var closed = false
    while k > 0 && UnicodeClasses.isClosingPunctuation(u[k - 1]) {
      k -= 1
      closed = true
    }
    guard k > 0, UnicodeClasses.isTerminal(u[k - 1]) else { return false }
    // "これは(!)の文です", "a remark (?) that": terminators alone inside brackets are an aside.
    var terminators = k - 1
    while terminators > 0 && UnicodeClasses.isTerminal(u[terminators - 1]) { terminators -= 1 }
    if closed && terminators > 0 && isOpening(u[terminators - 1]) { return true }
    var next = cut
    while next < u.count && u[next] == 0x20 { next += 1 }
    guard next < u.count else { return false }
    if profile.lowercaseContinues && u[k - 1] != 0x2E && UnicodeClasses.isLowercase(u[next]) { return true }
    guard closed else { return false }
    return profile.quoteContinuations.contains { u[next...].starts(with: $0) }
  }

  /// "… år. 1964 gick …": ICU's SB8 sees the lowercase word after the number and joins the two
  /// sentences. Split before the number unless the full stop ends an abbreviation.
  private func addSplitsBeforeNumbers(from start: Int, to end: Int, in u: [UInt16], into cuts: inout [Int]) {
    guard profile.splitsBeforeNumber else { return }
    var i = start + 1
    while i < end - 3 {
      // Cheap test first: ". " and an ASCII digit; the rest only runs where that holds.
      guard u[i] == 0x2E, u[i + 1] == 0x20, UnicodeClasses.isASCIIDigit(u[i + 2]) else {
        i += 1
        continue
      }
      if let numberStart = numberStartingSentence(afterStop: i, end: end, in: u) { cuts.append(numberStart) }
      i += 2
    }
  }

  /// Where "word. 1964 gick" puts a new sentence: the number's start, or nil.
  private func numberStartingSentence(afterStop i: Int, end: Int, in u: [UInt16]) -> Int? {
    guard UnicodeClasses.isLetter(u[i - 1]) || UnicodeClasses.isDigit(u[i - 1]) else { return nil }
    let numberStart = i + 2
    var j = numberStart
    while j < end && (UnicodeClasses.isASCIIDigit(u[j]) || u[j] == 0x2C || u[j] == 0x2E) { j += 1 }
    guard j < end - 1, u[j] == 0x20, UnicodeClasses.isLowercase(u[j + 1]) else { return nil }
    let tokenStart = startOfToken(endingAt: i + 1, in: u)
    let token = u[tokenStart..<(i + 1)]
    let isKnownNonFinal =
      isAbbreviation(token, in: profile.abbreviations)
      || isAbbreviation(token, in: profile.abbreviationsBeforeNumber)
      || isAbbreviation(token, in: profile.abbreviationsBeforeFunctionWord)
      || isInitials(token)
      || (isAtLineStart(tokenStart, in: u) && enumerators.contains(where: { $0.matches(token) }))
    return isKnownNonFinal ? nil : numberStart
  }

  /// "F.", "J.C.", "U.S.A.": letters each followed by a full stop, the first a capital.
  private func isInitials(_ token: ArraySlice<UInt16>) -> Bool {
    guard token.count >= 2, token.count % 2 == 0, UnicodeClasses.isUppercase(token[token.startIndex]) else {
      return false
    }
    var index = token.startIndex
    while index < token.endIndex {
      guard UnicodeClasses.isLetter(token[index]), token[index + 1] == 0x2E else { return false }
      index += 2
    }
    return true
  }

  /// Whether the first word at or after `index` is one of the language's function words.
  private func startsWithFunctionWord(at index: Int, in u: [UInt16]) -> Bool {
    var start = index
    while start < u.count && UnicodeClasses.isWhitespace(u[start]) { start += 1 }
    var end = start
    while end < u.count && end - start < 16 && UnicodeClasses.isLetter(u[end]) { end += 1 }
    guard end > start else { return false }
    return profile.functionWords.contains(String(decoding: u[start..<end], as: UTF16.self).lowercased())
  }

  private func startOfToken(endingAt end: Int, in u: [UInt16]) -> Int {
    var s = end - 1
    while s > 0 && !UnicodeClasses.isWhitespace(u[s - 1]) && !isOpening(u[s - 1]) { s -= 1 }
    return s
  }

  private func firstNonSpace(from index: Int, in u: [UInt16]) -> UInt16? {
    var i = index
    while i < u.count && UnicodeClasses.isWhitespace(u[i]) && !UnicodeClasses.isLineBreak(u[i]) { i += 1 }
    return i < u.count ? u[i] : nil
  }

  private func isAtLineStart(_ index: Int, in u: [UInt16]) -> Bool {
    var i = index
    while i > 0 && UnicodeClasses.isWhitespace(u[i - 1]) && !UnicodeClasses.isLineBreak(u[i - 1]) { i -= 1 }
    return i == 0 || UnicodeClasses.isLineBreak(u[i - 1]) || (i == 1 && u[0] == 0xFEFF)
  }

  /// Exact, or with the first letter's case flipped (sentence-initial "Bl.a.", lowercase "no.").
  private func isAbbreviation(_ token: ArraySlice<UInt16>, in set: Set<[UInt16]>) -> Bool {
    guard token.count >= 2, token.count <= 12 else { return false }
    var candidate = Array(token)
    if set.contains(candidate) { return true }
    let first = candidate[0]
    if first >= 0x41 && first <= 0x5A {
      candidate[0] = first + 0x20
    } else if first >= 0x61 && first <= 0x7A {
      candidate[0] = first - 0x20
    } else {
      return false
    }
    return set.contains(candidate)
  }
}
