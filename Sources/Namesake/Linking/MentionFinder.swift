/// Finds the mentions of one document: glossary forms, document numbers by shape, and names the
/// glossary does not know (katakana name sequences; capitalised runs of Vietnamese syllables).
struct MentionFinder: Sendable {
  let glossary: Glossary
  let matcher: GlossaryMatcher
  let syllables: VietnameseSyllables
  /// Function words per language: a capitalised "In" or "The" starts a sentence, not a name.
  let functionWords: [Language: Set<String>]

  /// Mentions inside `content` ranges (scalar offsets), sorted by start, not overlapping.
  func mentions(in scalars: [Unicode.Scalar], normalized: NormalizedText, language: Language, content: [Range<Int>]) -> [Mention] {
    let contentRanges = SortedRanges(content)
    func inContent(_ start: Int, _ end: Int) -> Bool { contentRanges.contains(start, end) }
    func text(_ start: Int, _ end: Int) -> String { String(scalars: scalars[start..<end]) }
    var mentions = [Mention]()
    for match in matcher.matches(in: normalized, language: language) where inContent(match.start, match.endWithSuffix) {
      let surface = text(match.start, match.end)
      // English capitalises names and titles: "government" and "in general" are not the
      // Government or a general, although matching folds case.
      if language == .english, surface.unicodeScalars.first?.properties.isLowercase == true,
        match.candidates.allSatisfy({ $0.form.unicodeScalars.first?.properties.isUppercase == true })
      {
        continue
      }
      mentions.append(mention(for: match, surface: surface))
    }
    // Glossary matches do not overlap, nor do document numbers (found left to right): each kind
    // is checked against the ranges taken before it by binary search, not a scan per candidate.
    var taken = SortedRanges(mentions.map { $0.start..<$0.end })
    func free(_ start: Int, _ end: Int) -> Bool { !taken.overlaps(start..<end) }
    var numbers = [Range<Int>]()
    for number in DocumentNumber.find(in: scalars) where inContent(number.start, number.end) && free(number.start, number.end) {
      let known = glossary[number.entityID]
      mentions.append(
        Mention(
          start: number.start, end: number.end, surface: number.surface, kind: .document, entity: known?.id,
          canonical: known?.canonical ?? number.surface, method: .pattern, score: known == nil ? 0.6 : 1))
      numbers.append(number.start..<number.end)
    }
    taken = SortedRanges(taken.ranges + numbers)
    let titleStarts = Set(mentions.filter { $0.kind == .office }.map(\.start))
    let unknown = language == .japanese ? katakanaNames(scalars, titleStarts: titleStarts) : latinNames(scalars, stopWords: functionWords[language] ?? [])
    for range in unknown where inContent(range.lowerBound, range.upperBound) && free(range.lowerBound, range.upperBound) {
      var mention = Mention(start: range.lowerBound, end: range.upperBound, surface: text(range.lowerBound, range.upperBound), kind: .person, method: .unknown, score: 0)
      // One Latin word ("Lam said") or a katakana word without ・, 氏 or a title is only possibly a
      // name: kept if it links, else dropped.
      let single = language == .japanese
        ? !mention.surface.unicodeScalars.contains(where: { $0 == "・" || $0 == "･" }) && !(range.upperBound < scalars.count && (scalars[range.upperBound] == "氏" || scalars[range.upperBound] == "同")) && !titleStarts.contains(range.upperBound)
        : !mention.surface.unicodeScalars.contains(" ")
      if single { mention.flags.append("short") }
      mentions.append(mention)
    }
    return mentions.sorted { $0.start < $1.start }
  }

