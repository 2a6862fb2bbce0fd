/// One article in the QA report: its findings, then its segments beside their normalised forms.
struct QAReportDocument {
  struct Summary: Sendable {
    var doc: String
    var anchor: String
    var language: Language
    var date: ArticleDate?
    var segments: Int
    var mentions: Int
    var linked: Int
    /// Findings per check and severity (counts only: a large run keeps one summary per document).
    var findings: [String: [Finding.Severity: Int]]
    var findingCount: Int { findings.values.flatMap(\.values).reduce(0, +) }
  }

  let aligned: AlignedDocument
  let glossary: Glossary
  private let scalars: [Unicode.Scalar]
  /// UTF-8 offset of each scalar (and of the end), so spans are sliced as bytes.
  private let utf8Offsets: [Int]
  private var doc: String { aligned.segmented.document.id }

  init(aligned: AlignedDocument, glossary: Glossary) {
    self.aligned = aligned
    self.glossary = glossary
    scalars = Array(aligned.segmented.document.text.unicodeScalars)
    var offsets = [Int]()
    offsets.reserveCapacity(scalars.count + 1)
    for (index, byte) in aligned.segmented.document.utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(index) }
    offsets.append(aligned.segmented.document.utf8.count)
    utf8Offsets = offsets
  }

  var summary: Summary {
    Summary(
      doc: doc, anchor: HTML.anchor("d", doc), language: aligned.segmented.language, date: aligned.date, segments: aligned.segmented.segments.count,
      mentions: aligned.mentions.count, linked: aligned.mentions.filter { $0.entity != nil }.count,
      findings: aligned.findings.reduce(into: [:]) { counts, finding in counts[finding.check, default: [:]][finding.severity, default: 0] += 1 })
  }

  /// Entities the report links to: the mentions' and their titles' offices.
  var entities: Set<String> {
    Set(aligned.mentions.flatMap { mention in [mention.entity].compactMap { $0 } + mention.titles.map(\.office) }).filter { glossary[$0] != nil }
  }

  func html() -> String {
    let summary = self.summary
    var table = ""
    var anchors = Set<String>()
    // The worst finding per mention span, looked up per mention (a scan per mention is quadratic).
    var worst = [Span: Finding.Severity]()
    for finding in aligned.findings {
      let span = Span(start: finding.start, end: finding.end)
      if worst[span].map({ rank(finding.severity) < rank($0) }) ?? true { worst[span] = finding.severity }
    }
    for (segment, inside) in zip(aligned.segmented.segments, aligned.segmented.mentionsBySegment(aligned.mentions)) {
      let range = segment.range.scalars
      table += "<tr id=\"\(HTML.anchor("s", doc, String(segment.index)))\" class=\"k-\(segment.kind.rawValue)\"><td class=\"n\">\(segment.index)</td>"
      table += "<td class=\"original\" lang=\"\(summary.language.rawValue)\">\(original(range, inside, worst, &anchors))</td>"
      table += "<td class=\"normalized\" lang=\"en\">\(normalized(range, inside))</td></tr>\n"
    }
    var html = "<section class=\"doc\" id=\"\(summary.anchor)\">\n<h2>\(HTML.escape(doc))</h2>\n"
    html += "<p class=\"meta\">\(languageName) · \(aligned.date.map { "dated \($0.date) (\($0.origin.rawValue))" } ?? "no date") · \(summary.segments) segments · "
    html += "\(summary.mentions) mentions, \(summary.linked) linked · \(summary.findingCount) findings</p>\n"
    if !aligned.findings.isEmpty {
      html += "<ol class=\"findings\">\n"
      for finding in aligned.findings { html += item(finding, anchors) }
      html += "</ol>\n"
    }
    html += "<table class=\"parallel\"><colgroup><col class=\"n\"><col><col></colgroup>\n"
    html += "<thead><tr><th>#</th><th>Original (\(summary.language.rawValue))</th><th>Normalised</th></tr></thead><tbody>\n"
    return html + table + "</tbody></table>\n</section>\n"
  }

  private var languageName: String {
    switch aligned.segmented.language {
    case .english: "English"
    case .japanese: "Japanese"
    case .swedish: "Swedish"
    case .vietnamese: "Vietnamese"
    }
  }

  private func item(_ finding: Finding, _ anchors: Set<String>) -> String {
    let mention = HTML.anchor("m", doc, String(finding.start))
    let target = anchors.contains(mention) ? mention : HTML.anchor("s", doc, String(finding.segment))
    var html = "<li class=\"finding sev-\(finding.severity.rawValue)\"><span class=\"sev\">\(finding.severity.rawValue)</span> "
    html += "<span class=\"check\">\(HTML.escape(finding.check))</span> <a href=\"#\(target)\">segment \(finding.segment)</a> "
    html += "<q>\(HTML.escape(finding.surface))</q>: \(HTML.escape(finding.message))"
    if let suggestion = finding.suggestion { html += " <span class=\"fix\">Suggested: \(HTML.escape(suggestion))</span>" }
    return html + "</li>\n"
  }

  /// The segment with mentions and their titles marked; where marks would overlap, the first wins.
  private struct Span: Hashable {
    var start: Int
    var end: Int
  }

  private func original(_ range: Range<Int>, _ mentions: [Mention], _ severities: [Span: Finding.Severity], _ anchors: inout Set<String>) -> String {
    var marks = [(start: Int, end: Int, open: String, close: String)]()
    for mention in mentions {
      let worst = severities[Span(start: mention.start, end: mention.end)]
      var classes = "mention kind-\(mention.kind.rawValue)" + (mention.entity == nil ? " unlinked" : "")
      if let worst { classes += " sev-\(worst.rawValue)" }
      let id = HTML.anchor("m", doc, String(mention.start))
      let attributes = "class=\"\(classes)\" id=\"\(id)\" title=\"\(HTML.escape(tooltip(mention)))\""
      if let entity = mention.entity, glossary[entity] != nil {
        marks.append((mention.start, mention.end, "<a \(attributes) href=\"#\(HTML.anchor("e", entity))\">", "</a>"))
      } else {
        marks.append((mention.start, mention.end, "<span \(attributes)>", "</span>"))
      }
      for title in mention.titles where range.contains(title.start) && title.end <= range.upperBound {
        let tip = HTML.escape(title.canonical)
        let open = glossary[title.office] != nil ? "<a class=\"title\" title=\"\(tip)\" href=\"#\(HTML.anchor("e", title.office))\">" : "<span class=\"title\" title=\"\(tip)\">"
        marks.append((title.start, title.end, open, open.hasPrefix("<a") ? "</a>" : "</span>"))
      }
    }
    marks.sort { ($0.start, $1.end) < ($1.start, $0.end) }
    var html = ""
    var cursor = range.lowerBound
    for mark in marks where mark.start >= cursor && mark.end <= range.upperBound {
      html += text(cursor..<mark.start) + mark.open + text(mark.start..<mark.end) + mark.close
      if mark.open.contains("class=\"mention") { anchors.insert(HTML.anchor("m", doc, String(mark.start))) }
      cursor = mark.end
    }
    return html + text(cursor..<range.upperBound)
  }

  private func normalized(_ range: Range<Int>, _ mentions: [Mention]) -> String {
    var html = ""
    for piece in AlignedRecordWriter.normalizedPieces(scalars, range: range, mentions: mentions) {
      guard let index = piece.mention else {
        html += HTML.escape(piece.text)
        continue
      }
      let mention = mentions[index]
      if let entity = mention.entity, glossary[entity] != nil {
        html += "<a class=\"canonical kind-\(mention.kind.rawValue)\" href=\"#\(HTML.anchor("e", entity))\">\(HTML.escape(piece.text))</a>"
      } else {
        html += "<span class=\"canonical kind-\(mention.kind.rawValue)\">\(HTML.escape(piece.text))</span>"
      }
    }
    return html
  }

  private func text(_ span: Range<Int>) -> String {
    HTML.escape(utf8: aligned.segmented.document.utf8[utf8Offsets[span.lowerBound]..<utf8Offsets[span.upperBound]])
  }

  private func rank(_ severity: Finding.Severity) -> Int {
    switch severity {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  private func tooltip(_ mention: Mention) -> String {
    var parts = [mention.canonical ?? "not linked", mention.entity ?? "", "\(mention.method.rawValue) \(formatScore(mention.score))"]
    if !mention.flags.isEmpty { parts.append(mention.flags.joined(separator: ", ")) }
    if !mention.candidates.isEmpty { parts.append("candidates: " + mention.candidates.joined(separator: ", ")) }
    return parts.filter { !$0.isEmpty }.joined(separator: " · ")
  }

  private func formatScore(_ score: Double) -> String {
    let hundredths = Int((score * 100).rounded())
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
