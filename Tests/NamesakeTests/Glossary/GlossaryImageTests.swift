import Foundation
import Testing

@testable import Namesake

/// Compiled glossary images: the same entities back, and a clear error (never a crash or a
/// different glossary) for anything that is not an image this build wrote.
@Suite("Glossary images")
struct GlossaryImageTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/glossaries")
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Four entities with names, notes, a tenure and a dated relation: every field the image holds.
  static func small() throws -> Glossary { try GlossaryLoader.load(fixtures.appendingPathComponent("valid").path) }

  static func reason(_ body: () throws(GlossaryError) -> Glossary) -> String? {
    do {
      _ = try body()
      return nil
    } catch {
      guard case .damagedImage(let path, let reason) = error, path == "g.nsglossary" else { return "unexpected: \(error)" }
      return reason
    }
  }

  /// An image with a correct header and checksum around `payload`: what a reader sees when the
  /// damage is inside a valid-looking file.
  static func wrapped(_ payload: ImageWriter, version: UInt32 = GlossaryImage.formatVersion) -> [UInt8] {
    var image = ImageWriter()
    image.bytes = GlossaryImage.magic
    image.integer(version)
    image.integer(UInt64(payload.bytes.count))
    image.integer(GlossaryImage.checksum(payload.bytes[...]))
    return image.bytes + payload.bytes
  }

  @Test func theBuiltInGlossaryComesBackEntityForEntity() throws {
    let glossary = try GlossaryLoader.load(Self.repository.appendingPathComponent("glossary").path)
    let image = GlossaryImage.encode(glossary)
    let decoded = try GlossaryImage.decode(image, path: "g.nsglossary")
    #expect(decoded.entities == glossary.entities)
    #expect(GlossaryImage.encode(decoded) == image, "encoding is deterministic")
  }

  @Test func aRandomGlossaryComesBackEntityForEntity() throws {
    let lines = ["Thủ tướng Phạm Minh Chính", "トー・ラム書記長は述べた。", "Statsminister Phạm Minh Chính besökte Hanoi."]
    let glossary = try RandomGlossary.make(count: 3_000, seed: 11, lines: lines, base: Self.repository.appendingPathComponent("glossary").path)
    let decoded = try GlossaryImage.decode(GlossaryImage.encode(glossary), path: "g.nsglossary")
    #expect(decoded.entities == glossary.entities)
    for entity in glossary.entities.prefix(50) { #expect(decoded[entity.id] == entity) }
  }

  @Test func everyTruncationIsAnErrorAtAByte() throws {
    let image = GlossaryImage.encode(try Self.small())
    for length in 0..<image.count {
      let reason = Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(Array(image[..<length]), path: "g.nsglossary") }
      #expect(reason?.hasPrefix("byte ") == true, "\(length): \(reason ?? "decoded")")
    }
  }

  @Test func everyChangedByteIsCaught() throws {
    let image = GlossaryImage.encode(try Self.small())
    for offset in image.indices {
      var damaged = image
      damaged[offset] ^= 0x20
      let reason = Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(damaged, path: "g.nsglossary") }
      #expect(reason != nil, "a change at byte \(offset) went unnoticed")
    }
  }

  @Test(arguments: [
    ("NSKGLOSX", "byte 0: not a compiled glossary image (no NSKGLOSS header)"),
    ("", "byte 0: not a compiled glossary image (no NSKGLOSS header)"),
  ])
  func foreignFiles(_ text: String, _ expected: String) {
    #expect(Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(Array(text.utf8) + [UInt8](repeating: 0, count: 40), path: "g.nsglossary") } == expected)
  }

  @Test func anotherFormatVersionAsksForACompile() {
    var payload = ImageWriter()
    payload.count(0)
    let reason = Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(Self.wrapped(payload, version: 99), path: "g.nsglossary") }
    #expect(reason == "byte 8: image format 99; this build reads format 1: compile the glossary again")
  }

  /// Damage the checksum cannot see (an image written wrongly): each is named, with its byte.
  @Test func wellSealedNonsense() {
    var unknownKind = ImageWriter()
    unknownKind.count(1)
    unknownKind.string("person/x")
    unknownKind.string("persn")
    var badFlag = ImageWriter()
    badFlag.count(1)
    badFlag.entity(Entity(id: "person/x", kind: .person, canonical: "X", sources: Sources(["000"]), tenures: [Tenure(office: "office/y", sources: Sources(["000"]))]))
    // The tenure's `of` flag comes right after its office: where this prefix ends.
    var prefix = ImageWriter()
    prefix.count(1)
    for text in ["person/x", "person", "X"] { prefix.string(text) }
    prefix.sources(Sources(["000"]))
    prefix.string("")
    prefix.count(0)
    prefix.count(1)
    prefix.string("office/y")
    let flag = prefix.bytes.count
    badFlag.bytes[flag] = 7
    var hugeCount = ImageWriter()
    hugeCount.count(Int(UInt32.max))
    var trailing = ImageWriter()
    trailing.count(0)
    trailing.bytes.append(0)
    var badUTF8 = ImageWriter()
    badUTF8.count(1)
    badUTF8.count(2)
    badUTF8.bytes += [0xC3, 0x28]
    let cases: [(ImageWriter, String)] = [
      (unknownKind, "byte 44: unknown EntityKind 'persn'"),
      (badFlag, "byte \(GlossaryImage.headerSize + flag): optional flag 7, expected 0 or 1"),
      (hugeCount, "byte 28: count 4294967295 exceeds the bytes left"),
      (trailing, "byte 32: bytes after the last entity"),
      (badUTF8, "byte 32: invalid UTF-8 in a string"),
    ]
    for (payload, expected) in cases {
      #expect(Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(Self.wrapped(payload), path: "g.nsglossary") } == expected)
    }
  }

  @Test func theLoaderReadsImagesByTheirExtension() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-image-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("small.nsglossary").path
    let glossary = try Self.small()
    try AtomicFileWriter.write(GlossaryImage.encode(glossary), to: path)
    #expect(try GlossaryLoader.load(path).entities == glossary.entities)
    #expect(throws: GlossaryError.unreadable(path: path, reason: "a compiled glossary image holds no records: give the glossary it was compiled from")) {
      try GlossaryLoader.records(at: path)
    }
    #expect(throws: GlossaryError.unreadable(path: path + "x.nsglossary", reason: "no such file or directory")) {
      try GlossaryLoader.load(path + "x.nsglossary")
    }
  }
}
