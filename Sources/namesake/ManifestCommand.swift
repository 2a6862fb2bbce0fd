import ArgumentParser
import Namesake

struct ManifestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manifest",
    abstract: "Write the corpus manifest: id, language, source URL and headline per document."
  )

  @Argument(help: "UTF-8 text files or directories of .txt files.")
  var paths: [String] = ["corpus"]

  @OptionGroup var input: InputOptions

  @Option(help: "Output file (written atomically); default: standard output.")
  var out: String?

  func run() throws {
    try ErrorReporter.run {
      let pipeline = try SegmentationPipeline(forcedLanguage: input.lang)
      var entries = [ManifestEntry]()
      for path in try DocumentReader.expand(paths: paths) {
        let document = try DocumentReader.read(path: path)
        guard let segmented = try pipeline.segment(document) else {
          // A manifest row needs a language; leaving the file out would misdescribe the corpus.
          throw LanguageError.noText(file: path)
        }
        entries.append(ManifestEntry(segmented))
      }
      let text = CorpusManifest.render(entries)
      if let out {
        try AtomicFileWriter.write(Array(text.utf8), to: out)
      } else {
        try StandardOutput.write(text)
      }
    }
  }
}
