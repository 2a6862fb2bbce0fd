import ArgumentParser
import Namesake

@main
struct NamesakeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "namesake",
    abstract: "Ties names and titles in Japanese, Swedish and English news about Vietnam to canonical English.",
    subcommands: [AlignCommand.self, SegmentCommand.self, SummaryCommand.self, ManifestCommand.self, GlossaryCommand.self, LookupCommand.self, StreamCommand.self]
  )
}

extension Language: ExpressibleByArgument {}

/// Options shared by the commands that read documents.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: "Language of every input; default: identified per document.")
  var lang: Language?
}
