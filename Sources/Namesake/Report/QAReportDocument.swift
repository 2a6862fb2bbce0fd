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
  /// The mentions in text order (batches find theirs by binary search).
  private let mentions: [Mention]
  /// The worst finding per mention span, looked up per mention (a scan per mention is quadratic).
  private let worst: [Span: Finding.Severity]
  private var doc: String { aligned.segmented.document.id }
  /// `HTML.anchor("s", doc)` and `HTML.anchor("m", doc)`, made once: a number appended after "-"
  /// gives the anchor of a segment or a mention (digits are kept as they are).
  private let segmentAnchors: String, mentionAnchors: String

  init(aligned: AlignedDocument, glossary: Glossary) {
    self.aligned = aligned
    self.glossary = glossary
    mentions = aligned.mentions.inTextOrder
    segmentAnchors = HTML.anchor("s", aligned.segmented.document.id)
    mentionAnchors = HTML.anchor("m", aligned.segmented.document.id)
    var worst = [Span: Finding.Severity]()
    for finding in aligned.findings {
      let span = Span(start: finding.start, end: finding.end)
      if worst[span].map({ Self.rank(finding.severity) < Self.rank($0) }) ?? true { worst[span] = finding.severity }
    }
    self.worst = worst
  }

  var summary: Summary {
    Summary(
      doc: doc, anchor: HTML.anchor("d", doc), language: aligned.segmented.language, date: aligned.date, segments: aligned.segmented.segments.count,
      mentions: aligned.mentions.count, linked: aligned.mentions.filter { $0.entity != nil }.count,
      findings: aligned.findings.reduce(into: [:]) { counts, finding in counts[finding.check, default: [:]][finding.severity, default: 0] += 1 })
  }

  /// Entities the report links to: the mentions' and their titles' offices.
  var entities: Set<String> {
    Set(aligned.mentions.flatMap { mention in [mention.entity].compactMap { $0 } + mention.titles.map(\.office) }).filter { glossary.contains(id: $0) }
  }

  /// The whole section (a short document's, rendered where it was aligned), from `batches` when
  /// the records were just rendered from them (each made afresh, they were a tenth of the report).
  func html(batches: [SegmentBatch]? = nil) -> String {
    var rows = ""
    var anchors = Set<String>()
    let batches = batches ?? aligned.segmented.batches().map { aligned.segmented.batch($0, mentions: mentions) }
    for batch in batches { rows += self.rows(batch, &anchors) }
    return head(anchors) + rows + Self.tail
  }

  /// The section in pieces, for a long document: `head`, then the rows of each batch, then
  /// `tail`. The head's findings link to the mentions' anchors, so these are found first.
  func pieces(segmentsPerBatch: Int = SegmentedDocument.renderingBatch, _ write: (String) throws -> Void) rethrows {
    var anchors = Set<String>()
    if !aligned.findings.isEmpty {
      // Only where marks land: no text is decoded for this pass.
      for positions in aligned.segmented.batches(of: segmentsPerBatch) {
        for (segment, inside) in zip(aligned.segmented.segments[positions], aligned.segmented.mentionGroups(positions, mentions: mentions)) {
          for mark in placedMarks(segment.range.scalars, inside) where mark.title == nil { anchors.insert(mentionAnchor(mark.start)) }
        }
      }
    }
    try write(head(anchors))
    for positions in aligned.segmented.batches(of: segmentsPerBatch) {
      var unused = Set<String>()
      try write(rows(aligned.segmented.batch(positions, mentions: mentions), &unused))
    }
    try write(Self.tail)
  }

  /// The section's heading, its findings (linked to `anchors` where their mention has one) and
  /// the table's head.
  private func head(_ anchors: Set<String>) -> String {
    let summary = self.summary
    var html = "<section class=\"doc\" id=\"\(summary.anchor)\">\n<h2>\(HTML.escape(doc))</h2>\n"
    html += "<p class=\"meta\">\(languageName) · \(aligned.date.map { "dated \($0.date) (\($0.origin.rawValue))" } ?? "no date") · \(summary.segments) segments · "
    html += "\(summary.mentions) mentions, \(summary.linked) linked · \(summary.findingCount) findings</p>\n"
    if !aligned.findings.isEmpty {
      html += "<ol class=\"findings\">\n"
      for finding in aligned.findings { html += item(finding, anchors) }
      html += "</ol>\n"
    }
    html += "<table class=\"parallel\"><colgroup><col class=\"n\"><col><col></colgroup>\n"
    return html + "<thead><tr><th>#</th><th>Original (\(summary.language.rawValue))</th><th>Normalised</th></tr></thead><tbody>\n"
  }

  private static let tail = "</tbody></table>\n</section>\n"

  /// The table rows of a batch of segments; adds the mention anchors placed to `anchors`.
  private func rows(_ batch: SegmentBatch, _ anchors: inout Set<String>) -> String {
    var table = ""
    let language = aligned.segmented.language.rawValue
    for (offset, (segment, inside)) in zip(aligned.segmented.segments[batch.positions], batch.groups).enumerated() {
      let range = segment.range.scalars
      table += "<tr id=\"\(segmentAnchor(segment.index))\" class=\"k-\(segment.kind.rawValue)\"><td class=\"n\">\(segment.index)</td>"
      table += "<td class=\"original\" lang=\"\(language)\">\(original(range, inside, batch.scalars, &anchors))</td>"
      table += "<td class=\"normalized\" lang=\"en\">\(normalized(batch.normalized[offset], inside))</td></tr>\n"
    }
    return table
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
    let mention = mentionAnchor(finding.start)
    let target = anchors.contains(mention) ? mention : segmentAnchor(finding.segment)
    var html = "<li class=\"finding sev-\(finding.severity.rawValue)\"><span class=\"sev\">\(finding.severity.rawValue)</span> "
    html += "<span class=\"check\">\(HTML.escape(finding.check))</span> <a href=\"#\(target)\">segment \(finding.segment)</a> "
    html += "<q>\(HTML.escape(finding.surface))</q>: \(HTML.escape(finding.message))"
    if let suggestion = finding.suggestion { html += " <span class=\"fix\">Suggested: \(HTML.escape(suggestion))</span>" }
    return html + "</li>\n"
  }

  private struct Span: Hashable {
    var start: Int
    var end: Int
  }

  /// A mention (`title` nil) or one of its titles, to be marked in the original text.
  private struct Mark {
    var start: Int
    var end: Int
    var mention: Int
    var title: Int?
  }

  /// The marks of a segment's mentions and their titles that are shown: where marks would
  /// overlap, the first wins.
  private func placedMarks(_ range: Range<Int>, _ mentions: [Mention]) -> [Mark] {
    var marks = [Mark]()
    for (index, mention) in mentions.enumerated() {
      marks.append(Mark(start: mention.start, end: mention.end, mention: index))
      for (titleIndex, title) in mention.titles.enumerated() where range.contains(title.start) && title.end <= range.upperBound {
        marks.append(Mark(start: title.start, end: title.end, mention: index, title: titleIndex))
      }
    }
    marks.sort { ($0.start, $1.end) < ($1.start, $0.end) }
    var placed = [Mark]()
    var cursor = range.lowerBound
    for mark in marks where mark.start >= cursor && mark.end <= range.upperBound {
      placed.append(mark)
      cursor = mark.end
    }
    return placed
  }

  /// The segment with mentions and their titles marked.
  private func original(_ range: Range<Int>, _ mentions: [Mention], _ scalars: ScalarWindow, _ anchors: inout Set<String>) -> String {
    var html = ""
    var cursor = range.lowerBound
    for mark in placedMarks(range, mentions) {
      let mention = mentions[mark.mention]
      let (open, close): (String, String)
      if let titleIndex = mark.title {
        let title = mention.titles[titleIndex]
        let tip = HTML.escape(title.canonical)
        (open, close) = glossary.contains(id: title.office)
          ? ("<a class=\"title\" title=\"\(tip)\" href=\"#\(HTML.anchor("e", title.office))\">", "</a>") : ("<span class=\"title\" title=\"\(tip)\">", "</span>")
      } else {
        let id = mentionAnchor(mention.start)
        anchors.insert(id)
        var classes = "mention kind-\(mention.kind.rawValue)" + (mention.entity == nil ? " unlinked" : "")
        if let worst = worst[Span(start: mention.start, end: mention.end)] { classes += " sev-\(worst.rawValue)" }
        let attributes = "class=\"\(classes)\" id=\"\(id)\" title=\"\(HTML.escape(tooltip(mention)))\""
        if let entity = mention.entity, glossary.contains(id: entity) {
          (open, close) = ("<a \(attributes) href=\"#\(HTML.anchor("e", entity))\">", "</a>")
        } else {
          (open, close) = ("<span \(attributes)>", "</span>")
        }
      }
      html += text(cursor..<mark.start, scalars) + open + text(mark.start..<mark.end, scalars) + close
      cursor = mark.end
    }
    return html + text(cursor..<range.upperBound, scalars)
  }

  private func normalized(_ pieces: [AlignedRecordWriter.NormalizedPiece], _ mentions: [Mention]) -> String {
    var html = ""
    for piece in pieces {
      guard let index = piece.mention else {
        html += HTML.escape(piece.text)
        continue
      }
      let mention = mentions[index]
      if let entity = mention.entity, glossary.contains(id: entity) {
        html += "<a class=\"canonical kind-\(mention.kind.rawValue)\" href=\"#\(HTML.anchor("e", entity))\">\(HTML.escape(piece.text))</a>"
      } else {
        html += "<span class=\"canonical kind-\(mention.kind.rawValue)\">\(HTML.escape(piece.text))</span>"
      }
    }
    return html
  }

  private func segmentAnchor(_ index: Int) -> String { segmentAnchors + "-" + String(index) }

  private func mentionAnchor(_ start: Int) -> String { mentionAnchors + "-" + String(start) }

  private func text(_ span: Range<Int>, _ scalars: ScalarWindow) -> String {
    HTML.escape(utf8: scalars.utf8(span))
  }

  private static func rank(_ severity: Finding.Severity) -> Int {
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
