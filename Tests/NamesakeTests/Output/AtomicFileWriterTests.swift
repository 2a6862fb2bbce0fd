import Foundation
import Testing

@testable import Namesake

@Suite("Atomic file writes")
struct AtomicFileWriterTests {
  static func directory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func names(_ url: URL) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted() }

  @Test func writesWithTheUsualPermissionsAndNoTemporaryFile() throws {
    let directory = try Self.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("a.txt").path
    try AtomicFileWriter.write(Array("one".utf8), to: path)
    try AtomicFileWriter.write(Array("two".utf8), to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
    #expect(Self.names(directory) == ["a.txt"])
    let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0
    let mask = umask(0)
    umask(mask)
    #expect(mode == 0o666 & ~Int(mask), "created as any new file is, not 0600")
  }

  /// Several files are renamed only once all are written: one that cannot be written leaves
  /// every destination as it was and no temporary file.
  @Test func allOrNothing() throws {
    let directory = try Self.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let kept = directory.appendingPathComponent("kept.txt").path
    try Data("previous".utf8).write(to: URL(fileURLWithPath: kept))
    let blocked = directory.appendingPathComponent("blocked")
    try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
    #expect(throws: AtomicFileWriter.WriteError.failed(path: blocked.path, reason: "is a directory")) {
      try AtomicFileWriter.write([(Array("new".utf8), kept), (Array("x".utf8), blocked.path)])
    }
    #expect(try String(contentsOfFile: kept, encoding: .utf8) == "previous")
    #expect(Self.names(directory) == ["blocked", "kept.txt"])
  }

  @Test func missingOrFileParent() throws {
    let directory = try Self.directory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("file").path
    try Data().write(to: URL(fileURLWithPath: file))
    #expect(throws: AtomicFileWriter.WriteError.missingDirectory(path: directory.path + "/missing")) {
      try AtomicFileWriter.write([], to: directory.path + "/missing/a.txt")
    }
    #expect(throws: AtomicFileWriter.WriteError.notADirectory(path: file)) { try AtomicFileWriter.write([], to: file + "/a.txt") }
  }
}
