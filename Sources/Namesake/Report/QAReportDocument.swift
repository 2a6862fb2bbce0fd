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
  func html(batches: [SegmentBatch]? = nil) -> [UInt8] {
    var rows = MarkupBytes()
    var anchors = Set<Int>()
    let batches = batches ?? aligned.segmented.batches().map { aligned.segmented.batch($0, mentions: mentions) }
    for batch in batches { self.rows(batch, &anchors, into: &rows) }
    var html = Array(head(anchors).utf8)
    html.reserveCapacity(html.count + rows.bytes.count + Self.tail.utf8.count)
    html += rows.bytes
    html += Self.tail.utf8
    return html
  }

  /// The section in pieces, for a long document: `head`, then the rows of each batch, then
  /// `tail`. The head's findings link to the mentions' anchors, so these are found first.
  func pieces(segmentsPerBatch: Int = SegmentedDocument.renderingBatch, _ write: ([UInt8]) throws -> Void) rethrows {
    var anchors = Set<Int>()
    if !aligned.findings.isEmpty {
      // Only where marks land: no text is decoded for this pass.
      for positions in aligned.segmented.batches(of: segmentsPerBatch) {
        for (segment, inside) in zip(aligned.segmented.segments[positions], aligned.segmented.mentionGroups(positions, mentions: mentions)) {
          for mark in placedMarks(segment.range.scalars, inside) where mark.title == nil { anchors.insert(mark.start) }
        }
      }
    }
    try write(Array(head(anchors).utf8))
    for positions in aligned.segmented.batches(of: segmentsPerBatch) {
      var unused = Set<Int>()
      var rows = MarkupBytes()
      self.rows(aligned.segmented.batch(positions, mentions: mentions), &unused, into: &rows)
      try write(rows.bytes)
    }
    try write(Array(Self.tail.utf8))
  }

  /// The section's heading, its findings (linked to the mention anchors of `anchors`, the starts
  /// of the mentions marked, where their mention has one) and the table's head.
  private func head(_ anchors: Set<Int>) -> String {
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

  /// The table rows of a batch of segments; adds the starts of the mentions marked to `anchors`.
  private func rows(_ batch: SegmentBatch, _ anchors: inout Set<Int>, into html: inout MarkupBytes) {
    let language = aligned.segmented.language.rawValue
    for (offset, (segment, inside)) in zip(aligned.segmented.segments[batch.positions], batch.groups).enumerated() {
      html.append("<tr id=\"")
      html.append(markup: segmentAnchors)
      html.append("-")
      html.append(segment.index)
      html.append("\" class=\"k-")
      html.append(markup: segment.kind.rawValue)
      html.append("\"><td class=\"n\">")
      html.append(segment.index)
      html.append("</td><td class=\"original\" lang=\"")
      html.append(markup: language)
      html.append("\">")
      original(segment.range.scalars, inside, batch.scalars, &anchors, into: &html)
      html.append("</td><td class=\"normalized\" lang=\"en\">")
      normalized(batch.normalized[offset], inside, into: &html)
      html.append("</td></tr>\n")
    }
  }

  private var languageName: String {
    switch aligned.segmented.language {
    case .english: "English"
    case .japanese: "Japanese"
    case .swedish: "Swedish"
    case .vietnamese: "Vietnamese"
    }
  }

  private func item(_ finding: Finding, _ anchors: Set<Int>) -> String {
    let target = anchors.contains(finding.start) ? mentionAnchor(finding.start) : segmentAnchor(finding.segment)
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

  /// The segment with mentions and their titles marked; adds the starts of the mentions marked to
  /// `anchors`.
  private func original(_ range: Range<Int>, _ mentions: [Mention], _ scalars: ScalarWindow, _ anchors: inout Set<Int>, into html: inout MarkupBytes) {
    var cursor = range.lowerBound
    for mark in placedMarks(range, mentions) {
      let mention = mentions[mark.mention]
      html.append(escaping: scalars.utf8(cursor..<mark.start))
      let isLink: Bool
      if let titleIndex = mark.title {
        let title = mention.titles[titleIndex]
        isLink = glossary.contains(id: title.office)
        html.append(isLink ? "<a class=\"title\" title=\"" : "<span class=\"title\" title=\"")
        html.append(escaping: title.canonical)
        if isLink {
          html.append("\" href=\"#")
          html.append(anchor: "e", title.office)
        }
        html.append("\">")
      } else {
        anchors.insert(mention.start)
        let entity = mention.entity.flatMap { glossary.contains(id: $0) ? $0 : nil }
        isLink = entity != nil
        html.append(isLink ? "<a class=\"mention kind-" : "<span class=\"mention kind-")
        html.append(markup: mention.kind.rawValue)
        if mention.entity == nil { html.append(" unlinked") }
        if let worst = worst[Span(start: mention.start, end: mention.end)] {
          html.append(" sev-")
          html.append(markup: worst.rawValue)
        }
        html.append("\" id=\"")
        html.append(markup: mentionAnchors)
        html.append("-")
        html.append(mention.start)
        html.append("\" title=\"")
        tooltip(mention, into: &html)
        if let entity {
          html.append("\" href=\"#")
          html.append(anchor: "e", entity)
        }
        html.append("\">")
      }
      html.append(escaping: scalars.utf8(mark.start..<mark.end))
      html.append(isLink ? "</a>" : "</span>")
      cursor = mark.end
    }
    html.append(escaping: scalars.utf8(cursor..<range.upperBound))
  }

  private func normalized(_ pieces: [AlignedRecordWriter.NormalizedPiece], _ mentions: [Mention], into html: inout MarkupBytes) {
    for piece in pieces {
      guard let index = piece.mention else {
        html.append(escaping: piece.text)
        continue
      }
      let mention = mentions[index]
      let entity = mention.entity.flatMap { glossary.contains(id: $0) ? $0 : nil }
      html.append(entity == nil ? "<span class=\"canonical kind-" : "<a class=\"canonical kind-")
      html.append(markup: mention.kind.rawValue)
      if let entity {
        html.append("\" href=\"#")
        html.append(anchor: "e", entity)
      }
      html.append("\">")
      html.append(escaping: piece.text)
      html.append(entity == nil ? "</span>" : "</a>")
    }
  }

  private func segmentAnchor(_ index: Int) -> String { segmentAnchors + "-" + String(index) }

  private func mentionAnchor(_ start: Int) -> String { mentionAnchors + "-" + String(start) }

  private static func rank(_ severity: Finding.Severity) -> Int {
    switch severity {
    case .error: 0
    case .warning: 1
    case .info: 2
    }
  }

  /// What a mention was linked to, how and how sure, its flags and candidates, the non-empty
  /// ones separated by " · ". Written piece by piece: joined first, it was a third of the rows.
  private func tooltip(_ mention: Mention, into html: inout MarkupBytes) {
    var started = false
    func separate() {
      if started { html.append(" · ") }
      started = true
    }
    for part in [mention.canonical ?? "not linked", mention.entity ?? ""] where !part.isEmpty {
      separate()
      html.append(escaping: part)
    }
    separate()
    html.append(markup: mention.method.rawValue)
    html.append(" ")
    // Two decimals, as "0.95".
    let hundredths = Int((mention.score * 100).rounded())
    html.append(hundredths / 100)
    html.append(hundredths % 100 < 10 ? ".0" : ".")
    html.append(hundredths % 100)
    for (label, list) in [("", mention.flags), ("candidates: ", mention.candidates)] where !list.isEmpty {
      separate()
      html.append(markup: label)
      for (index, item) in list.enumerated() {
        if index > 0 { html.append(", ") }
        html.append(escaping: item)
      }
    }
  }
}
