import Foundation

/// Dates of articles, by document id, from a sourced TSV (`corpus/dates.tsv`).
public struct ArticleDates: Sendable {
  public private(set) var dates: [String: PartialDate] = [:]

  public init() {}

  /// Reads `id<TAB>date<TAB>what<TAB>source` lines; a malformed line is an error naming it.
  public init(path: String) throws(GlossaryError) {
    var issues = [GlossaryIssue]()
    for (number, line) in GlossaryFile.lines(try GlossaryFile.text(path: path)).enumerated() where !line.isEmpty && !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 4, let date = PartialDate(fields[1]), !fields[3].isEmpty else {
        issues.append(GlossaryIssue(file: path, line: number + 1, field: "line", message: "expected id, YYYY[-MM[-DD]], what, source"))
        continue
      }
      dates[fields[0]] = date
    }
    if !issues.isEmpty { throw .invalid(issues) }
  }
}
