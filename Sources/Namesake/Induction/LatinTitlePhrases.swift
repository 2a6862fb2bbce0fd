/// Finds English and Swedish title phrases the glossary does not know next to a person's name, by
/// the shape titles take: modifiers, a head noun and an optional complement opened by of/för
/// ("Deputy Minister of Foreign Affairs", "biträdande sekreterare för stadspartiets kommitté"),
/// before the name (after " " or ", ") or in apposition after it ("Name, title,").
struct LatinTitlePhrases: Sendable {
  let words: TitleWords
  /// Words looked at on either side of a name; a title is a short noun phrase.
  static let maximumTokens = 14
  static let maximumComplement = 9
  /// Titles listed before the name are read back to front ("A, B och C Name"), known ones
  /// stepped over, up to this many.
  static let maximumListed = 5

  /// A word, or a known place or organisation as one unit ("Da Nangs", "People's Committee").
  struct Token {
    var range: Range<Int>
    var text: String
    var isMention: Bool
  }

  func phrases(around person: Mention, in document: LinkedDocument) -> [TitlePhrase] {
    let language = document.language
    let lists = words.listSeparators[language] ?? []
    var ranges = [Range<Int>]()
    var cursor = gap(before: person.start, document, separators: [" ", ", "])
    for _ in 0..<Self.maximumListed {
      guard let end = cursor else { break }
      // A phrase that reaches further back than a known title is a longer title ("biträdande
      // minister" around the known "minister"); otherwise the known title is stepped over.
      let known = document.knownTitle(endingAt: end)
      let item: Range<Int>
      if let tokens = tokens(before: end, document), let phrase = phraseBefore(tokens, language),
        phrase.lowerBound < (known?.lowerBound ?? Int.max)
      {
        item = phrase
        ranges.append(phrase)
      } else if let known {
        item = known
      } else {
        break
      }
      cursor = gap(before: item.lowerBound, document, separators: [", "] + lists.map { " \($0) " })
    }
    if let (tokens, delimited) = tokens(after: person.end, document), let phrase = phraseAfter(tokens, delimited: delimited, language) {
      ranges.append(phrase)
    }
    let separators = lists.union(words.joiners[language] ?? [])
    return ranges.compactMap { range in
      guard !document.isKnownTitle(range, separators: separators) else { return nil }
      let text = document.text(range)
      return TitlePhrase(
        range: range, text: text, words: text.split(separator: " ").map(String.init), language: language, places: document.places(in: range))
    }
  }

  // MARK: Shapes

  /// The phrase that ends the tokens before a name: the nearest head whose complement reaches the
  /// name, with the modifiers before it.
  private func phraseBefore(_ tokens: [Token], _ language: Language) -> Range<Int>? {
    for h in tokens.indices.reversed() where isHead(tokens[h], language) {
      guard isComplement(tokens[(h + 1)...], language) else { continue }
      var m = h
      while m > 0 && (isModifier(tokens[m - 1], language) || tokens[m - 1].isMention) { m -= 1 }
      return acceptable(tokens[m...], language) ? tokens[m].range.lowerBound..<tokens[tokens.count - 1].range.upperBound : nil
    }
    return nil
  }

  /// An appositive title after "Name, ": modifiers, a head and its complement. Swedish complements
  /// are lowercase like the words around them, so the phrase must run up to punctuation; English
  /// ones end at the first word that is not capitalised.
  private func phraseAfter(_ tokens: [Token], delimited: Bool, _ language: Language) -> Range<Int>? {
    var h = 0
    while h < tokens.count && isModifier(tokens[h], language) { h += 1 }
    guard h < tokens.count, isHead(tokens[h], language) else { return nil }
    var end = tokens.count
    if language == .english {
      end = h + 1
      if end < tokens.count && isOpener(tokens[end], language) {
        end += 1
        while end < tokens.count && end - h <= Self.maximumComplement && isComplementWord(tokens[end], language) { end += 1 }
        // A complement does not end in "of" or "the".
        while end > h + 1 && isJoinerOrOpener(tokens[end - 1], language) { end -= 1 }
      }
    } else if !delimited || !isComplement(tokens[(h + 1)...], language) {
      return nil
    }
    return acceptable(tokens[0..<end], language) ? tokens[0].range.lowerBound..<tokens[end - 1].range.upperBound : nil
  }

  /// English needs more than a bare head ("Minister" names no office in particular) and capitals.
  private func acceptable(_ phrase: ArraySlice<Token>, _ language: Language) -> Bool {
    guard language == .english else { return !phrase.isEmpty }
    return phrase.count >= 2 && phrase.allSatisfy { $0.isMention || isCapitalised($0) || isJoinerOrOpener($0, language) }
  }

