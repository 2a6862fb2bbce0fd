/// Links the mentions of a document to the glossary: finds them, composes titles with places,
/// attaches titles to people, links broken names, resolves short references.
public struct Linker: Sendable {
  public let glossary: Glossary
  private let finder: MentionFinder
  private let titles: TitleLinker
  private let broken: BrokenNameLinker
  private let transliteration: TransliterationLinker
  private let coreference: CoreferenceResolver
  private let normalizer = MatchNormalizer()

  public init(glossary: Glossary) throws(LanguageDataError) {
    self.glossary = glossary
    var functionWords = [Language: Set<String>]()
    for language in Language.allCases { functionWords[language] = try LanguageProfile(language: language).functionWords }
    let syllables = try VietnameseSyllables()
    let transliterator = try KatakanaTransliterator()
    // The indexes over every name in the glossary are the costly part of starting with a large
    // one: built at once, on every core. The katakana ranker's, the costliest (a third of the
    // start with 100,000 people), only serves Japanese documents: made when the first needs it.
    // Titles and coreference go beside them: which of the two indexes takes longer depends on
    // whether the automaton comes stored in a compiled glossary.
    let (broken, matcher, (titles, coreference)) = concurrently(
      { BrokenNameLinker(glossary: glossary) }, { GlossaryMatcher(glossary: glossary) },
      { (TitleLinker(glossary: glossary), CoreferenceResolver(glossary: glossary)) })
    let ranker = MadeOnFirstUse { KatakanaNameRanker(glossary: glossary, transliterator: transliterator) }
    finder = MentionFinder(glossary: glossary, matcher: matcher, syllables: syllables, functionWords: functionWords)
    self.titles = titles
    self.broken = broken
    transliteration = TransliterationLinker(ranker: ranker)
    self.coreference = coreference
  }

  /// Whether the katakana ranker has been made (tests: only Japanese documents make it).
  var madeKatakanaRanker: Bool { transliteration.ranker.isMade }

  /// Bytes of segments per window of a longer document.
  static let windowBytes = 1 << 20

  /// The document's mentions in text order; titles attached to people are inside their person.
  /// Source lines and boilerplate are not searched. A document over 4 MB is linked in windows of
  /// about 1 MB of whole segments (see `LinkingWindow`); short references are resolved over the
  /// whole document.
  public func mentions(in segmented: SegmentedDocument) -> [Mention] {
    mentions(in: segmented, wholeBytes: Document.longUTF8Count, windowBytes: Self.windowBytes)
  }

  /// `mentions(in:)` with other window sizes (tests use tiny ones).
  func mentions(in segmented: SegmentedDocument, wholeBytes: Int, windowBytes: Int) -> [Mention] {
    var mentions = [Mention]()
    for window in LinkingWindow.windows(segmented, wholeBytes: wholeBytes, windowBytes: windowBytes) {
      let offset = window.scalars.lowerBound
      let scalars = [Unicode.Scalar](utf8: segmented.document.utf8[window.utf8])
      // The context segments are searched too, so a name at the edge of the core sees the
      // mentions next to it as in the whole document; what starts there is dropped below.
      let content = segmented.segments[window.segmentsRead].filter { $0.kind == .sentence || $0.kind == .heading }
        .map { ($0.range.scalars.lowerBound - offset)..<($0.range.scalars.upperBound - offset) }
      for mention in linked(scalars, content: content, language: segmented.language) where window.core.contains(mention.start + offset) {
        mentions.append(mention.shifted(by: offset))
      }
    }
    return coreference.resolved(mentions, language: segmented.language)
  }

  /// Mentions of `content` (ranges of `scalars`), linked and with titles attached, before
  /// short references are resolved; offsets index `scalars`.
  private func linked(_ scalars: [Unicode.Scalar], content: [Range<Int>], language: Language) -> [Mention] {
    let normalized = normalizer.normalize(scalars.map(\.value))
    var mentions = finder.mentions(in: scalars, normalized: normalized, language: language, content: content)
    mentions = titles.composed(mentions, normalized: normalized, scalars: scalars, language: language)
    mentions = broken.linked(mentions)
    if language == .japanese { mentions = transliteration.linked(mentions) }
    return titles.attached(mentions, scalars: scalars, language: language)
  }
}
