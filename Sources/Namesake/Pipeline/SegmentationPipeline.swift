/// Identifies and segments documents: one segmenter per language, made on first use.
public struct SegmentationPipeline: Sendable {
  /// The language of every document, or nil to identify each one.
  public let forcedLanguage: Language?
  /// False to use ICU's boundaries without Namesake's corrections (for comparison).
  public let appliesCorrections: Bool
  private let identifier: LanguageIdentifier
  private var segmenters: [Language: SentenceSegmenter] = [:]

  public init(forcedLanguage: Language? = nil, appliesCorrections: Bool = true) throws(LanguageDataError) {
    self.forcedLanguage = forcedLanguage
    self.appliesCorrections = appliesCorrections
    identifier = try LanguageIdentifier()
  }

  /// The segmented document, or nil when it has no letters and no language was forced (there is
  /// nothing to segment, and no language to name).
  public mutating func segment(_ document: Document) throws -> SegmentedDocument? {
    let language: Language
    if let forcedLanguage {
      language = forcedLanguage
    } else if let identified = try identifier.identify(document) {
      language = identified
    } else {
      return nil
    }
    return try segmenter(for: language).segments(in: document)
  }

  private mutating func segmenter(for language: Language) throws(SegmentationError) -> SentenceSegmenter {
    if let segmenter = segmenters[language] { return segmenter }
    let segmenter = try SentenceSegmenter(language: language, appliesCorrections: appliesCorrections)
    segmenters[language] = segmenter
    return segmenter
  }
}
