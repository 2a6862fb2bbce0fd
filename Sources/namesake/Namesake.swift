import ArgumentParser
import Namesake

@main
struct NamesakeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "namesake",
    abstract: "Ties names and titles in Japanese, Swedish and English news about Vietnam to canonical English.",
    subcommands: [
      AlignCommand.self, QACommand.self, InduceCommand.self, StreamCommand.self, SegmentCommand.self, SummaryCommand.self, ManifestCommand.self,
      GlossaryCommand.self, LookupCommand.self,
    ]
  )
}

extension Language: ExpressibleByArgument {}

/// Options shared by the commands that read documents.
struct InputOptions: ParsableArguments {
  @Option(name: .long, help: "Language of every input; default: identified per document.")
  var lang: Language?
}
