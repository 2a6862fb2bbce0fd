import ArgumentParser
import Foundation
import Namesake

struct LookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup",
    abstract: "Rank the glossary's entities for a name, in any script.",
    discussion: """
      Prints JSON Lines, best first: entity, canonical, kind, score, method (exact, variant or \
      transliteration) and, for katakana, the expected conventional form. Exit status 0 with no \
      lines when nothing qualifies.
      """
  )

  @Argument(help: "The name, e.g. グエン・ズイ・ゴック, Nguyễn Duy Ngọc or Nguyen Duy Ngoc.")
  var name: String

  @Option(help: "The name's language; informational (the script decides how it is matched).")
  var lang: Language?

  @OptionGroup var glossary: GlossaryOptions

  @Option(help: "At most this many candidates.")
  var limit: Int = 5

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be positive") }
  }

  func run() throws {
    try ErrorReporter.run {
      let lookup = try NameLookup(glossary: try glossary.load())
      var writer = JSONWriter()
      for result in lookup.lookup(name, limit: limit) {
        writer.beginObject()
        writer.field("entity", result.entity)
        writer.field("canonical", result.canonical)
        writer.field("kind", result.kind.rawValue)
        writer.field("score", result.score)
        writer.field("method", result.method.rawValue)
        if let expected = result.expected { writer.field("expected", expected) }
        writer.endObject()
        writer.newline()
      }
      try StandardOutput.write(writer.bytes)
    }
  }
}
