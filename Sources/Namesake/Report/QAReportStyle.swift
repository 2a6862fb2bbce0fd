/// The report's stylesheet, inline so the report is one file. The two toggles at the top of
/// the body filter with `:has()` rather than a script.
enum QAReportStyle {
  static let css = """

    body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; padding: 0 1.5em 3em; max-width: 1400px; color: #1b1b1b; }
    h1 { margin: .8em 0 .2em; } h2 { margin: 1.6em 0 .3em; border-bottom: 2px solid #ccc; } h3 { margin: 1em 0 .3em; }
    table { border-collapse: collapse; } th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; }
    table.checks, table.documents { margin: .6em 0; } table.parallel { width: 100%; table-layout: fixed; }
    table.parallel col.n { width: 3.5em; } table.parallel td.n { color: #777; font-size: .85em; }
    td.original, td.normalized { white-space: pre-wrap; overflow-wrap: anywhere; }
    tr.k-source td, tr.k-boilerplate td { color: #888; background: #fafafa; }
    .toggle { position: absolute; left: -9999px; }
    .filters label { cursor: pointer; border: 1px solid #aaa; border-radius: 3px; padding: .1em .5em; margin-right: .5em; }
    body:has(#hide-info:checked) .finding.sev-info { display: none; }
    body:has(#hide-info:checked) label[for=hide-info], body:has(#hide-other:checked) label[for=hide-other] { background: #333; color: #fff; }
    body:has(#hide-other:checked) tr.k-source, body:has(#hide-other:checked) tr.k-boilerplate { display: none; }
    .mention, .canonical { text-decoration: none; color: inherit; border-radius: 2px; padding: 0 1px; }
    .kind-person { background: #dbe9ff; } .kind-place { background: #dcf3dc; } .kind-organization { background: #efe0ff; }
    .kind-office { background: #ffe9cc; } .kind-document { background: #eee; } .kind-event { background: #fff4b3; }
    .title { border-bottom: 2px solid #e08a00; color: inherit; text-decoration: none; }
    .unlinked { background: none; outline: 1px dashed #b00; }
    .mention.sev-error { outline: 2px solid #c00; } .mention.sev-warning { outline: 2px solid #e08a00; }
    ol.findings { padding-left: 1.5em; } .finding { margin: .2em 0; }
    .sev { display: inline-block; min-width: 4.5em; font-size: .8em; font-weight: 600; text-transform: uppercase; }
    .sev-error .sev { color: #c00; } .sev-warning .sev { color: #b86e00; } .sev-info .sev { color: #557; }
    .check { font-family: ui-monospace, monospace; font-size: .9em; } .fix { color: #075; }
    .entity { border-top: 1px solid #ddd; padding: .3em 0; } .entity .meta { color: #666; font-size: .9em; margin: 0; }
    .status-forbidden { text-decoration: line-through; color: #c00; } .status-deprecated { color: #b86e00; }
    :target { outline: 3px solid #36f !important; }

    """
}
