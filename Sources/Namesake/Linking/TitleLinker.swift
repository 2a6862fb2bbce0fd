/// Composes office titles with places ("ハノイ市党委員会書記", "sekreterare för Da Nangs
/// stadspartikommitté") and attaches titles to the people they describe, in each language's shapes.
struct TitleLinker: Sendable {
  let glossary: Glossary
  private let patterns: [OfficePattern]
  /// Normalised forms of places and organisations, for pattern slots, keyed by scalar values: a
  /// slot is tried at up to 40 lengths per occurrence, so no `String` is made for a try.
  private let slotForms: [[UInt32]: [String]]
  /// The lengths (in scalars) of `slotForms`' keys: a slot of another length is not looked up.
  private let slotLengths: Set<Int>
  /// `englishPlaceTitle` of every office that has one, by id.
  private let englishPlaceTitles: [String: [String]]
  private let normalizer = MatchNormalizer()

  /// An office form with a slot, split around it and normalised.
  struct OfficePattern: Sendable {
    var office: String
    var language: Language
    var prefix: String
    var suffix: String
    var genitive: Bool
    var slotKinds: Set<EntityKind>
    /// `prefix` and `suffix` as scalar values, made once: they are compared at every occurrence.
    let prefixScalars: [UInt32]
    let suffixScalars: [UInt32]

    init(office: String, language: Language, prefix: String, suffix: String, genitive: Bool, slotKinds: Set<EntityKind>) {
      (self.office, self.language, self.prefix, self.suffix) = (office, language, prefix, suffix)
      (self.genitive, self.slotKinds) = (genitive, slotKinds)
      prefixScalars = prefix.unicodeScalars.map(\.value)
      suffixScalars = suffix.unicodeScalars.map(\.value)
    }

    /// What is searched for: the suffix, else the prefix (either may be empty, not both).
    var needle: [UInt32] { suffix.isEmpty ? prefixScalars : suffixScalars }
  }

  /// Per language, an automaton over the needles of its patterns and, per needle, the index of
  /// its pattern in `patterns`: one pass over a document finds every pattern's needle (a scan per
  /// pattern was 8% of align's time in English).
  private let needles: [Language: (automaton: AhoCorasickAutomaton, patterns: [Int])]

  init(glossary: Glossary) {
    self.glossary = glossary
    let normalizer = MatchNormalizer()
    var patterns = [OfficePattern]()
    var placeTitles = [String: [String]]()
    // Entities are picked by kind before they are read: iterating copied each of 100,000 people,
    // serially, in start-up.
    let entities = glossary.entities
    for index in entities.indices where entities[index].kind == .office {
      let entity = entities[index]
      // Made once: Foundation's string search per composed title was 2% of align's time.
      placeTitles[entity.id] = Self.englishPlaceTitle(entity)
      for name in entity.names where name.isPattern {
        guard let open = name.form.firstIndex(of: "{"), let close = name.form[open...].firstIndex(of: "}") else { continue }
        let slot = name.form[name.form.index(after: open)..<close]
        patterns.append(
          OfficePattern(
            office: entity.id, language: name.language, prefix: normalizer.normalize(String(name.form[..<open])).text,
            suffix: normalizer.normalize(String(name.form[name.form.index(after: close)...])).text,
            genitive: slot.hasSuffix(":gen"), slotKinds: slot.hasPrefix("place") ? [.place] : [.organization]))
      }
    }
    var slotForms = [[UInt32]: [String]]()
    for index in entities.indices where entities[index].kind == .place || entities[index].kind == .organization {
      let entity = entities[index]
      for form in [entity.canonical] + entity.names.map(\.form) {
        let key = normalizer.normalize(form).scalars
        if !(slotForms[key]?.contains(entity.id) ?? false) { slotForms[key, default: []].append(entity.id) }
      }
    }
    self.slotForms = slotForms
    self.englishPlaceTitles = placeTitles
    self.slotLengths = Set(slotForms.keys.map(\.count))
    // Longer frames first, so "sekreteraren för …" wins over a shorter reading.
    let sorted = patterns.sorted { ($0.prefix.count + $0.suffix.count, $0.office) > ($1.prefix.count + $1.suffix.count, $1.office) }
    self.patterns = sorted
    var needles = [Language: (automaton: AhoCorasickAutomaton, patterns: [Int])]()
    for language in Language.allCases {
      var set = PatternSet()
      var owners = [Int]()
      for (index, pattern) in sorted.enumerated() where pattern.language == language {
        set.append(pattern.needle)
        owners.append(index)
      }
      if !owners.isEmpty { needles[language] = (AhoCorasickAutomaton(patterns: set), owners) }
    }
    self.needles = needles
  }

