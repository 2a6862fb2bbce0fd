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
    // The three indexes over every name in the glossary are the costly part of starting with a
    // large one (about a quarter of the start with 100,000 people): built at once, on every core.
    // The costliest first: on two cores the other two then share the second.
    let (ranker, broken, matcher) = concurrently(
      { KatakanaNameRanker(glossary: glossary, transliterator: transliterator) }, { BrokenNameLinker(glossary: glossary) },
      { GlossaryMatcher(glossary: glossary) })
    finder = MentionFinder(glossary: glossary, matcher: matcher, syllables: syllables, functionWords: functionWords)
    titles = TitleLinker(glossary: glossary)
    self.broken = broken
    transliteration = TransliterationLinker(ranker: ranker)
    coreference = CoreferenceResolver(glossary: glossary)
  }

  /// The document's mentions in text order; titles attached to people are inside their person.
  /// Source lines and boilerplate are not searched.
  public func mentions(in segmented: SegmentedDocument) -> [Mention] {
    let scalars = Array(segmented.document.text.unicodeScalars)
    let content = segmented.segments.filter { $0.kind == .sentence || $0.kind == .heading }.map(\.range.scalars)
    let language = segmented.language
    let normalized = normalizer.normalize(segmented.document.text)
    var mentions = finder.mentions(in: scalars, normalized: normalized, language: language, content: content)
    mentions = titles.composed(mentions, normalized: normalized, scalars: scalars, language: language)
    mentions = broken.linked(mentions)
    if language == .japanese { mentions = transliteration.linked(mentions) }
    mentions = titles.attached(mentions, scalars: scalars, language: language)
    return coreference.resolved(mentions, language: language)
  }
}
