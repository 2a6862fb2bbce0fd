import ArgumentParser
import Foundation
import Namesake

struct InduceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "induce",
    abstract: "Propose new glossary entries from a corpus, with evidence, for review.",
    discussion: """
      Proposes Japanese and Swedish forms of known people and places (katakana the \
      transliteration model linked; Swedish forms linked through another language's form), new \
      people and offices from English articles (a Vietnamese name with a title; a title phrase the \
      glossary lacks), and Japanese and Swedish names of known offices (a title phrase next to a \
      person, paired with the office that person holds in English articles or the glossary's \
      tenures). Each proposal has a score (0-1) and its evidence: the note column (CSV), a concept \
      note (TBX) or structured fields (JSON Lines). CSV and TBX import with `namesake glossary \
      import`; CSV carries no tenures (they are in the note), TBX does.
      """
  )

  @Argument(help: "UTF-8 text files or directories of .txt files.")
  var paths: [String] = ["corpus"]

  @OptionGroup var input: InputOptions
  @OptionGroup var glossary: GlossaryOptions

  @Option(help: "Output format.")
  var format: ProposalFormat = .csv

  @Option(help: "Output file (written atomically); default: standard output.")
  var out: String?

  /// So that titles pair only with offices held at the article's date.
  @OptionGroup var dates: DatesOptions

  @Option(help: "Leave out proposals scoring below this (0-1); 0 lists everything, untitled names included.")
  var minScore: Double = Inducer.defaultMinimumScore

  func validate() throws {
    guard (0...1).contains(minScore) else { throw ValidationError("--min-score must be between 0 and 1") }
  }

  func run() throws {
    try ErrorReporter.run {
      let loaded = try glossary.load()
      var inducer = try Inducer(glossary: loaded, forcedLanguage: input.lang, dates: try dates.load(inputs: paths))
      try ProgressBar.reading(try DocumentReader.expand(paths: paths)) { try inducer.read($0) }
      let proposals = inducer.proposals(minimumScore: minScore)
      KeptUntilExit.keep(inducer)
      let rendered = format.render(proposals, glossary: loaded)
      if let out {
        try AtomicFileWriter.write(rendered, to: out)
      } else {
        try StandardOutput.write(rendered)
      }
    }
  }
}

extension ProposalFormat: ExpressibleByArgument {}
