/// One article's part of the QA report, rendered where the article was aligned.
public struct QAReportSection: Sendable {
  /// The section's HTML, UTF-8.
  public var html: [UInt8]
  var summary: QAReportDocument.Summary
  var entities: Set<String>

  public init(_ aligned: AlignedDocument, glossary: Glossary) {
    self.init(aligned, glossary: glossary, batches: nil)
  }

  /// From the batches the document's records were rendered from, if given.
  init(_ aligned: AlignedDocument, glossary: Glossary, batches: [SegmentBatch]?) {
    let document = QAReportDocument(aligned: aligned, glossary: glossary)
    html = document.html(batches: batches)
    summary = document.summary
    entities = document.entities
  }

  /// The summary and entities of a section whose HTML was written in pieces.
  init(summaryOf document: QAReportDocument) {
    html = []
    summary = document.summary
    entities = document.entities
  }
}

/// A self-contained HTML report of a QA run, for reviewers: a summary of the findings, then each
/// article beside its normalised form with mentions highlighted and linked to their glossary
/// entries, its findings listed and linked to the mentions, and an index of the entities
/// mentioned. No scripts and no external resources: it opens from a mail attachment or an
/// archive as it is. Deterministic: the same documents give the same bytes.
///
/// The sections are not kept here: a caller writes each section's `html` between `head()` and
/// `tail()`, so a report over a large corpus is written as it goes.
public struct QAReport: Sendable {
  let glossary: Glossary
  private var rows = [QAReportDocument.Summary]()
  private var mentioned = Set<String>()

  public init(glossary: Glossary) {
    self.glossary = glossary
  }

  public mutating func add(_ section: QAReportSection) {
    rows.append(section.summary)
    mentioned.formUnion(section.entities)
  }

  /// Everything before the first section; call after every section is added (it holds the totals).
  public func head() -> [UInt8] {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Namesake QA report</title>
      <style>\(QAReportStyle.css)</style>
      </head>
      <body>
      <input type="checkbox" id="hide-info" class="toggle"><input type="checkbox" id="hide-other" class="toggle">
      <header>
      <h1>Namesake QA report</h1>

      """
    html += summary() + "</header>\n<main>\n"
    return Array(html.utf8)
  }

  /// Everything after the last section: the entity index.
  public func tail() -> [UInt8] {
    Array(("</main>\n" + QAReportEntities(glossary: glossary).html(mentioned) + "</body>\n</html>\n").utf8)
  }

  private func summary() -> String {
    var checks = [String: [Finding.Severity: Int]]()
    for row in rows { checks.merge(row.findings) { $0.merging($1, uniquingKeysWith: +) } }
    func count(_ severity: Finding.Severity) -> Int { checks.values.map { $0[severity] ?? 0 }.reduce(0, +) }
    let total = count(.error) + count(.warning) + count(.info)
    let segments = rows.map(\.segments).reduce(0, +), mentions = rows.map(\.mentions).reduce(0, +), linked = rows.map(\.linked).reduce(0, +)
    var html = "<p class=\"totals\">\(rows.count) documents · \(segments) segments · \(mentions) mentions, \(linked) linked · "
    html += "\(total) findings: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.info)) notes</p>\n"
    html += "<p class=\"filters\"><label for=\"hide-info\">Hide notes</label> <label for=\"hide-other\">Hide source and boilerplate lines</label></p>\n"
    if !checks.isEmpty {
      html += "<table class=\"checks\"><thead><tr><th>Check</th><th>Errors</th><th>Warnings</th><th>Notes</th></tr></thead><tbody>\n"
      for (check, counts) in checks.sorted(by: { $0.key < $1.key }) {
        let cells = [Finding.Severity.error, .warning, .info].map { String(counts[$0] ?? 0) }
        html += "<tr><td>\(HTML.escape(check))</td><td>\(cells.joined(separator: "</td><td>"))</td></tr>\n"
      }
      html += "</tbody></table>\n"
    }
    html += "<table class=\"documents\"><thead><tr><th>Document</th><th>Language</th><th>Date</th><th>Segments</th><th>Mentions</th><th>Linked</th><th>Findings</th></tr></thead><tbody>\n"
    for row in rows {
      let cells = [
        row.language.rawValue, row.date.map { "\($0.date) (\($0.origin.rawValue))" } ?? "—", String(row.segments), String(row.mentions),
        String(row.linked), String(row.findingCount),
      ]
      html += "<tr><td><a href=\"#\(row.anchor)\">\(HTML.escape(row.doc))</a></td><td>\(cells.joined(separator: "</td><td>"))</td></tr>\n"
    }
    html += "</tbody></table>\n"
    return html
  }
}

/// The whole report in memory, for small runs and tests.
public struct QAReportWriter: Sendable {
  private var report: QAReport
  private var sections = [UInt8]()

  public init(glossary: Glossary) {
    report = QAReport(glossary: glossary)
  }

  public mutating func append(_ aligned: AlignedDocument) {
    let section = QAReportSection(aligned, glossary: report.glossary)
    sections += section.html
    report.add(section)
  }

  public func render() -> [UInt8] { report.head() + sections + report.tail() }
}
