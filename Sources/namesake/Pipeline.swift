import Namesake

/// Reads, identifies and segments documents, one segmenter per language, made on first use.
struct SegmentationPipeline {
  let forcedLanguage: Language?
  private let identifier: LanguageIdentifier
  private var segmenters: [Language: SentenceSegmenter] = [:]

  init(forcedLanguage: Language?) throws {
    self.forcedLanguage = forcedLanguage
    identifier = try LanguageIdentifier()
  }

  /// The segmented document; an empty one (no letters) when identification finds nothing to do.
  mutating func segment(_ document: Document) throws -> SegmentedDocument? {
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

  private mutating func segmenter(for language: Language) throws -> SentenceSegmenter {
    if let segmenter = segmenters[language] { return segmenter }
    let segmenter = try SentenceSegmenter(language: language)
    segmenters[language] = segmenter
    return segmenter
  }
}
