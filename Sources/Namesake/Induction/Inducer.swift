/// Proposes glossary entries from a corpus, for human review: new Japanese and Swedish forms of
/// known people and places, new people and offices from English articles, and Japanese and
/// Swedish names of known offices, each with its evidence and a score.
///
/// Read every document with `read`, then ask for `proposals`: pairing a Japanese title with an
/// English office needs the English articles, whatever their order.
public struct Inducer: Sendable {
  /// Below this score a proposal is left out unless asked for: by design, a Vietnamese name with
  /// no title (0.35) and a phrase whose office is a guess among several.
  public static let defaultMinimumScore = 0.5

  public let glossary: Glossary
  private let linker: Linker
  private var pipeline: SegmentationPipeline
  private let collector: SightingCollector
  private let words: TitleWords
  private let ranker: KatakanaNameRanker
  private let dates: ArticleDates
  private let dateline: DatelineReader
  /// Each document's date, as QA reads it: from the dates file, else from its dateline.
  private var articleDates = [String: PartialDate]()
  private var sightings = Sightings()

  /// `dates`: article dates by document id (else an article's dateline is read), so that a
  /// Japanese or Swedish title is paired only with offices the person held at the time.
  public init(glossary: Glossary, forcedLanguage: Language? = nil, dates: ArticleDates = ArticleDates()) throws(LanguageDataError) {
    self.glossary = glossary
    self.dates = dates
    dateline = try DatelineReader()
    linker = try Linker(glossary: glossary)
    pipeline = try SegmentationPipeline(forcedLanguage: forcedLanguage)
    words = try TitleWords()
    collector = SightingCollector(glossary: glossary, words: words)
    ranker = KatakanaNameRanker(glossary: glossary, transliterator: try KatakanaTransliterator())
  }

  /// Reads one document's evidence (a document with no letters has none).
  public mutating func read(_ document: Document) throws {
    guard let segmented = try pipeline.segment(document) else { return }
    articleDates[document.id] = dates.dates[document.id] ?? dateline.date(in: segmented)
    collector.collect(LinkedDocument(segmented, mentions: linker.mentions(in: segmented)), into: &sightings)
  }

  /// The proposals scoring at least `minimumScore`, sorted by entity, language and form.
  public func proposals(minimumScore: Double = Inducer.defaultMinimumScore) -> [Proposal] {
    var ids = EntityIDs(glossary: glossary)
    var all = VariantProposer(glossary: glossary, ranker: ranker).proposals(sightings.variants)
    all += NewEntityProposer(glossary: glossary).proposals(people: sightings.unknownPeople, titles: sightings.englishTitles, ids: &ids)
    all += OfficePhrasePairer(glossary: glossary, words: words, dates: articleDates).proposals(sightings.foreignTitles, englishOffices: sightings.englishOffices)
    var kept = all.filter { $0.score >= minimumScore }
    // A tenure may name only offices and people that exist or are proposed here.
    let entities = Set(kept.map(\.entity))
    for index in kept.indices {
      kept[index].tenures.removeAll { tenure in
        [tenure.person, tenure.office].contains { glossary[$0] == nil && !entities.contains($0) }
      }
    }
    return kept.sorted(by: Proposal.ordered)
  }
}
