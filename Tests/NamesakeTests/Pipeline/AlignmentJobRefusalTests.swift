import Foundation
import Namesake
import Testing

/// Every file of a run is processed: bad ones are refused, counted and reported in input order;
/// nothing is committed unless `keepGoing`.
@Suite struct AlignmentJobRefusalTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = repository.appendingPathComponent("Tests/NamesakeTests/Fixtures")

  /// Corpus documents with, in between, an invalid UTF-8 file, a UTF-16 one, a German one (no
  /// supported language), an empty one and a missing one.
  static func paths() -> [String] {
    let corpus = repository.appendingPathComponent("corpus").path
    return [
      corpus + "/000_d5b902f5b96ca96d.txt",
      fixtures.appendingPathComponent("invalid-utf8.txt").path,
      corpus + "/002_262ae7da80b906d3.txt",
      fixtures.appendingPathComponent("utf16le-bom.txt").path,
      fixtures.appendingPathComponent("german.txt").path,
      fixtures.appendingPathComponent("empty.txt").path,
      fixtures.appendingPathComponent("no-such-file.txt").path,
      corpus + "/004_c2cfcc593b8402a2.txt",
    ]
  }

  static func aligner() throws -> Aligner {
    try Aligner(glossary: try GlossaryLoader.load(repository.appendingPathComponent("glossary").path))
  }

  @Test(arguments: [1, 3])
  func keepGoingWritesTheOthersAndCountsEveryDocument(_ tasks: Int) async throws {
    var sink = MemorySink()
    var refusals = [String]()
    let summary = try await AlignmentJob(aligner: try Self.aligner(), concurrency: tasks)
      .run(paths: Self.paths(), into: &sink, keepGoing: true, refused: { refusals.append(URL(fileURLWithPath: $0.path).lastPathComponent) })
    #expect(summary.documents == RunSummary(read: 8, aligned: 4, withoutRecords: 1, refused: 4))
    #expect(refusals == ["invalid-utf8.txt", "utf16le-bom.txt", "german.txt", "no-such-file.txt"])
    let records = sink.files.keys.filter { $0.hasSuffix(".jsonl") && $0 != "qa.jsonl" }.sorted()
    #expect(records == ["000_d5b902f5b96ca96d.jsonl", "002_262ae7da80b906d3.jsonl", "004_c2cfcc593b8402a2.jsonl"])
    #expect(sink.files["qa.html"] != nil, "committed")
  }

  @Test func withoutKeepGoingNothingIsCommittedAndTheFirstRefusalDecides() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-refusals-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var refused = 0
    do {
      var sink = try StagedDirectorySink(directory: directory.path)
      _ = try await AlignmentJob(aligner: try Self.aligner(), concurrency: 2)
        .run(paths: Self.paths(), into: &sink, refused: { _ in refused += 1 })
      Issue.record("expected the run to be refused")
    } catch let error as RefusedDocumentsError {
      #expect(error.summary == RunSummary(read: 8, aligned: 4, withoutRecords: 1, refused: 4))
      #expect(error.first as? InputError == .invalidUTF8(file: Self.fixtures.appendingPathComponent("invalid-utf8.txt").path, byteOffset: 22))
    }
    #expect(refused == 4)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "no output, no staging directory")
  }

  @Test func aSecondDocumentWithATakenIdIsRefusedAndTheFirstKept() async throws {
    let twin = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-twin-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: twin, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: twin) }
    let original = Self.repository.appendingPathComponent("corpus/004_c2cfcc593b8402a2.txt")
    let copy = twin.appendingPathComponent("004_c2cfcc593b8402a2.txt")
    try Data("Statsminister Phạm Minh Chính besökte Stockholm i dag.\n".utf8).write(to: copy)
    var sink = MemorySink()
    var refusals = [DocumentRefusal]()
    let summary = try await AlignmentJob(aligner: try Self.aligner(), concurrency: 2)
      .run(paths: [original.path, copy.path], into: &sink, keepGoing: true, refused: { refusals.append($0) })
    #expect(summary.documents == RunSummary(read: 2, aligned: 1, withoutRecords: 0, refused: 1))
    #expect(refusals.map(\.path) == [copy.path])
    #expect(refusals.first?.error is DuplicateOutputError)
    #expect(sink.files["004_c2cfcc593b8402a2.jsonl"].map { String(decoding: $0, as: UTF8.self).contains("besökte") } == false)
  }
}