  /// A glossary match as a mention: linked when its forms name one entity, else ambiguous.
  private func mention(for match: GlossaryMatch, surface: String) -> Mention {
    var entities = [String]()
    for candidate in match.candidates where !entities.contains(candidate.entity) { entities.append(candidate.entity) }
    let first = glossary[entities[0]]
    var mention = Mention(
      start: match.start, end: match.end, surface: surface, kind: first?.kind ?? .person, method: .variant, score: 0.9)
    if match.endWithSuffix != match.end { mention.flags.append("genitive") }
    if match.candidates.contains(where: { $0.status == .forbidden }) { mention.flags.append("forbidden") }
    guard entities.count == 1, let entity = first else {
      mention.method = .unknown
      mention.score = 0.5
      mention.flags.append("ambiguous")
      mention.candidates = entities
      return mention
    }
    mention.entity = entity.id
    mention.canonical = entity.canonical
    let exact = match.candidates.contains { candidate in
      candidate.form == surface && (candidate.isCanonical || candidate.status == .preferred)
    }
    if exact {
      mention.method = .exact
      mention.score = 1
    }
    return mention
  }

  /// Katakana sequences that look like foreign personal names: parts joined by ・, or any
  /// katakana word directly before 氏 or 同志; a trailing "・" and Latin letters belong to the name
  /// (sample 002's broken "グエン・タイン・ nghi").
  private func katakanaNames(_ s: [Unicode.Scalar], titleStarts: Set<Int>) -> [Range<Int>] {
    func katakana(_ c: Unicode.Scalar) -> Bool { MatchNormalizer.isKatakana(c.value) && c != "・" }
    var result = [Range<Int>]()
    var i = 0
    while i < s.count {
      guard katakana(s[i]) else {
        i += 1
        continue
      }
      let start = i
      var parts = 1
      var end = i
      while end < s.count && katakana(s[end]) { end += 1 }
      while end + 1 < s.count && (s[end] == "・" || s[end] == "･") && katakana(s[end + 1]) {
        end += 1
        parts += 1
        while end < s.count && katakana(s[end]) { end += 1 }
      }
      // A Latin fragment after a dangling separator: "グエン・タイン・ nghi".
      if end < s.count && (s[end] == "・" || s[end] == "･") {
        var j = end + 1
        while j < s.count && s[j] == " " { j += 1 }
        var k = j
        while k < s.count && (("a"..."z").contains(s[k]) || ("A"..."Z").contains(s[k])) { k += 1 }
        if k > j {
          end = k
          parts += 1
        }
      }
      let honorific = end < s.count && (s[end] == "氏" || (s[end] == "同" && end + 1 < s.count && s[end + 1] == "志"))
      // A single katakana word directly before a title is a short reference (チン首相); any other
      // single word of three or more kana may be a name written without ・ (kept only if the
      // transliteration model or a short-reference resolution links it).
      if parts >= 2 || honorific || titleStarts.contains(end) || end - start >= 3 { result.append(start..<end) }
      i = end
    }
    return result
  }

  /// Runs of two or more capitalised words that are all Vietnamese syllables ("Luong Nguyen Minh Triet").
  private func latinNames(_ s: [Unicode.Scalar], stopWords: Set<String>) -> [Range<Int>] {
    var words = [Range<Int>]()
    var i = 0
    while i < s.count {
      guard UnicodeClasses.isLetter(s[i]) else {
        i += 1
        continue
      }
      let start = i
      while i < s.count && (UnicodeClasses.isLetter(s[i]) || (!s[i].isASCII && s[i].properties.generalCategory == .nonspacingMark)) { i += 1 }
      words.append(start..<i)
    }
    var result = [Range<Int>]()
    var run = [Range<Int>]()
    func flush() {
      if run.count >= 1 { result.append(run[0].lowerBound..<run[run.count - 1].upperBound) }
      run = []
    }
    for word in words {
      guard UnicodeClasses.isUppercase(s[word.lowerBound]) else {
        flush()
        continue
      }
      let text = String(scalars: s[word])
      let capitalised = !(run.isEmpty && stopWords.contains(text.lowercased()))
      let adjacent = run.last.map { $0.upperBound + 1 == word.lowerBound && s[$0.upperBound] == " " } ?? true
      let isName = capitalised && syllables.isSyllable(text)
      if isName && adjacent {
        run.append(word)
      } else {
        flush()
        if isName { run.append(word) }
      }
    }
    flush()
    return result
  }
}