  /// Finds office patterns in the text with a known place or organisation in the slot
  /// ("ハノイ市党委員会書記", "sekreterare för Da Nangs stadspartikommitté") and replaces every
  /// mention inside each with one office mention that names the place. Works on the normalised
  /// text, because the slot is often inside a longer glossary match (ハノイ市党委員会 is an
  /// organisation of its own).
  func composed(_ mentions: [Mention], normalized n: NormalizedText, scalars: [Unicode.Scalar], language: Language) -> [Mention] {
    var result = mentions
    var covered = [Range<Int>]()
    // Where each pattern's needle starts, in text order.
    var needleStarts = [Int: [Int]]()
    if let (automaton, owners) = needles[language] {
      automaton.forEachOccurrence(in: n.scalars) { end, found in
        for needle in automaton.equalPatterns(found) {
          needleStarts[owners[needle], default: []].append(end - Int(automaton.patternLengths[needle]))
        }
      }
    }
    for (index, pattern) in patterns.enumerated() where pattern.language == language {
      for (start, end, placeID) in occurrences(of: pattern, in: n, needleStarts: needleStarts[index] ?? []) {
        let span = Int(n.originStart[start])..<Int(n.originEnd[end - 1])
        guard !covered.contains(where: { $0.overlaps(span) }), let office = glossary[pattern.office], let place = glossary[placeID] else { continue }
        covered.append(span)
        result.removeAll { $0.start < span.upperBound && span.lowerBound < $0.end }
        var title = Mention(
          start: span.lowerBound, end: span.upperBound, surface: String(scalars: scalars[span]), kind: .office,
          entity: office.id, canonical: composedCanonical(office, place), method: .variant, score: 0.9)
        title.candidates = [place.id]
        result.append(title)
      }
    }
    return result.sorted { $0.start < $1.start }
  }

  /// Normalised ranges where `pattern` occurs with a known place or organisation in its slot,
  /// given where its needle starts.
  private func occurrences(of pattern: OfficePattern, in n: NormalizedText, needleStarts: [Int]) -> [(Int, Int, String)] {
    let text = n.scalars
    let prefix = pattern.prefixScalars
    let suffix = pattern.suffixScalars
    var found = [(Int, Int, String)]()
    func slotEntity(_ range: Range<Int>) -> String? {
      var end = range.upperBound
      if pattern.genitive {
        guard end > range.lowerBound, text[end - 1] == 0x73 else { return nil }
        end -= 1
      }
      guard slotLengths.contains(end - range.lowerBound) else { return nil }
      return slotForms[Array(text[range.lowerBound..<end])]?.first { glossary[$0].map { pattern.slotKinds.contains($0.kind) } ?? false }
    }
    func matches(_ needle: [UInt32], at index: Int) -> Bool {
      guard index >= 0, index + needle.count <= text.count else { return false }
      for offset in needle.indices where text[index + offset] != needle[offset] { return false }
      return true
    }
    let maximumSlot = 40
    if !suffix.isEmpty {
      for p in needleStarts {
        // The longest slot first; with a prefix, the slot starts right after it.
        for q in max(0, p - maximumSlot)..<p {
          guard prefix.isEmpty || matches(prefix, at: q - prefix.count), let entity = slotEntity(q..<p) else { continue }
          found.append((q - prefix.count, p + suffix.count, entity))
          break
        }
      }
    } else if !prefix.isEmpty {
      for q in needleStarts {
        let slotStart = q + prefix.count
        for end in stride(from: min(text.count, slotStart + maximumSlot), to: slotStart, by: -1) {
          if let entity = slotEntity(slotStart..<end), end == text.count || !GlossaryMatcher.isWordScalar(text[end]) {
            found.append((q, end, entity))
            break
          }
        }
      }
    }
    return found
  }

  /// The English title for an office of a place: the office's English pattern with the place's
  /// canonical name, else the bare title and the place.
  func composedCanonical(_ office: Entity, _ place: Entity) -> String {
    if let pieces = englishPlaceTitles[office.id] { return pieces.joined(separator: place.canonical) }
    return "\(office.canonical) (\(place.canonical))"
  }

  /// The English pattern of an office with a place, split at "{place}"; nil without one.
  private static func englishPlaceTitle(_ office: Entity) -> [String]? {
    // Prefer the pattern that is the bare title with the place inserted ("Secretary of the
    // {place} City Party Committee" for "Secretary of the City Party Committee").
    let patterns = office.names.filter { $0.language == .english && $0.isPattern && $0.form.contains("{place}") }
    let pattern = patterns.first { $0.form.replacingOccurrences(of: "{place} ", with: "") == office.canonical } ?? patterns.first
    return pattern?.form.components(separatedBy: "{place}")
  }

