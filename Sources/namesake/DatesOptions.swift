import ArgumentParser
import Foundation
import Namesake

/// Article dates for checking titles against the glossary's dated offices.
struct DatesOptions: ParsableArguments {
  @Option(help: "Article dates (id, date, what, source); default: dates.tsv in a DIR argument, if there is one.")
  var dates: String?

  func load(inputs paths: [String]) throws(GlossaryError) -> ArticleDates {
    let path = dates ?? paths.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + "dates.tsv" }.first { FileManager.default.fileExists(atPath: $0) }
    guard let path else { return ArticleDates() }
    return try ArticleDates(path: path)
  }
}
