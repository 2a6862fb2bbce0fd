/// Identifies and segments documents: one segmenter per language, made on first use and shared
/// by every task (the segmenter itself is safe to share).
public struct SegmentationPipeline: Sendable {
  /// The language of every document, or nil to identify each one.
  public let forcedLanguage: Language?
  /// False to use ICU's boundaries without Namesake's corrections (for comparison).
  public let appliesCorrections: Bool
  private let identifier: LanguageIdentifier
  private let segmenters = Segmenters()

  public init(forcedLanguage: Language? = nil, appliesCorrections: Bool = true) throws(LanguageDataError) {
    self.forcedLanguage = forcedLanguage
    self.appliesCorrections = appliesCorrections
    identifier = try LanguageIdentifier()
  }

  /// The segmented document, or nil when it has no letters and no language was forced (there is
  /// nothing to segment, and no language to name).
  public func segment(_ document: Document) throws -> SegmentedDocument? {
    let language: Language
    if let forcedLanguage {
      language = forcedLanguage
    } else if let identified = try identifier.identify(document) {
      language = identified
    } else {
      return nil
    }
    return try segmenters.segmenter(for: language, appliesCorrections: appliesCorrections).segments(in: document)
  }

  private final class Segmenters: Sendable {
    private let made = Locked<[Language: SentenceSegmenter]>([:])

    func segmenter(for language: Language, appliesCorrections: Bool) throws(SegmentationError) -> SentenceSegmenter {
      if let segmenter = made.withLock({ $0[language] }) { return segmenter }
      // Made outside the lock; if two tasks race, both segmenters work and the first one stays.
      let segmenter = try SentenceSegmenter(language: language, appliesCorrections: appliesCorrections)
      return made.withLock { made in
        if let first = made[language] { return first }
        made[language] = segmenter
        return segmenter
      }
    }
  }
}
