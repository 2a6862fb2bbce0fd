/// The report's index of the entities mentioned: every form per language with its status, and a
/// person's offices with dates and sources, so a reviewer can judge a link or a finding without
/// opening the glossary.
struct QAReportEntities {
  let glossary: Glossary

  func html(_ ids: Set<String>) -> String {
    let entities = ids.compactMap { glossary[$0] }.sorted { ($0.kind.rawValue, $0.canonical, $0.id) < ($1.kind.rawValue, $1.canonical, $1.id) }
    guard !entities.isEmpty else { return "" }
    var html = "<section id=\"entities\">\n<h2>Entities mentioned</h2>\n"
    for entity in entities {
      html += "<article class=\"entity\" id=\"\(HTML.anchor("e", entity.id))\"><h3>\(HTML.escape(entity.canonical))</h3>\n"
      html += "<p class=\"meta\">\(entity.kind.rawValue) · \(HTML.escape(entity.id)) · \(sources(entity.sources))</p>\n"
      let languages = Language.allCases.filter { language in entity.names.contains { $0.language == language } }
      if !languages.isEmpty {
        html += "<table class=\"forms\"><tbody>\n"
        for language in languages {
          let forms = entity.names.filter { $0.language == language }.map { name in
            "<span class=\"status-\(name.status.rawValue)\" title=\"\(name.status.rawValue)\">\(HTML.escape(name.form))</span>"
          }
          html += "<tr><th>\(language.rawValue)</th><td lang=\"\(language.rawValue)\">\(forms.joined(separator: ", "))</td></tr>\n"
        }
        html += "</tbody></table>\n"
      }
      if !entity.tenures.isEmpty {
        html += "<ul class=\"offices\">\n"
        for tenure in entity.tenures {
          var office = glossary[tenure.office]?.canonical ?? tenure.office
          if let of = tenure.of { office += " (\(glossary[of]?.canonical ?? of))" }
          let span = tenure.from == nil && tenure.to == nil ? "undated" : "\(tenure.from?.description ?? "?")–\(tenure.to?.description ?? "")"
          html += "<li>\(HTML.escape(office)), \(span) · \(sources(tenure.sources))</li>\n"
        }
        html += "</ul>\n"
      }
      html += "</article>\n"
    }
    return html + "</section>\n"
  }

  /// Sources as text, web addresses as links (navigation only: the report loads nothing).
  private func sources(_ sources: Sources) -> String {
    sources.items.map { item in
      item.hasPrefix("https://") || item.hasPrefix("http://")
        ? "<a href=\"\(HTML.escape(item))\" rel=\"noreferrer\">\(HTML.escape(item))</a>" : HTML.escape(item)
    }.joined(separator: " ")
  }
}
