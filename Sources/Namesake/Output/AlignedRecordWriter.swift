/// Writes aligned records: one JSON object per segment with its mentions and its normalised text.
///
/// A record has the segment fields of `SegmentRecordWriter` (doc, lang, index, kind, start, end,
/// text) plus `mentions` and `normalized`: the segment with every linked mention replaced by its
/// canonical English form, a person's titles before the name ("General Secretary To Lam").
public enum AlignedRecordWriter {
  public static func appendJSONLines(_ segmented: SegmentedDocument, mentions: [Mention], to writer: inout JSONWriter) {
    let mentions = mentions.inTextOrder
    for positions in segmented.batches() { appendJSONLines(segmented, segmented.batch(positions, mentions: mentions), to: &writer) }
  }

  /// The records of one batch of segments.
  public static func appendJSONLines(_ segmented: SegmentedDocument, _ batch: SegmentBatch, to writer: inout JSONWriter) {
    let documentFields = segmented.documentFields
    for (offset, (segment, inside)) in zip(segmented.segments[batch.positions], batch.groups).enumerated() {
      let range = segment.range.scalars
      writer.beginObject()
      writer.append(documentFields)
      writer.field(SegmentRecordWriter.Keys.index, segment.index)
      writer.field(SegmentRecordWriter.Keys.kind, segment.kind.rawValue)
      writer.field(SegmentRecordWriter.Keys.start, range.lowerBound)
      writer.field(SegmentRecordWriter.Keys.end, range.upperBound)
      writer.field(SegmentRecordWriter.Keys.text, utf8: segmented.document.utf8[segment.range.utf8])
      writer.beginArray("mentions")
      for mention in inside { append(mention, to: &writer) }
      writer.endArray()
      writer.field("normalized", batch.normalizedText(offset))
      writer.endObject()
      writer.newline()
    }
  }

  static func append(_ mention: Mention, to writer: inout JSONWriter) {
    writer.beginObject()
    writer.field("start", mention.start)
    writer.field("end", mention.end)
    writer.field("surface", mention.surface)
    writer.field("kind", mention.kind.rawValue)
    if let entity = mention.entity { writer.field("entity", entity) } else { writer.nullField("entity") }
    if let canonical = mention.canonical { writer.field("canonical", canonical) } else { writer.nullField("canonical") }
    writer.beginArray("titles")
    for title in mention.titles {
      writer.beginObject()
      writer.field("start", title.start)
      writer.field("end", title.end)
      writer.field("surface", title.surface)
      writer.field("office", title.office)
      if let of = title.of { writer.field("of", of) }
      writer.field("canonical", title.canonical)
      writer.endObject()
    }
    writer.endArray()
    writer.field("method", mention.method.rawValue)
    writer.field("score", mention.score)
    if let honorific = mention.honorific { writer.field("honorific", honorific) }
    if !mention.flags.isEmpty {
      writer.beginArray("flags")
      for flag in mention.flags { writer.value(flag) }
      writer.endArray()
    }
    if !mention.candidates.isEmpty {
      writer.beginArray("candidates")
      for candidate in mention.candidates { writer.value(candidate) }
      writer.endArray()
    }
    writer.endObject()
  }

  /// A run of a normalised segment: original text, or the replacement for `mentions[mention]`.
  public struct NormalizedPiece: Sendable, Equatable {
    public var text: String
    public var mention: Int?
  }

  /// The segment text with linked mentions replaced, in pieces, so a report can show which text
  /// replaced which mention. A person's replacement covers the name, its honorific and the titles
  /// attached to it when they touch the name.
  public static func normalizedPieces(_ scalars: ScalarWindow, range: Range<Int>, mentions: [Mention]) -> [NormalizedPiece] {
    var replacements = [(span: Range<Int>, text: String, mention: Int)]()
    for (index, mention) in mentions.enumerated() {
      guard let canonical = mention.canonical, mention.entity != nil || mention.kind == .document else { continue }
      if mention.kind == .person {
        var start = mention.start
        var end = mention.end + (mention.honorific?.unicodeScalars.count ?? 0)
        // Grow over the titles next to the name; a list header ("Politburo members: A; B") stays
        // where it is, since it belongs to every name in the list.
        for title in mention.titles.sorted(by: { abs($0.start - mention.start) < abs($1.start - mention.start) }) {
          let between = title.end <= start ? title.end..<start : title.start >= end ? end..<title.start : start..<start
          guard !scalars[between].contains(where: { $0 == ":" || $0 == ";" }) else { continue }
          start = min(start, title.start)
          end = max(end, title.end)
        }
        // Closing brackets of 大将(国防大臣) belong to the extent too.
        while end < range.upperBound && (scalars[end] == ")" || scalars[end] == "）") && mention.titles.contains(where: { $0.end == end }) { end += 1 }
        let titles = mention.titles.filter { $0.start >= start && $0.end <= end }.map(\.canonical).joined(separator: ", ")
        replacements.append((start..<min(end, range.upperBound), titles.isEmpty ? canonical : titles + " " + canonical, index))
      } else {
        replacements.append((mention.start..<mention.end, canonical, index))
      }
    }
    replacements.sort { $0.span.lowerBound < $1.span.lowerBound }
    var pieces = [NormalizedPiece]()
    var cursor = range.lowerBound
    func original(upTo end: Int) {
      guard cursor < end else { return }
      pieces.append(NormalizedPiece(text: String(decoding: scalars.utf8(cursor..<end), as: UTF8.self), mention: nil))
    }
    for replacement in replacements where replacement.span.lowerBound >= cursor {
      original(upTo: replacement.span.lowerBound)
      pieces.append(NormalizedPiece(text: replacement.text, mention: replacement.mention))
      cursor = replacement.span.upperBound
    }
    original(upTo: range.upperBound)
    return pieces
  }
}

extension Array where Element == Mention {
  /// The mentions sorted by start, as the linker gives them (sorted again only if they are not).
  var inTextOrder: [Mention] {
    zip(self, dropFirst()).allSatisfy { $0.start <= $1.start } ? self : sorted { $0.start < $1.start }
  }
}
