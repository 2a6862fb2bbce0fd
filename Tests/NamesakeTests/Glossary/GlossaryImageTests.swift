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

  /// Where the first chunk starts in an image of one chunk: header, two counts, one chunk entry,
  /// the index entry.
  static let firstChunk = GlossaryImage.headerSize + 8 + GlossaryImage.chunkEntryBytes + GlossaryImage.indexEntryBytes

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
    for chunkSize in [GlossaryImage.chunkSize, 1, 97] {
      let decoded = try GlossaryImage.decode(GlossaryImage.encode(glossary, chunkSize: chunkSize), path: "g.nsglossary")
      #expect(decoded.entities == glossary.entities, "chunks of \(chunkSize)")
      for entity in glossary.entities.prefix(50) { #expect(decoded[entity.id] == entity) }
    }
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
    let image = GlossaryImage.seal([], version: 99)
    let reason = Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(image, path: "g.nsglossary") }
    #expect(reason == "byte 8: image format 99; this build reads format 2: compile the glossary again")
  }

  /// Damage the checksums cannot see (an image written wrongly): each is named, with its byte.
  @Test func wellSealedNonsense() {
    var unknownKind = ImageWriter()
    unknownKind.string("person/x")
    unknownKind.string("persn")
    var badFlag = ImageWriter()
    badFlag.entity(Entity(id: "person/x", kind: .person, canonical: "X", sources: Sources(["000"]), tenures: [Tenure(office: "office/y", sources: Sources(["000"]))]))
    // The tenure's `of` flag comes right after its office: where this prefix ends.
    var prefix = ImageWriter()
    for text in ["person/x", "person", "X"] { prefix.string(text) }
    prefix.sources(Sources(["000"]))
    prefix.string("")
    prefix.count(0)
    prefix.count(1)
    prefix.string("office/y")
    badFlag.bytes[prefix.bytes.count] = 7
    var badUTF8 = ImageWriter()
    badUTF8.count(2)
    badUTF8.bytes += [0xC3, 0x28]
    var trailing = ImageWriter()
    trailing.bytes.append(0)
    let cases: [([(entities: Int, writer: ImageWriter)], String)] = [
      ([(1, unknownKind)], "byte \(Self.firstChunk + 12): unknown EntityKind 'persn'"),
      ([(1, badFlag)], "byte \(Self.firstChunk + prefix.bytes.count): optional flag 7, expected 0 or 1"),
      ([(1, badUTF8)], "byte \(Self.firstChunk): invalid UTF-8 in a string"),
      ([(0, trailing)], "byte \(Self.firstChunk): bytes after the chunk's last entity"),
      ([(2, badFlag)], "byte \(Self.firstChunk + prefix.bytes.count): optional flag 7, expected 0 or 1"),
      ([(Int(UInt32.max), ImageWriter())], "byte 28: count 4294967295 exceeds the bytes left"),
    ]
    for (chunks, expected) in cases {
      #expect(Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(GlossaryImage.seal(chunks), path: "g.nsglossary") } == expected)
    }
  }

  /// With several chunks, the error reported is the first chunk's, whichever core finds it.
  @Test func theFirstDamagedChunkIsReported() {
    var good = ImageWriter()
    good.entity(Entity(id: "person/a", kind: .person, canonical: "A", sources: Sources(["000"])))
    var bad = ImageWriter()
    bad.string("person/b")
    bad.string("persn")
    let chunks = [(1, good), (1, bad), (1, good), (1, bad)] as [(entities: Int, writer: ImageWriter)]
    let start = GlossaryImage.headerSize + 8 + 4 * GlossaryImage.chunkEntryBytes + GlossaryImage.indexEntryBytes + good.bytes.count
    for _ in 0..<20 {
      #expect(Self.reason { () throws(GlossaryError) in try GlossaryImage.decode(GlossaryImage.seal(chunks), path: "g.nsglossary") }
        == "byte \(start + 12): unknown EntityKind 'persn'")
    }
  }

  /// The image writes every stored property of these types: a new one must be written and read
  /// too, and the format version bumped, or images would silently drop it.
  @Test func theImageKnowsEveryField() {
    let sources = Sources(["000"])
    let fields = [
      Mirror(reflecting: Entity(id: "x", kind: .person, canonical: "X", sources: sources)).children.map { $0.label ?? "" },
      Mirror(reflecting: Name(language: .japanese, form: "x", sources: sources)).children.map { $0.label ?? "" },
      Mirror(reflecting: Tenure(office: "x", sources: sources)).children.map { $0.label ?? "" },
      Mirror(reflecting: Relation(kind: .partOf, object: "x", sources: sources)).children.map { $0.label ?? "" },
      Mirror(reflecting: sources).children.map { $0.label ?? "" },
    ]
    #expect(fields[0] == ["id", "kind", "canonical", "sources", "note", "names", "tenures", "relations"])
    #expect(fields[1] == ["language", "form", "status", "isAmbiguous", "sources"])
    #expect(fields[2] == ["office", "of", "from", "to", "seenIn", "sources"])
    #expect(fields[3] == ["kind", "object", "date", "sources"])
    #expect(fields[4] == ["items"])
    #expect(GlossaryImage.formatVersion == 2, "a new version needs this test's field lists updated with it")
  }

  @Test func theLoaderReadsImagesByTheirExtension() throws {
    let directory = try AtomicFileWriterTests.directory()
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
