/// Splits a document into sentences, headings, source lines and boilerplate that, with the
/// whitespace between them, tile its text exactly.
///
/// ICU's sentence BreakIterator (UAX #29 with CLDR data) does the splitting; `BoundaryCorrector`
/// fixes what news text needs; line ends are always boundaries. One ICU iterator per locale is
/// made at init and shared, so a segmenter is cheap to use from many tasks.
public struct SentenceSegmenter: Sendable {
  public let language: Language
  /// Whether `BoundaryCorrector` runs; false gives ICU's boundaries (still trimmed, still cut at
  /// line ends, kinds still assigned), for comparison.
  public let appliesCorrections: Bool
  private let iterator: ICUBreakIterator
  private let corrector: BoundaryCorrector
  private let classifier: SegmentClassifier

  public init(language: Language, appliesCorrections: Bool = true) throws(SegmentationError) {
    let profile: LanguageProfile
    do {
      profile = try LanguageProfile(language: language)
    } catch {
      throw .languageData(error)
    }
    try self.init(profile: profile, appliesCorrections: appliesCorrections)
  }

  init(profile: LanguageProfile, appliesCorrections: Bool = true) throws(SegmentationError) {
    language = profile.language
    self.appliesCorrections = appliesCorrections
    iterator = try ICUBreakIterator(locale: profile.icuLocale)
    var enumerators = [LinePattern]()
    for pattern in profile.enumeratorPatterns { enumerators.append(try LinePattern(pattern, file: "common.tsv")) }
    var boilerplate = [LinePattern]()
    for pattern in profile.boilerplatePatterns {
      boilerplate.append(try LinePattern(pattern, file: "\(profile.language.rawValue).tsv"))
    }
    corrector = BoundaryCorrector(profile: profile, enumerators: enumerators)
    classifier = SegmentClassifier(profile: profile, boilerplate: boilerplate)
  }

  /// The ICU library in use ("72.1").
  public static var icuVersion: String { ICUBreakIterator.icuVersion }

  /// Segments in order. Their ranges ascend, do not overlap, are never empty, and hold no
  /// leading or trailing whitespace; everything between them is whitespace. An empty or
  /// all-whitespace document has no segments.
  public func segments(in document: Document) throws(SegmentationError) -> SegmentedDocument {
    let units = document.utf16
    let icuBoundaries = try iterator.boundaries(in: units)
    let boundaries = appliesCorrections ? corrector.corrected(icuBoundaries, in: units) : icuBoundaries
    let spans = classified(trimmedSpans(boundaries, in: units), in: units)
    return assemble(document, spans: spans)
  }

  private struct Span {
    var range: Range<Int>
    var kind: SegmentKind
    /// Whether a line end separates this span from the one before it.
    var startsLine: Bool
  }

  private func trimmedSpans(_ boundaries: [Int], in u: [UInt16]) -> [Span] {
    var spans = [Span]()
    spans.reserveCapacity(boundaries.count)
    var start = 0
    var sawLineBreak = true
    for end in boundaries {
      var a = start
      var b = end
      while a < b && (UnicodeClasses.isWhitespace(u[a]) || (a == 0 && u[a] == 0xFEFF)) {
        if UnicodeClasses.isLineBreak(u[a]) { sawLineBreak = true }
        a += 1
      }
      while b > a && UnicodeClasses.isWhitespace(u[b - 1]) { b -= 1 }
      if a < b {
        spans.append(Span(range: a..<b, kind: .sentence, startsLine: sawLineBreak))
        sawLineBreak = false
      }
      for k in b..<end where UnicodeClasses.isLineBreak(u[k]) {
        sawLineBreak = true
        break
      }
      start = end
    }
    return spans
  }

  /// Merges source and boilerplate lines into one span each and marks headings.
  private func classified(_ spans: [Span], in u: [UInt16]) -> [Span] {
    var result = [Span]()
    result.reserveCapacity(spans.count)
    var lineStart = 0
    while lineStart < spans.count {
      var lineEnd = lineStart + 1
      while lineEnd < spans.count && !spans[lineEnd].startsLine { lineEnd += 1 }
      let line = spans[lineStart].range.lowerBound..<spans[lineEnd - 1].range.upperBound
      if let kind = classifier.lineKind(u[line]) {
        result.append(Span(range: line, kind: kind, startsLine: true))
      } else if lineEnd - lineStart == 1 && classifier.isHeading(u[line]) {
        result.append(Span(range: line, kind: .heading, startsLine: true))
      } else {
        result.append(contentsOf: spans[lineStart..<lineEnd])
      }
      lineStart = lineEnd
    }
    return result
  }

  private func assemble(_ document: Document, spans: [Span]) -> SegmentedDocument {
    var mapper = OffsetMapper(document.utf16)
    let count = document.utf16.count
    let leading = mapper.range(utf16: 0..<(spans.first?.range.lowerBound ?? count))
    var segments = [Segment]()
    segments.reserveCapacity(spans.count)
    for (index, span) in spans.enumerated() {
      let range = mapper.range(utf16: span.range)
      let next = index + 1 < spans.count ? spans[index + 1].range.lowerBound : count
      let trailing = mapper.range(utf16: span.range.upperBound..<next)
      segments.append(Segment(index: index, kind: span.kind, range: range, trailing: trailing))
    }
    return SegmentedDocument(document: document, language: language, leading: leading, segments: segments)
  }
}