  /// Nothing, or an opener (of, för), then words of a complement, ending in neither a joiner nor
  /// an opener ("Secretary of" before a name is no title).
  private func isComplement(_ tokens: ArraySlice<Token>, _ language: Language) -> Bool {
    guard let first = tokens.first, let last = tokens.last else { return true }
    return tokens.count <= Self.maximumComplement && tokens.count > 1 && isOpener(first, language) && !isJoinerOrOpener(last, language)
      && tokens.dropFirst().allSatisfy { isComplementWord($0, language) }
  }

  /// English complements are title case ("of the People's Committee"); Swedish ones are not.
  private func isComplementWord(_ token: Token, _ language: Language) -> Bool {
    token.isMention || isJoinerOrOpener(token, language) || language == .swedish || isCapitalised(token)
      || token.text.unicodeScalars.first?.properties.numericType != nil
  }

  private func isOpener(_ token: Token, _ language: Language) -> Bool {
    (words.complementOpeners[language] ?? []).contains(token.text.lowercased())
  }

  private func isHead(_ token: Token, _ language: Language) -> Bool {
    !token.isMention && words.head(token.text, language: language) != nil && (language != .english || isCapitalised(token))
  }

  private func isModifier(_ token: Token, _ language: Language) -> Bool {
    !token.isMention && words.isModifier(token.text, language: language) && (language != .english || isCapitalised(token))
  }

  private func isJoinerOrOpener(_ token: Token, _ language: Language) -> Bool {
    isOpener(token, language) || (words.joiners[language] ?? []).contains(token.text.lowercased())
  }

  private func isCapitalised(_ token: Token) -> Bool { token.text.unicodeScalars.first?.properties.isUppercase ?? false }

  // MARK: Tokens

  /// Where the text before `offset` ends if one of `separators` comes right before it.
  private func gap(before offset: Int, _ d: LinkedDocument, separators: [String]) -> Int? {
    for separator in separators.sorted(by: { $0.count > $1.count }) {
      let length = separator.unicodeScalars.count
      if offset >= length && d.text((offset - length)..<offset).lowercased() == separator { return offset - length }
    }
    return nil
  }

  /// The words that end at `end`, back to punctuation or another person, left to right.
  private func tokens(before end: Int, _ d: LinkedDocument) -> [Token]? {
    let s = d.scalars
    var cursor = end
    var tokens = [Token]()
    while tokens.count < Self.maximumTokens, let token = token(endingAt: cursor, d) {
      tokens.insert(token, at: 0)
      cursor = token.range.lowerBound
      guard cursor >= 2 && s[cursor - 1] == " " && s[cursor - 2] != " " else { break }
      cursor -= 1
    }
    return tokens.isEmpty ? nil : tokens
  }

  /// The words after "Name, " up to punctuation or another person, and whether punctuation ends them.
  private func tokens(after start: Int, _ d: LinkedDocument) -> ([Token], Bool)? {
    let s = d.scalars
    guard start + 2 < s.count && s[start] == "," && s[start + 1] == " " else { return nil }
    var cursor = start + 2
    var tokens = [Token]()
    while tokens.count < Self.maximumTokens, let token = token(startingAt: cursor, d) {
      tokens.append(token)
      cursor = token.range.upperBound
      guard cursor + 1 < s.count && s[cursor] == " " && s[cursor + 1] != " " else { break }
      cursor += 1
    }
    guard !tokens.isEmpty else { return nil }
    let delimited = cursor >= s.count || [",", ".", ";", ":", ")", "\n"].contains(s[cursor])
    return (tokens, delimited && tokens.count < Self.maximumTokens)
  }

  private func token(endingAt end: Int, _ d: LinkedDocument) -> Token? {
    if let mention = d.mention(endingAt: end) {
      guard mention.kind == .place || mention.kind == .organization else { return nil }
      return Token(range: mention.start..<end, text: d.text(mention.start..<end), isMention: true)
    }
    var start = end
    while start > 0 && Self.isWordScalar(d.scalars[start - 1]) { start -= 1 }
    return start < end ? Token(range: start..<end, text: d.text(start..<end), isMention: false) : nil
  }

  private func token(startingAt start: Int, _ d: LinkedDocument) -> Token? {
    if let mention = d.mention(startingAt: start) {
      guard mention.kind == .place || mention.kind == .organization else { return nil }
      let end = LinkedDocument.end(of: mention, d.scalars)
      return Token(range: start..<end, text: d.text(start..<end), isMention: true)
    }
    var end = start
    while end < d.scalars.count && Self.isWordScalar(d.scalars[end]) { end += 1 }
    return start < end ? Token(range: start..<end, text: d.text(start..<end), isMention: false) : nil
  }

  /// Letters, digits, marks, apostrophes and hyphens: "People's", "vetenskaps-", "14th".
  static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic || c.properties.numericType != nil || c.properties.generalCategory == .nonspacingMark
      || c == "'" || c == "’" || c == "-"
  }
}
