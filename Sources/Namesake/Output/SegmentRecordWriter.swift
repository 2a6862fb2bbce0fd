/// Writes segments as JSON Lines records and as plain text.
///
/// A record: `doc`, `lang`, `index`, `kind`, `start`, `end` (Unicode scalar offsets, end-exclusive),
/// `text`, `trailing` (the whitespace after the segment). The first record of a document also has
/// `leading` (whitespace and byte order mark before it), so the records reproduce the document.
public enum SegmentRecordWriter {
  /// Appends the records of `segmented`'s segments at `indices` (default: all), so that a long
  /// document's output can be written a batch at a time.
  public static func appendJSONLines(_ segmented: SegmentedDocument, indices: Range<Int>? = nil, to writer: inout JSONWriter) {
    let document = segmented.document
    let documentFields = segmented.documentFields
    for segment in segmented.segments[indices ?? segmented.segments.indices] {
      writer.beginObject()
      writer.append(documentFields)
      writer.field(Keys.index, segment.index)
      writer.field(Keys.kind, segment.kind.rawValue)
      writer.field(Keys.start, segment.range.scalars.lowerBound)
      writer.field(Keys.end, segment.range.scalars.upperBound)
      writer.field(Keys.text, utf8: document.utf8[segment.range.utf8])
      if segment.index == 0 {
        writer.field("leading", utf8: document.utf8[segmented.leading.utf8])
      }
      writer.field(Keys.trailing, utf8: document.utf8[segment.trailing.utf8])
      writer.endObject()
      writer.newline()
    }
  }

  /// About the bytes `appendJSONLines` writes for `indices`: their text (escapes are rare) and
  /// the fields around it.
  public static func estimatedJSONLinesCount(_ segmented: SegmentedDocument, indices: Range<Int>) -> Int {
    guard let first = indices.first, let last = indices.last else { return 0 }
    let text = segmented.segments[last].trailing.utf8.upperBound - segmented.segments[first].range.utf8.lowerBound
    return text + indices.count * (100 + segmented.document.id.utf8.count)
  }

  /// The keys of every record, rendered once.
  enum Keys {
    static let index = JSONWriter.Key.rendered("index"), kind = JSONWriter.Key.rendered("kind"), start = JSONWriter.Key.rendered("start")
    static let end = JSONWriter.Key.rendered("end"), text = JSONWriter.Key.rendered("text"), trailing = JSONWriter.Key.rendered("trailing")
  }

  /// One segment per line, a blank line after each document: the usual input of sentence-aligned tools.
  /// Appends the segments at `indices` (default: all); the blank line comes with the last one.
  public static func appendText(_ segmented: SegmentedDocument, indices: Range<Int>? = nil, to bytes: inout [UInt8]) {
    let indices = indices ?? segmented.segments.indices
    for segment in segmented.segments[indices] {
      bytes.append(contentsOf: segmented.document.utf8[segment.range.utf8])
      bytes.append(0x0A)
    }
    if indices.upperBound == segmented.segments.count { bytes.append(0x0A) }
  }
}

extension SegmentedDocument {
  /// `doc` and `lang`, which begin every record of the document, escaped once.
  var documentFields: JSONWriter.Fields {
    JSONWriter.fields { writer in
      writer.field("doc", document.id)
      writer.field("lang", language.rawValue)
    }
  }
}
