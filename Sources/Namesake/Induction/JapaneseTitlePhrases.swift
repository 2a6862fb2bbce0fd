/// Finds Japanese title phrases the glossary does not know next to a person's name: a run of
/// kanji (and katakana, for names of bodies) ending in a title suffix (…大臣, …委員長, …書記), in
/// the places TitleLinker reads known titles: before the name joined by の or directly, directly
/// after it, in parentheses after it, and in a " - " list after an honorific.
struct JapaneseTitlePhrases: Sendable {
  let words: TitleWords
  /// A title is a short noun phrase; a longer run is running text.
  static let maximumLength = 30

  func phrases(around person: Mention, in document: LinkedDocument) -> [TitlePhrase] {
    let s = document.scalars
    var ranges = [Range<Int>]()
    // Before: "農業環境大臣のチャン・ドゥック・タン", "国家主席トー・ラム", and a list joined by 、
    // ("政治局委員、中央組織委員会委員長のレ・ミン・フン") back to a title that follows another
    // name ("チン首相、"), which is that name's (unless the name's honorific ends it: "氏外務大臣の").
    var end = person.start
    if end > 0 && s[end - 1] == "の" { end -= 1 }
    while let found = run(endingAt: end, document) {
      let run = withoutHonorific(found, document)
      guard run != found || !(run.lowerBound > 0 && document.isInName(run.lowerBound - 1)) else { break }
      ranges.append(run)
      guard run.lowerBound > 0 && s[run.lowerBound - 1] == "、" else { break }
      end = run.lowerBound - 1
    }
    // After: "トー・ラム書記長", "ザン大将(国防大臣)", "カン同志 - 党中央委員、… - ".
    var cursor = person.end + (person.honorific?.unicodeScalars.count ?? 0)
    if let run = run(startingAt: cursor, document) {
      ranges.append(run)
      cursor = run.upperBound
    }
    if cursor < s.count && (s[cursor] == "(" || s[cursor] == "（"), let run = run(startingAt: cursor + 1, document),
      run.upperBound < s.count && (s[run.upperBound] == ")" || s[run.upperBound] == "）")
    {
      ranges.append(run)
      cursor = run.upperBound + 1
    }
    if cursor + 2 < s.count && s[cursor] == " " && Self.isDash(s[cursor + 1]) && s[cursor + 2] == " " {
      var item = cursor + 3
      while let run = run(startingAt: item, document) {
        ranges.append(run)
        guard run.upperBound < s.count && s[run.upperBound] == "、" else { break }
        item = run.upperBound + 1
      }
    }
    return ranges.compactMap { run in
      let range = unknownPart(of: withoutHonorific(run, document), document)
      let text = document.text(range)
      // A one-character suffix alone (長, 相) is no title.
      guard words.japaneseSuffix(of: text) != nil, text.count >= 2,
        !document.isKnownTitle(range, separators: ["、"])
      else { return nil }
      return TitlePhrase(range: range, text: text, words: [text], language: .japanese, places: document.places(in: range))
    }
  }

  /// The run without an honorific at its start (a name's 氏 or 同志 the linker did not read).
  private func withoutHonorific(_ run: Range<Int>, _ d: LinkedDocument) -> Range<Int> {
    let text = d.text(run)
    guard let honorific = (words.honorifics[.japanese] ?? []).first(where: { text.hasPrefix($0) }) else { return run }
    return (run.lowerBound + honorific.unicodeScalars.count)..<run.upperBound
  }

  /// Two titles written together (大将外務大臣): a known title at either end of the run leaves the
  /// rest, when the rest is a title itself; otherwise the run is one title (公安大臣代行).
  private func unknownPart(of run: Range<Int>, _ d: LinkedDocument) -> Range<Int> {
    for known in d.knownTitleSpans where known.overlaps(run) && known != run {
      let rest: Range<Int>
      if known.lowerBound == run.lowerBound && known.upperBound < run.upperBound {
        rest = known.upperBound..<run.upperBound
      } else if known.upperBound == run.upperBound && known.lowerBound > run.lowerBound {
        rest = run.lowerBound..<known.lowerBound
      } else {
        continue
      }
      if words.japaneseSuffix(of: d.text(rest)) != nil && rest.count >= 2 { return rest }
    }
    return run
  }

  /// The title characters that end at `end`, not reaching into a name.
  private func run(endingAt end: Int, _ d: LinkedDocument) -> Range<Int>? {
    var start = end
    while start > 0 && end - start < Self.maximumLength && Self.isTitleScalar(d.scalars[start - 1]) && !d.isInName(start - 1) { start -= 1 }
    return start < end && (end - start < Self.maximumLength || start == 0 || !Self.isTitleScalar(d.scalars[start - 1])) ? start..<end : nil
  }

  /// The title characters that start at `start`, not reaching into a name.
  private func run(startingAt start: Int, _ d: LinkedDocument) -> Range<Int>? {
    let s = d.scalars
    var end = start
    while end < s.count && end - start < Self.maximumLength && Self.isTitleScalar(s[end]) && !d.isInName(end) { end += 1 }
    return start < end && (end - start < Self.maximumLength || end == s.count || !Self.isTitleScalar(s[end])) ? start..<end : nil
  }

  /// Kanji, 々 and katakana (not ・): the titles' script; bodies' names may hold katakana (ベトナム祖国戦線…).
  static func isTitleScalar(_ c: Unicode.Scalar) -> Bool {
    (c.properties.isIdeographic || c == "々" || MatchNormalizer.isKatakana(c.value)) && c != "・"
  }

  static func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "－" || c == "–" || c == "—" }
}
