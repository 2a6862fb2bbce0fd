/// QA findings as JSON Lines: doc, segment, start, end, surface, check, severity, message, suggestion.
public enum FindingWriter {
  /// The JSON Lines of `findings`.
  public static func lines(_ findings: [Finding]) -> [UInt8] {
    var writer = JSONWriter()
    append(findings, to: &writer)
    return writer.bytes
  }

  public static func append(_ findings: [Finding], to writer: inout JSONWriter) {
    for finding in findings {
      writer.beginObject()
      writer.field("doc", finding.doc)
      writer.field("segment", finding.segment)
      writer.field("start", finding.start)
      writer.field("end", finding.end)
      writer.field("surface", finding.surface)
      writer.field("check", finding.check)
      writer.field("severity", finding.severity.rawValue)
      writer.field("message", finding.message)
      if let suggestion = finding.suggestion { writer.field("suggestion", suggestion) } else { writer.nullField("suggestion") }
      writer.endObject()
      writer.newline()
    }
  }
}
