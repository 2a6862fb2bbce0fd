import Foundation
import Testing

@testable import Namesake

/// The induction fixtures: a small glossary (Fixtures/induction/glossary, with Pham Gia Tuc's
/// Japanese form left out on purpose) and three articles about one meeting in English, Japanese
/// and Swedish (Fixtures/induction/corpus; the new people in them are made up).
enum InductionFixtures {
  static var glossaryPath: String { fixture("induction/glossary").path }
  static var corpusPath: String { fixture("induction/corpus").path }

  static func glossary() throws -> Glossary { try GlossaryLoader.load(glossaryPath) }

  static func corpus() throws -> [Document] {
    try DocumentReader.expand(paths: [corpusPath]).map { try DocumentReader.read(path: $0) }
  }

  static func proposals(
    _ documents: [Document], glossary: Glossary? = nil, minimumScore: Double = Inducer.defaultMinimumScore,
    dates: ArticleDates = ArticleDates()
  ) throws -> [Proposal] {
    var inducer = try Inducer(glossary: try glossary ?? Self.glossary(), dates: dates)
    for document in documents { try inducer.read(document) }
    return inducer.proposals(minimumScore: minimumScore)
  }

  /// Proposals for texts given inline, each identified by its language.
  static func proposals(_ texts: [(id: String, text: String)], minimumScore: Double = Inducer.defaultMinimumScore) throws -> [Proposal] {
    try proposals(texts.map { Document(id: $0.id, text: $0.text) }, minimumScore: minimumScore)
  }

  /// One text's linked document, for the phrase finders.
  static func linked(_ text: String, _ language: Language, glossary: Glossary? = nil) throws -> LinkedDocument {
    let glossary = try glossary ?? Self.glossary()
    let segmented = try SentenceSegmenter(language: language).segments(in: Document(id: "t", text: text))
    return LinkedDocument(segmented, mentions: try Linker(glossary: glossary).mentions(in: segmented))
  }

  /// A fresh copy of a glossary directory, removed by the caller.
  static func temporaryCopy(of directory: String) throws -> URL {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-induce-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: URL(fileURLWithPath: directory), to: copy)
    return copy
  }

  /// Article dates from lines `id<TAB>date`.
  static func dates(_ lines: [(String, String)]) throws -> ArticleDates {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-dates-\(UUID().uuidString).tsv")
    defer { try? FileManager.default.removeItem(at: file) }
    try lines.map { "\($0.0)\t\($0.1)\tevent\t000\n" }.joined().write(to: file, atomically: true, encoding: .utf8)
    return try ArticleDates(path: file.path)
  }
}

extension Proposal {
  /// "office/x ja 外務大臣" or "person/x": what a test looks for.
  var label: String { name.map { "\(entity) \($0.language.rawValue) \($0.form)" } ?? entity }
}
