import Foundation
import Testing

/// A refusal: the exit status and the message after "namesake: error: ".
struct Refusal: Sendable {
  var status: Int32
  var message: String
}

/// The commands that read documents, with where each writes. Files are pre-filled with
/// "previous" so that a refused run can be seen to leave them as they were.
struct TextCommand: Sendable, CustomTestStringConvertible {
  var name: String
  /// Output files inside the output directory; none: the command writes to standard output.
  var outputs: [String]

  var testDescription: String { name }

  /// How a refused document is named on stderr: align processes every file and names each
  /// refusal on its own line (then exits with the first one's status); the others stop at it.
  var refusalPrefix: String { name == "align" ? "namesake: refused: " : "namesake: error: " }

  func arguments(_ input: String, out: String) -> [String] {
    switch name {
    case "align": return ["align", input, "--out", out]
    case "qa": return ["qa", input, "--out", out + "/qa.jsonl", "--html", out + "/qa.html"]
    case "induce": return ["induce", input, "--out", out + "/proposals.csv"]
    case "manifest": return ["manifest", input, "--out", out + "/manifest.tsv"]
    default: return [name, input]
    }
  }

  static let all = [
    TextCommand(name: "align", outputs: ["mentions.tsv"]),
    TextCommand(name: "qa", outputs: ["qa.jsonl", "qa.html"]),
    TextCommand(name: "induce", outputs: ["proposals.csv"]),
    TextCommand(name: "manifest", outputs: ["manifest.tsv"]),
    TextCommand(name: "segment", outputs: []),
    TextCommand(name: "summary", outputs: []),
  ]
}

/// The commands that read a glossary (`--glossary`), each given `glossary` and, where it needs
/// one, a small document.
struct GlossaryReader: Sendable, CustomTestStringConvertible {
  var name: String
  var outputs: [String]

  var testDescription: String { name }

  func arguments(_ glossary: String, document: String, out: String) -> [String] {
    switch name {
    case "validate", "stats": return ["glossary", name, "--glossary", glossary]
    case "export": return ["glossary", "export", "--format", "csv", "--glossary", glossary]
    case "lookup": return ["lookup", "To Lam", "--glossary", glossary]
    case "align": return ["align", document, "--glossary", glossary, "--out", out]
    case "qa": return ["qa", document, "--glossary", glossary, "--out", out + "/qa.jsonl"]
    case "induce": return ["induce", document, "--glossary", glossary, "--out", out + "/proposals.csv"]
    default: return ["stream", "--glossary", glossary]
    }
  }

  static let all = [
    GlossaryReader(name: "validate", outputs: []), GlossaryReader(name: "stats", outputs: []),
    GlossaryReader(name: "export", outputs: []), GlossaryReader(name: "lookup", outputs: []),
    GlossaryReader(name: "align", outputs: ["mentions.tsv"]), GlossaryReader(name: "qa", outputs: ["qa.jsonl"]),
    GlossaryReader(name: "induce", outputs: ["proposals.csv"]), GlossaryReader(name: "stream", outputs: []),
  ]
}

enum Hostile {
  static let sentences = "The man went to the office of the party in Hanoi. He was there for the day, and then he went home."
  static let previous = Array("previous\n".utf8)

  static func utf16LE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
  static func utf16BE(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] } }

  /// The first bytes of a PNG image: the signature, then the IHDR chunk.
  static let png: [UInt8] = [
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
  ]

  /// The built-in glossary fixture's files, to derive hostile glossaries from.
  static func validGlossary() throws -> [String: [UInt8]] {
    var files = [String: [UInt8]]()
    for name in ["entities.tsv", "names.tsv", "tenures.tsv", "relations.tsv"] {
      files[name] = [UInt8](try Data(contentsOf: CLI.fixtures.appendingPathComponent("glossaries/valid/\(name)")))
    }
    return files
  }

  /// `text`'s lines ended with `ending` instead of "\n".
  static func lineEnds(_ bytes: [UInt8], _ ending: [UInt8]) -> [UInt8] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init).joined(separator: ending).map { $0 }
  }
}
