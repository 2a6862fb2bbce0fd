/// One document's text and linked mentions, with what induction asks of them: segments of
/// offsets, spans of text, and where the text already names an office the glossary knows.
struct LinkedDocument: Sendable {
  let id: String
  let language: Language
  let scalars: [Unicode.Scalar]
  let mentions: [Mention]
  let citation: DocumentCitation
  private let segmentStarts: [(start: Int, index: Int)]
  /// Spans of offices the glossary knows: attached titles and office mentions left standing.
  let knownTitleSpans: [Range<Int>]
  /// The same spans by where they end, for stepping back over a list of titles.
  private let knownTitlesByEnd: [Int: Range<Int>]
  /// People, places and organisations by where they start and end (a genitive -s included).
  private let namesByStart: [Int: Int]
  private let namesByEnd: [Int: Int]
  /// Spans of people's names.
  private let personSpans: SortedRanges

  init(_ segmented: SegmentedDocument, mentions: [Mention]) {
    id = segmented.document.id
    language = segmented.language
    scalars = Array(segmented.document.text.unicodeScalars)
    self.mentions = mentions
    citation = DocumentCitation(segmented)
    segmentStarts = segmented.segments.map { ($0.range.scalars.lowerBound, $0.index) }
    var spans = [Range<Int>]()
    for mention in mentions {
      if mention.kind == .office && mention.entity != nil { spans.append(mention.start..<mention.end) }
      spans += mention.titles.map { $0.start..<$0.end }
    }
    knownTitleSpans = spans
    knownTitlesByEnd = Dictionary(spans.map { ($0.upperBound, $0) }) { first, second in first.count >= second.count ? first : second }
    var byStart = [Int: Int]()
    var byEnd = [Int: Int]()
    for (index, mention) in mentions.enumerated() where [.person, .place, .organization].contains(mention.kind) {
      byStart[mention.start] = index
      byEnd[Self.end(of: mention, scalars)] = index
    }
    namesByStart = byStart
    namesByEnd = byEnd
    // Spans, not a set of every offset: a long document has millions of offsets inside names.
    personSpans = SortedRanges(mentions.filter { $0.kind == .person && $0.method != .coreference }.map { $0.start..<$0.end })
  }

  /// Whether `offset` is inside a person's name (a title resolved to a person is not a name).
  func isInName(_ offset: Int) -> Bool { personSpans.contains(offset, offset + 1) }

  /// Where a mention ends in the text: after its genitive -s or possessive 's, if it has one.
  static func end(of mention: Mention, _ scalars: [Unicode.Scalar]) -> Int {
    guard mention.flags.contains("genitive") else { return mention.end }
    let apostrophe = mention.end < scalars.count && (scalars[mention.end] == "'" || scalars[mention.end] == "’")
    return min(scalars.count, mention.end + (apostrophe ? 2 : 1))
  }

  /// The person, place or organisation mention that starts at `offset`.
  func mention(startingAt offset: Int) -> Mention? { namesByStart[offset].map { mentions[$0] } }

  /// The person, place or organisation mention that ends at `offset` (after a genitive -s).
  func mention(endingAt offset: Int) -> Mention? { namesByEnd[offset].map { mentions[$0] } }

  func text(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<scalars.count)
    return String(String.UnicodeScalarView(scalars[clamped]))
  }

  /// The index of the segment holding `offset`.
  func segment(at offset: Int) -> Int {
    var low = 0
    var high = segmentStarts.count
    while low < high {
      let middle = (low + high) / 2
      if segmentStarts[middle].start <= offset { low = middle + 1 } else { high = middle }
    }
    return low == 0 ? 0 : segmentStarts[low - 1].index
  }

  /// Evidence for the text in `range`.
  func evidence(_ range: Range<Int>, score: Double) -> Evidence {
    Evidence(doc: id, segment: segment(at: range.lowerBound), start: range.lowerBound, end: range.upperBound, surface: text(range), score: score)
  }

  /// The longest known title that ends at `offset`.
  func knownTitle(endingAt offset: Int) -> Range<Int>? { knownTitlesByEnd[offset] }

  /// Whether known titles cover `range`, up to the separators between them ("、", ", ", " and ").
  func isKnownTitle(_ range: Range<Int>, separators: Set<String>) -> Bool {
    let inside = knownTitleSpans.filter { $0.overlaps(range) }
    var uncovered = [Unicode.Scalar]()
    var words = [String]()
    var word = ""
    for offset in range where !inside.contains(where: { $0.contains(offset) }) {
      uncovered.append(scalars[offset])
    }
    for scalar in uncovered {
      if scalar.properties.isWhitespace || scalar == "," || scalar == "、" {
        if !word.isEmpty { words.append(word) }
        word = ""
      } else {
        word.unicodeScalars.append(scalar)
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.allSatisfy { separators.contains($0.lowercased()) }
  }
}

/// How a document is cited in the glossary: a sample id ("002", the convention for the sample
/// corpus), else the URL of its source line, else `imported:<doc>`, the one other form the
/// glossary validator accepts.
struct DocumentCitation: Sendable, Hashable {
  /// The glossary source item.
  var source: String
  /// The sample id, for a tenure's `seen_in`; nil for other documents.
  var sampleID: String?

  init(_ segmented: SegmentedDocument) {
    let id = segmented.document.id
    if let sample = Self.sampleID(of: id) {
      sampleID = sample
      source = sample
    } else if let url = ManifestEntry(segmented).sourceURL {
      // Sources are space-separated; a URL with a stray space (sample 003's) stays one item.
      sampleID = nil
      source = url.replacingOccurrences(of: " ", with: "%20")
    } else {
      sampleID = nil
      source = "imported:" + String(id.map { $0.isWhitespace ? "-" : $0 })
    }
  }

  /// "002" for a sample document ("002_262ae7da80b906d3" or "002"), else nil.
  static func sampleID(of doc: String) -> String? {
    let prefix = String(doc.prefix(3))
    return GlossaryBuilder.isSampleID(prefix) && (doc.count == 3 || doc.dropFirst(3).hasPrefix("_")) ? prefix : nil
  }
}
