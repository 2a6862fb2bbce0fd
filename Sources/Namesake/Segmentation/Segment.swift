/// What a segment is, so later stages can skip what is not content.
public enum SegmentKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// Running text.
  case sentence
  /// A short line without final punctuation: a headline, subheading or caption.
  case heading
  /// A source line: "Source: …", "Källa: …", "(Källa: …)".
  case source
  /// Site furniture: "Comment (0)", "Kommentar (0)".
  case boilerplate
}

/// One segment of a document.
///
/// `range` covers the segment's text without surrounding whitespace; `trailing` is the whitespace
/// after it, up to the next segment or the end of the document. With the document's `leading`
/// whitespace, ranges and trailing ranges tile the document exactly.
public struct Segment: Sendable, Hashable {
  public var index: Int
  public var kind: SegmentKind
  public var range: TextRange
  public var trailing: TextRange
}

/// A document cut into segments.
public struct SegmentedDocument: Sendable {
  public var document: Document
  public var language: Language
  /// Whitespace (and a byte order mark) before the first segment.
  public var leading: TextRange
  /// Segments in text order; their ranges ascend and do not overlap.
  public var segments: [Segment]

  /// The text of a segment.
  public func text(of segment: Segment) -> String { document.text(in: segment.range) }
}
