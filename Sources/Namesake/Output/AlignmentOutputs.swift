/// The files `namesake align` writes besides the per-document records: a flat mention table for
/// spreadsheets and a TMX 1.4b memory pairing each Japanese or Swedish segment with its normalised
/// English-named form.
public enum AlignmentOutputs {
  public static let mentionsHeader = "doc\tlang\tsegment\tsurface\tcanonical\tentity\ttitles\n"

  /// Rows of `mentions.tsv` for one batch of a document's segments; a tab inside a field becomes
  /// a space.
  public static func mentionRows(_ segmented: SegmentedDocument, _ batch: SegmentBatch) -> [UInt8] {
    var rows = [UInt8]()
    func field(_ text: String, last: Bool = false) {
      if text.containsByte(where: { $0 == 0x09 }) {
        rows.append(contentsOf: text.utf8.lazy.map { $0 == 0x09 ? 0x20 : $0 })
      } else {
        rows.append(contentsOf: text.utf8)
      }
      rows.append(last ? 0x0A : 0x09)
    }
    let doc = segmented.document.id, language = segmented.language.rawValue
    for (segment, inside) in zip(segmented.segments[batch.positions], batch.groups) {
      let index = String(segment.index)
      for mention in inside {
        for text in [doc, language, index, mention.surface, mention.canonical ?? "", mention.entity ?? ""] { field(text) }
        field(mention.titles.map(\.canonical).joined(separator: "; "), last: true)
      }
    }
    return rows
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
  public static func tmxUnits(_ segmented: SegmentedDocument, _ batch: SegmentBatch) -> [UInt8] {
    guard segmented.language != .english else { return [] }
    var xml = MarkupBytes()
    let doc = segmented.document.id
    for (offset, segment) in segmented.segments[batch.positions].enumerated() where segment.kind == .sentence || segment.kind == .heading {
      xml.append("    <tu tuid=\"")
      xml.append(escaping: doc, apostrophe: false)
      xml.append("-")
      xml.append(segment.index)
      xml.append("\">\n      <prop type=\"x-doc\">")
      xml.append(escaping: doc, apostrophe: false)
      xml.append("</prop>\n      <tuv xml:lang=\"")
      xml.append(markup: segmented.language.rawValue)
      xml.append("\"><seg>")
      xml.append(escaping: segmented.document.utf8[segment.range.utf8], apostrophe: false)
      xml.append("</seg></tuv>\n      <tuv xml:lang=\"en\"><seg>")
      for piece in batch.normalized[offset] { xml.append(escaping: piece.text, apostrophe: false) }
      xml.append("</seg></tuv>\n    </tu>\n")
    }
    return xml.bytes
  }
}
