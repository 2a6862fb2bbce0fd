import Foundation
import Namesake
import Testing

/// Whole files written through the staging directory: invisible until commit, byte for byte after,
/// and a failed write names the file.
@Suite("Staged directory sink")
struct StagedDirectorySinkTests {
  @Test(arguments: [0, 1, 4096, 1 << 20 | 17])
  func createdFilesAppearWholeOnCommit(_ size: Int) throws {
    let directory = try AtomicFileWriterTests.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    let sink = try StagedDirectorySink(directory: directory.path)
    try sink.create("a.jsonl", bytes)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("a.jsonl").path), "not before commit")
    try sink.commit()
    #expect(try Data(contentsOf: directory.appendingPathComponent("a.jsonl")) == Data(bytes))
  }

  @Test func aSecondFileOfOneNameIsRefused() throws {
    let directory = try AtomicFileWriterTests.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let sink = try StagedDirectorySink(directory: directory.path)
    try sink.create("a.jsonl", [1])
    #expect(throws: DuplicateOutputError.self) { try sink.create("a.jsonl", [2]) }
  }

  @Test func aFileThatCannotBeCreatedIsNamed() throws {
    let directory = try AtomicFileWriterTests.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let sink = try StagedDirectorySink(directory: directory.path)
    // A name inside a directory that does not exist: open(2) fails with ENOENT.
    do {
      try sink.create("missing/a.jsonl", [1])
      Issue.record("expected the write to fail")
    } catch let error as AtomicFileWriter.WriteError {
      guard case .failed(let path, let reason) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(path.hasSuffix("/missing/a.jsonl"))
      #expect(reason == String(cString: strerror(ENOENT)))
    }
  }
}
