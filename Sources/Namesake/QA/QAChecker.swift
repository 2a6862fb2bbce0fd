/// A QA finding: where, which check, how serious, what, and a suggested fix.
public struct Finding: Sendable, Hashable {
  public enum Severity: String, Sendable { case error, warning, info }
  public var doc: String
  public var segment: Int
  public var start: Int
  public var end: Int
  public var surface: String
  public var check: String
  public var severity: Severity
  public var message: String
  public var suggestion: String?
}

/// Checks an aligned document for what users must review: broken or mixed-script names,
/// non-conventional transliterations, unknown or ambiguous names, titles that contradict the
/// glossary's dated offices, one person spelled two ways, and forms the glossary forbids.
public struct QAChecker: Sendable {
  let glossary: Glossary
  let transliterator: KatakanaTransliterator
  let dates: ArticleDates
  let dateline: DatelineReader
  private let normalizer = MatchNormalizer()

  public init(glossary: Glossary, dates: ArticleDates = ArticleDates()) throws(LanguageDataError) {
    self.glossary = glossary
    self.dates = dates
    transliterator = try KatakanaTransliterator()
    dateline = try DatelineReader()
  }

  /// The article's date: from the dates file, else from its dateline.
  public func articleDate(_ segmented: SegmentedDocument) -> ArticleDate? {
    if let date = dates.dates[segmented.document.id] { return ArticleDate(date: date, origin: .datesFile) }
    return dateline.date(in: segmented).map { ArticleDate(date: $0, origin: .dateline) }
  }

  public func findings(_ segmented: SegmentedDocument, mentions: [Mention]) -> [Finding] {
    findings(segmented, mentions: mentions, date: articleDate(segmented))
  }

  public func findings(_ segmented: SegmentedDocument, mentions: [Mention], date: ArticleDate?) -> [Finding] {
    var findings = [Finding]()
    let doc = segmented.document.id
    func segment(_ mention: Mention) -> Int { segmented.segmentPosition(containing: mention.start).map { segmented.segments[$0].index } ?? 0 }
    func add(_ mention: Mention, _ check: String, _ severity: Finding.Severity, _ message: String, _ suggestion: String?) {
      findings.append(
        Finding(doc: doc, segment: segment(mention), start: mention.start, end: mention.end, surface: mention.surface, check: check,
          severity: severity, message: message, suggestion: suggestion))
    }
    var spellings = [String: [String: Mention]]()  // entity → normalised surface → first mention
    for mention in mentions {
      let entity = mention.entity.flatMap { glossary[$0] }
      if mention.flags.contains("forbidden") {
        add(mention, "forbidden-form", .error, "the glossary marks '\(mention.surface)' as wrong", entity.flatMap { preferred($0, segmented.language) })
      }
      if mention.flags.contains("broken-form") {
        let fix = entity.map { e in [e.canonical, preferred(e, .japanese) ?? conventional(e)].compactMap { $0 }.joined(separator: " / ") }
        add(mention, "broken-name", .error, "a name that mixes katakana and Latin letters", fix)
        continue
      }
      if mention.kind == .person && mention.entity == nil {
        if mention.flags.contains("ambiguous") {
          add(mention, "ambiguous-reference", .info, "could be any of: \(mention.candidates.joined(separator: ", "))", nil)
        } else {
          let candidates = mention.candidates.isEmpty ? "no candidates" : "candidates: \(mention.candidates.joined(separator: ", "))"
          add(mention, "unknown-name", .info, "a name the glossary does not know; \(candidates)", mention.candidates.first.flatMap { glossary[$0]?.canonical })
        }
        continue
      }
      guard let entity, entity.kind == .person, mention.method != .coreference else { continue }
      if segmented.language == .japanese { transliterationFindings(mention, entity).forEach { add(mention, $0.0, $0.1, $0.2, $0.3) } }
      if let date { dateFindings(mention, entity, date).forEach { add(mention, "title-date", .warning, $0.0, $0.1) } }
      let key = normalizer.normalize(mention.surface).text
      if let first = spellings[entity.id]?.values.first, spellings[entity.id]?[key] == nil {
        add(mention, "inconsistent-spelling", .warning, "\(entity.canonical) is also written '\(first.surface)' in this document", preferred(entity, segmented.language))
      }
      spellings[entity.id, default: [:]][key] = spellings[entity.id]?[key] ?? mention
    }
    return findings
  }

  /// A Japanese form that is not the entity's preferred one: a known variant, or a suspect one.
  private func transliterationFindings(_ mention: Mention, _ entity: Entity) -> [(String, Finding.Severity, String, String?)] {
    let expected = preferred(entity, .japanese) ?? conventional(entity)
    guard let expected, normalizer.normalize(expected).text != normalizer.normalize(mention.surface).text else { return [] }
    let known = entity.names.first { $0.language == .japanese && normalizer.normalize($0.form).text == normalizer.normalize(mention.surface).text }
    if let known {
      let severity: Finding.Severity = known.status == .deprecated ? .warning : .info
      return [("known-variant", severity, "a \(known.status.rawValue) variant of \(entity.canonical); the convention is \(expected)", expected)]
    }
    return [("suspect-transliteration", .warning, "not a known form of \(entity.canonical); the convention is \(expected)", expected)]
  }

  /// Titles the glossary's dated tenures say the person did not hold at `date`.
  private func dateFindings(_ mention: Mention, _ entity: Entity, _ articleDate: ArticleDate) -> [(String, String?)] {
    let date = articleDate.date
    var result = [(String, String?)]()
    for title in mention.titles {
      let dated = entity.tenures.filter { $0.office == title.office && ($0.from != nil || $0.to != nil) }
      guard !dated.isEmpty, !dated.contains(where: { Self.covers($0, date) }) else { continue }
      let spans = dated.map { "\($0.from?.description ?? "?")–\($0.to?.description ?? "") (\($0.sources.text))" }.joined(separator: "; ")
      let held = entity.tenures.filter { Self.covers($0, date) && ($0.from != nil) }.compactMap { glossary[$0.office]?.canonical }
      result.append(
        ("'\(title.surface)' (\(title.canonical)) at \(date) (\(articleDate.origin.rawValue)): the glossary has \(entity.canonical) in that office \(spans)",
         held.isEmpty ? nil : "held at \(date): " + held.joined(separator: ", ")))
    }
    return result
  }

  /// Whether a tenure covers a date; open ends count as open, month or year precision as whole.
  static func covers(_ tenure: Tenure, _ date: PartialDate) -> Bool {
    if let from = tenure.from, date < from, !sameSpan(from, date) { return false }
    if let to = tenure.to, to < date, !sameSpan(to, date) { return false }
    return true
  }

  private static func sameSpan(_ a: PartialDate, _ b: PartialDate) -> Bool {
    a.year == b.year && (a.month == nil || b.month == nil || (a.month == b.month && (a.day == nil || b.day == nil)))
  }

  private func preferred(_ entity: Entity, _ language: Language) -> String? {
    entity.names.first { $0.language == language && $0.status == .preferred && !$0.isPattern }?.form
      ?? (language == .english ? entity.canonical : nil)
  }

  private func conventional(_ entity: Entity) -> String? {
    transliterator.conventional(entity.names.first { $0.language == .vietnamese }?.form ?? entity.canonical)
  }
}
