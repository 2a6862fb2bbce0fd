/// The record written in place of a refused document: `{"id":…,"line":N,"error":"…"}`.
///
/// Its first key is `id` where an aligned record's is `doc`, so a consumer can tell the two
/// apart by either key. `id` is null when the line gave no usable one.
public enum StreamErrorRecord {
  public static func append(id: String?, line: Int, message: String, to writer: inout JSONWriter) {
    writer.beginObject()
    if let id { writer.field("id", id) } else { writer.nullField("id") }
    writer.field("line", line)
    writer.field("error", message)
    writer.endObject()
    writer.newline()
  }
}
