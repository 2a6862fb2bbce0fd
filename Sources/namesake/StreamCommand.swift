import ArgumentParser
import Foundation
import Namesake

struct StreamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stream",
    abstract: "Align JSON Lines documents from standard input to standard output, one at a time.",
    discussion: """
      Each input line is {"id": "...", "lang": "ja", "text": "..."} (lang optional; other fields \
      ignored). For each document it writes the records namesake align writes into <id>.jsonl \
      for the same text, in input order, and flushes them before reading on, so it works as a \
      pipe. A line that is not such a document gets {"id": ..., "line": N, "error": "..."} and \
      the stream goes on; blank lines are skipped. A summary goes to standard error. Exit status \
      0 when the input was read to its end, even if documents were refused (65 with --strict).
      """
  )

  @OptionGroup var input: InputOptions
  @OptionGroup var glossary: GlossaryOptions

  @Flag(help: "Exit with status 65 when any document was refused (after the whole stream).")
  var strict = false

  func run() throws {
    var summary = RunSummary()
    try ErrorReporter.run {
      let loaded = try glossary.load()
      KeptUntilExit.keep(loaded)
      var stream = try DocumentStream(glossary: loaded, language: input.lang)
      let output = FileDescriptorWriter(fileDescriptor: STDOUT_FILENO, name: "<stdout>")
      var splitter = LineSplitter()
      var records = JSONWriter()
      // One write per document: its records leave before the next line is read.
      func align(_ line: UnsafeBufferPointer<UInt8>, _ number: Int) throws {
        records.removeAll()
        try stream.process(line: line, lineNumber: number, into: &records)
        if !records.bytes.isEmpty { try output.write(records.bytes) }
      }
      var first = true
      try FileDescriptorReader(fileDescriptor: STDIN_FILENO, name: "<stdin>").forEachChunk { chunk in
        // UTF-16 input would be refused line by line as JSON; it is refused as a whole instead.
        if first { try TextFile.checkNotUTF16(chunk, origin: "<stdin>") }
        first = false
        try splitter.split(chunk, align)
      }
      try splitter.finish(align)
      summary = stream.summary
    }
    FileHandle.standardError.write(Data("namesake stream: \(summary.description)\n".utf8))
    if strict && summary.refused > 0 {
      FileHandle.standardError.write(Data("namesake: error: \(summary.refused) refused (--strict)\n".utf8))
      throw ExitCode(65)
    }
  }
}
