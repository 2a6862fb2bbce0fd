import Foundation
import Testing

@testable import Namesake

@Suite("Reading text files")
struct TextFileTests {
  struct Refused: Sendable, CustomTestStringConvertible {
    var bytes: [UInt8]
    var error: InputError
    var why: String
    var testDescription: String { why }
  }

  static let refused: [Refused] = [
    Refused(bytes: Array("Tô Lâm".utf8) + [0] + Array("x".utf8), error: .binary(file: "f", byteOffset: 8), why: "a NUL byte, at its byte offset"),
    Refused(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], error: .binary(file: "f", byteOffset: 8), why: "a PNG: binary before invalid UTF-8"),
    Refused(bytes: [0xFE, 0xFF, 0x00, 0x41], error: .utf16(file: "f"), why: "UTF-16BE by its byte order mark"),
    Refused(bytes: Array("Hello, world!".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), error: .utf16(file: "f"), why: "UTF-16LE by its NULs"),
    Refused(bytes: [0xEF, 0xBB, 0xBF, 0x41, 0xC3], error: .invalidUTF8(file: "f", byteOffset: 4), why: "offsets count the byte order mark"),
  ]

  @Test(arguments: refused)
  func refusedBeforeDecoding(_ row: Refused) {
    #expect(throws: row.error) { try TextFile.decode(row.bytes, origin: "f") }
    // Documents get the same checks.
    #expect(throws: row.error) { try Document(id: "f", origin: "f", utf8: row.bytes) }
  }

  @Test func decodeDropsTheByteOrderMark() throws {
    #expect(try TextFile.decode([0xEF, 0xBB, 0xBF] + Array("a\tb".utf8), origin: "f") == "a\tb")
    #expect(try TextFile.decode([], origin: "f") == "")
  }

  @Test(arguments: [("a\nb\nc", 4, 3), ("a\r\nb\r\nc", 6, 3), ("a\rb\rc", 4, 3), ("abc", 2, 1), ("a\r\n", 2, 1), ("a\r\nb", 3, 2)])
  func lineOfAByte(_ text: String, _ offset: Int, _ line: Int) {
    #expect(TextFile.line(of: offset, in: Array(text.utf8)) == line)
  }

  @Test func readsFilesAndRefusesDirectoriesAndMissingFiles() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("a.txt").path
    let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    #expect(try TextFile.bytes(path: file) == bytes)
    #expect(throws: InputError.isDirectory(file: directory.path)) { try TextFile.bytes(path: directory.path) }
    #expect(throws: InputError.unreadable(file: file + "x", reason: "no such file")) { try TextFile.bytes(path: file + "x") }
    #expect(throws: InputError.tooLarge(file: file, bytes: bytes.count)) { try TextFile.bytes(path: file, limit: 1000) }
    // /proc files report size 0 and are read to their end.
    #expect(try !TextFile.bytes(path: "/proc/self/status").isEmpty)
  }

  /// Files are read into an array one byte larger than their size: empty files, sizes around the
  /// old chunk size, and a file larger than the limit by one byte.
  @Test(arguments: [0, 1, 7, 65_535, 65_536, 65_537, 1 << 20, (1 << 20) + 3])
  func readsFilesOfEverySize(_ size: Int) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("a.txt").path
    let bytes = (0..<size).map { UInt8(0x41 + $0 % 26) }
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    #expect(try TextFile.bytes(path: file) == bytes)
    if size > 0 {
      #expect(throws: InputError.tooLarge(file: file, bytes: size)) { try TextFile.bytes(path: file, limit: size - 1) }
    }
  }

  /// A pipe has no size: it is read to its end in chunks after the first byte.
  @Test func readsAPipeToItsEnd() throws {
    let pipe = Pipe()
    let bytes = (0..<200_000).map { UInt8(0x61 + $0 % 26) }
    let writer = Thread { pipe.fileHandleForWriting.write(Data(bytes)); try? pipe.fileHandleForWriting.close() }
    writer.start()
    #expect(try TextFile.bytes(fileDescriptor: pipe.fileHandleForReading.fileDescriptor, name: "<pipe>") == bytes)
  }

  /// Document ids: "name.txt" is cut directly, and agrees with Foundation's URL rules, which
  /// decide every other shape.
  @Test(arguments: [
    ("corpus/002.txt", "002"), ("002.txt", "002"), ("/a/b/Tô Lâm.txt", "Tô Lâm"), ("a/b.c.txt", "b.c"), ("a/.txt", ".txt"),
    ("a/.hidden.txt", ".hidden"), ("a/b.md", "b"), ("a/b", "b"), ("a/b.txt/", "b"), ("a//b.txt", "b"), ("b.TXT", "b"), ("a/%20.txt", "%20"),
  ])
  func documentIDs(_ path: String, _ id: String) {
    #expect(DocumentReader.documentID(path: path) == id)
    #expect(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent == id)
  }

  /// Language identification decodes only the start of a document, cut before a scalar.
  @Test func identificationSampleEndsOnAScalar() {
    let text = String(repeating: "ä", count: LanguageIdentifier.sampleLimit * 3)
    let end = Array(text.utf8).withUnsafeBufferPointer(LanguageIdentifier.sampleEnd)
    #expect(end == LanguageIdentifier.sampleLimit * 2)
    let short = Array("aä".utf8).withUnsafeBufferPointer(LanguageIdentifier.sampleEnd)
    #expect(short == 3)
  }
}
