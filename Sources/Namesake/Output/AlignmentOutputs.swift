/// The files `namesake align` writes besides the per-document records: a flat mention table for
/// spreadsheets and a TMX 1.4b memory pairing each Japanese or Swedish segment with its normalised
/// English-named form.
public enum AlignmentOutputs {
  public static let mentionsHeader = "doc\tlang\tsegment\tsurface\tcanonical\tentity\ttitles\n"

  /// Rows of `mentions.tsv` for one batch of a document's segments.
  public static func mentionRows(_ segmented: SegmentedDocument, _ batch: SegmentBatch) -> String {
    var text = ""
    for (segment, inside) in zip(segmented.segments[batch.positions], batch.groups) {
      for mention in inside {
        let titles = mention.titles.map(\.canonical).joined(separator: "; ")
        let fields = [
          segmented.document.id, segmented.language.rawValue, String(segment.index), mention.surface,
          mention.canonical ?? "", mention.entity ?? "", titles,
        ]
        text += fields.map { $0.containsByte { $0 == 0x09 } ? $0.replacingOccurrences(of: "\t", with: " ") : $0 }.joined(separator: "\t") + "\n"
      }
    }
    return text
  }

  public static let tmxHeader = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4">
      <header creationtool="namesake" creationtoolversion="1" segtype="sentence" o-tmf="namesake-jsonl" adminlang="en" srclang="*all*" datatype="plaintext"/>
      <body>

    """
  public static let tmxFooter = "  </body>\n</tmx>\n"

  /// Translation units of one batch of a document's segments: each content segment of a
  /// non-English document with its normalised form as the English side.
  public static func tmxUnits(_ segmented: SegmentedDocument, _ batch: SegmentBatch) -> String {
    guard segmented.language != .english else { return "" }
    var xml = ""
    for (offset, segment) in segmented.segments[batch.positions].enumerated() where segment.kind == .sentence || segment.kind == .heading {
      let normalized = batch.normalizedText(offset)
      xml += "    <tu tuid=\"\(segmented.document.id)-\(segment.index)\">\n"
      xml += "      <prop type=\"x-doc\">\(TBXGlossaryFormat.escape(segmented.document.id))</prop>\n"
      xml += "      <tuv xml:lang=\"\(segmented.language.rawValue)\"><seg>\(TBXGlossaryFormat.escape(segmented.text(of: segment)))</seg></tuv>\n"
      xml += "      <tuv xml:lang=\"en\"><seg>\(TBXGlossaryFormat.escape(normalized))</seg></tuv>\n"
      xml += "    </tu>\n"
    }
    return xml
  }
}
