/// A self-contained HTML report of a QA run, for reviewers: a summary of the findings, then each
/// article beside its normalised form with mentions highlighted and linked to their glossary
/// entries, its findings listed and linked to the mentions, and an index of the entities
/// mentioned. No scripts and no external resources: it opens from a mail attachment or an
/// archive as it is. Deterministic: the same documents give the same bytes.
public struct QAReportWriter: Sendable {
  let glossary: Glossary
  private var sections = ""
  private var rows = [QAReportDocument.Summary]()
  private var mentioned = Set<String>()

  public init(glossary: Glossary) {
    self.glossary = glossary
  }

  public mutating func append(_ aligned: AlignedDocument) {
    let document = QAReportDocument(aligned: aligned, glossary: glossary)
    sections += document.html()
    rows.append(document.summary)
    mentioned.formUnion(document.entities)
  }

  public func render() -> [UInt8] {
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
    html += summary()
    html += "</header>\n<main>\n" + sections + "</main>\n"
    html += QAReportEntities(glossary: glossary).html(mentioned)
    html += "</body>\n</html>\n"
    return Array(html.utf8)
  }

  private func summary() -> String {
    let findings = rows.flatMap(\.findings)
    func count(_ severity: Finding.Severity) -> Int { findings.filter { $0.severity == severity }.count }
    let segments = rows.map(\.segments).reduce(0, +), mentions = rows.map(\.mentions).reduce(0, +), linked = rows.map(\.linked).reduce(0, +)
    var html = "<p class=\"totals\">\(rows.count) documents · \(segments) segments · \(mentions) mentions, \(linked) linked · "
    html += "\(findings.count) findings: \(count(.error)) errors, \(count(.warning)) warnings, \(count(.info)) notes</p>\n"
    html += "<p class=\"filters\"><label for=\"hide-info\">Hide notes</label> <label for=\"hide-other\">Hide source and boilerplate lines</label></p>\n"
    let checks = Dictionary(grouping: findings, by: \.check).sorted { $0.key < $1.key }
    if !checks.isEmpty {
      html += "<table class=\"checks\"><thead><tr><th>Check</th><th>Errors</th><th>Warnings</th><th>Notes</th></tr></thead><tbody>\n"
      for (check, group) in checks {
        let cells = [Finding.Severity.error, .warning, .info].map { severity in String(group.filter { $0.severity == severity }.count) }
        html += "<tr><td>\(HTML.escape(check))</td><td>\(cells.joined(separator: "</td><td>"))</td></tr>\n"
      }
      html += "</tbody></table>\n"
    }
    html += "<table class=\"documents\"><thead><tr><th>Document</th><th>Language</th><th>Date</th><th>Segments</th><th>Mentions</th><th>Linked</th><th>Findings</th></tr></thead><tbody>\n"
    for row in rows {
      let cells = [row.language.rawValue, row.date.map { "\($0.date) (\($0.origin.rawValue))" } ?? "—", String(row.segments), String(row.mentions), String(row.linked), String(row.findings.count)]
      html += "<tr><td><a href=\"#\(row.anchor)\">\(HTML.escape(row.doc))</a></td><td>\(cells.joined(separator: "</td><td>"))</td></tr>\n"
    }
    html += "</tbody></table>\n"
    return html
  }
}
