/// Per-document facts of a corpus: id, language, source URL and headline.
public struct ManifestEntry: Sendable, Hashable {
  public var id: String
  public var language: Language
  /// The URL of the document's last source line that has one ("Source: https://…"); nil if none.
  public var sourceURL: String?
  /// The first line, when it is a heading; nil otherwise.
  public var headline: String?

  /// Reads the facts off a segmented document.
  public init(_ segmented: SegmentedDocument) {
    id = segmented.document.id
    language = segmented.language
    let sources = segmented.segments.filter { $0.kind == .source }.map { segmented.text(of: $0) }
    sourceURL = sources.reversed().lazy.compactMap(Self.url(inSourceLine:)).first
    if let first = segmented.segments.first, first.kind == .heading {
      headline = segmented.text(of: first)
    }
  }

  public init(id: String, language: Language, sourceURL: String?, headline: String?) {
    self.id = id
    self.language = language
    self.sourceURL = sourceURL
    self.headline = headline
  }

  /// The text after the label's colon when it starts with http(s)://, kept verbatim (sample 003's
  /// URL has a stray space; the manifest records what the article says).
  static func url(inSourceLine line: String) -> String? {
    guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
    var rest = line[line.index(after: colon)...].trimmingPrefix(while: \.isWhitespace)
    if line.hasPrefix("(") || line.hasPrefix("（"), rest.hasSuffix(")") || rest.hasSuffix("）") {
      rest = rest.dropLast()
    }
    return rest.hasPrefix("http://") || rest.hasPrefix("https://") ? String(rest) : nil
  }
}

/// The manifest file: tab-separated, a header comment naming the columns, one document per line.
public enum CorpusManifest {
  public static let header = "# Namesake corpus manifest. Columns: id<TAB>lang<TAB>source_url<TAB>headline (empty: none)\n"

  public static func render(_ entries: [ManifestEntry]) -> String {
    var text = header
    for entry in entries.sorted(by: { $0.id < $1.id }) {
      let fields = [entry.id, entry.language.rawValue, entry.sourceURL ?? "", entry.headline ?? ""]
      text += fields.map(Self.clean).joined(separator: "\t") + "\n"
    }
    return text
  }

  /// Tabs and line ends cannot occur in a segment's text, but a manifest must stay one line per entry.
  private static func clean(_ field: String) -> String {
    String(field.map { $0 == "\t" || $0.isNewline ? " " : $0 })
  }
}