  /// Attaches office mentions to the person mentions they describe and returns the mentions left
  /// standing (attached titles live inside their person). Per language:
  /// - Japanese: after the name (トー・ラム書記長), in parentheses (大将(国防大臣)), between dashes
  ///   after an honorific, and before it joined by の, several separated by 、;
  /// - Swedish and English: before the name, several separated by ", " (and "och"/"and" or a
  ///   space), and in apposition after "Name, ", unless another name follows the list.
  func attached(_ mentions: [Mention], scalars s: [Unicode.Scalar], language: Language) -> [Mention] {
    var result = mentions
    var used = Set<Int>()
    // Office mentions that head a list ("Politburo members: …"): shared, removed at the end.
    var headers = Set<Int>()
    // Every separator tested is short; a longer gap (up to the whole window) is not copied.
    func gap(_ a: Int, _ b: Int) -> String { a <= b && b - a <= 8 ? String(scalars: s[a..<b]) : "\u{0}" }
    // " - " with any blanks around the dash, tested on the scalars in place.
    func isDashGap(_ a: Int, _ b: Int) -> Bool {
      guard a < b else { return false }
      // What `CharacterSet.whitespaces` holds: the space separators (Zs) and the tab.
      let isBlank = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
      var lower = a, upper = b
      while lower < upper && isBlank(s[lower]) { lower += 1 }
      while upper > lower && isBlank(s[upper - 1]) { upper -= 1 }
      return upper - lower == 1 && s[lower] == "-"
    }
    let isOffice = { (index: Int) in result[index].kind == .office && result[index].entity != nil }
    for personIndex in result.indices where result[personIndex].kind == .person {
      var person = result[personIndex]
      var titleIndices = [Int]()
      var end = person.end
      if language == .japanese {
        if gap(end, min(s.count, end + 1)) == "氏" {
          person.honorific = "氏"
          end += 1
        } else if gap(end, min(s.count, end + 2)) == "同志" {
          person.honorific = "同志"
          end += 2
        }
        // After the name: directly, in parentheses, or between " - " dashes, separated by 、.
        var next = personIndex + 1
        var inDashes = false
        while next < result.count, isOffice(next), !used.contains(next) {
          let between = gap(end, result[next].start)
          let dash = !inDashes && isDashGap(end, result[next].start)
          if between == "" || between == "(" || between == "（" || (inDashes && between == "、") || dash {
            if dash { inDashes = true }
            titleIndices.append(next)
            end = result[next].end
            while end < s.count && (s[end] == ")" || s[end] == "）") { end += 1 }
            next += 1
          } else {
            break
          }
        }
        // Before the name joined by の; stop at a title that belongs to the name before it.
        var previous = personIndex - 1
        var anchor = person.start
        var separator = "の"
        while previous >= 0, isOffice(previous), !used.contains(previous), gap(result[previous].end, anchor) == separator {
          if previous > 0 && result[previous - 1].kind == .person && gap(result[previous - 1].end, result[previous].start) == "" { break }
          titleIndices.append(previous)
          anchor = result[previous].start
          separator = "、"
          previous -= 1
        }
      } else {
        var previous = personIndex - 1
        var anchor = person.start
        while previous >= 0, isOffice(previous), !used.contains(previous) {
          let between = gap(result[previous].end, anchor)
          guard [" ", ", ", " och ", " and "].contains(between) else { break }
          titleIndices.append(previous)
          anchor = result[previous].start
          previous -= 1
        }
        // A list header: "Politburo members: A; B and C" gives its title to every name in the list.
        if let header = listHeader(before: anchor, personIndex: personIndex, result, s) {
          titleIndices.append(header)
          headers.insert(header)
        }
        // Apposition: "Nguyen Van Quang, sekreterare för …" unless a name follows the list.
        var next = personIndex + 1
        var appositive = [Int]()
        var cursor = end
        while next < result.count, isOffice(next), [", ", " och ", " and "].contains(gap(cursor, result[next].start)) {
          appositive.append(next)
          cursor = result[next].end
          next += 1
        }
        let nameFollows = next < result.count && result[next].kind == .person && [", ", " "].contains(gap(cursor, result[next].start))
        if !nameFollows { titleIndices += appositive }
      }
      for index in titleIndices.sorted() {
        let office = result[index]
        if !headers.contains(index) { used.insert(index) }
        person.titles.append(
          TitleAttachment(
            start: office.start, end: office.end, surface: office.surface, office: office.entity ?? "",
            of: office.candidates.first, canonical: office.canonical ?? office.surface))
      }
      result[personIndex] = person
    }
    return result.enumerated().filter { !used.contains($0.offset) && !headers.contains($0.offset) }.map(\.element)
  }

  /// The office mention heading the list that the person at `personIndex` belongs to: an office
  /// followed by ": ", then entries separated by "; " (and a last " and "), within one sentence.
  private func listHeader(before anchor: Int, personIndex: Int, _ mentions: [Mention], _ s: [Unicode.Scalar]) -> Int? {
    var index = personIndex - 1
    var cursor = anchor
    while index >= 0 {
      let mention = mentions[index]
      let between = String(scalars: s[min(mention.end, cursor)..<cursor])
      if mention.kind == .office && mention.entity != nil && between.hasPrefix(": ") && !between.unicodeScalars.contains(".") {
        return index
      }
      if between.unicodeScalars.contains(where: { $0 == "." || $0 == ":" }) { return nil }
      cursor = mention.start
      index -= 1
    }
    return nil
  }
}
