import Foundation
import Testing

@testable import Namesake

@Suite("Reading documents")
struct DocumentTests {
  struct Invalid: CustomTestStringConvertible, Sendable {
    var bytes: [UInt8]
    var offset: Int
    var why: String
    var testDescription: String { why }
  }

  static let invalid: [Invalid] = [
    Invalid(bytes: [0x41, 0x80], offset: 1, why: "a stray continuation byte"),
    Invalid(bytes: [0x41, 0xC3], offset: 1, why: "a sequence cut off at the end"),
    Invalid(bytes: [0xC3, 0x28], offset: 0, why: "a lead byte without its continuation"),
    Invalid(bytes: [0x41, 0x42, 0xC0, 0xAF], offset: 2, why: "an overlong two-byte form"),
    Invalid(bytes: [0xE0, 0x80, 0xAF], offset: 0, why: "an overlong three-byte form"),
    Invalid(bytes: [0xED, 0xA0, 0x80], offset: 0, why: "an encoded surrogate"),
    Invalid(bytes: [0xF4, 0x90, 0x80, 0x80], offset: 0, why: "a value above U+10FFFF"),
    Invalid(bytes: [0xF5, 0x80, 0x80, 0x80], offset: 0, why: "a byte that never occurs in UTF-8"),
    Invalid(bytes: Array("Tô Lâm".utf8) + [0xE2, 0x82], offset: 8, why: "after multi-byte characters, the byte offset"),
  ]

  @Test(arguments: invalid)
  func invalidUTF8IsReportedAtItsByte(_ row: Invalid) {
    // Both decoders refuse it: ICU's (used first) and the strict one that finds the byte.
    let strict = row.bytes.withUnsafeBufferPointer { UTF8Transcoder.transcode($0) }
    if case .failure(let failure) = strict { #expect(failure.byteOffset == row.offset) } else { Issue.record("accepted") }
    #expect(throws: InputError.invalidUTF8(file: "f.txt", byteOffset: row.offset)) {
      try Document(id: "f", origin: "f.txt", utf8: row.bytes)
    }
  }

  @Test func validUTF8TranscodesLikeTheStandardLibrary() throws {
    var generator = SplitMix64(seed: 42)
    for _ in 0..<300 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<Int(generator.next() % 30) {
        // Not U+0000: a NUL byte is refused as binary data (see TextFileTests).
        let ranges: [ClosedRange<UInt32>] = [1...0x7F, 0x80...0x7FF, 0x800...0xD7FF, 0xE000...0xFFFF, 0x10000...0x10FFFF]
        let range = ranges[Int(generator.next() % 5)]
        let value = range.lowerBound + UInt32(generator.next() % UInt64(range.count))
        if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
      }
      let text = String(scalars)
      let document = try Document(id: "r", origin: "r", utf8: Array(text.utf8))
      #expect(document.utf16 == Array(text.utf16))
      #expect(document.scalarCount == text.unicodeScalars.count)
      // The strict decoder (used to locate errors) must agree with ICU's converter on valid text.
      let decoded = try Array(text.utf8).withUnsafeBufferPointer { try UTF8Transcoder.transcode($0).get() }
      #expect(decoded.utf16 == Array(text.utf16))
      #expect(decoded.scalarCount == text.unicodeScalars.count)
    }
  }

  @Test func utf16IsRefusedWithAHint() throws {
    let bytes = [UInt8](try Data(contentsOf: fixture("utf16le-bom.txt")))
    #expect(throws: InputError.utf16(file: "u.txt")) { try Document(id: "u", origin: "u.txt", utf8: bytes) }
    let withoutMark = Array("Hello world, here".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(throws: InputError.utf16(file: "u.txt")) { try Document(id: "u", origin: "u.txt", utf8: withoutMark) }
  }

  @Test func readerNamesFileAndByte() throws {
    let path = fixture("invalid-utf8.txt").path
    #expect(throws: InputError.invalidUTF8(file: path, byteOffset: 22)) { try DocumentReader.read(path: path) }
  }

  @Test func readerRefusesMissingFilesAndDirectories() {
    #expect(throws: InputError.unreadable(file: "/nonexistent/x.txt", reason: "no such file")) {
      try DocumentReader.read(path: "/nonexistent/x.txt")
    }
    let directory = fixture("").path
    #expect(throws: InputError.isDirectory(file: directory)) { try DocumentReader.read(path: directory) }
  }

  @Test func bomAndCRLFAreAccepted() throws {
    let document = try DocumentReader.read(path: fixture("bom-crlf.txt").path)
    #expect(document.id == "bom-crlf")
    let segmented = try SentenceSegmenter(language: .english).segments(in: document)
    #expect(segmented.segments.map { segmented.text(of: $0) } == ["Hello there.", "Second sentence.", "Third line."])
    #expect(segmented.segments.map(\.range.scalars.lowerBound) == [1, 14, 32])
  }

  @Test func emptyFileHasNoSegments() throws {
    let document = try DocumentReader.read(path: fixture("empty.txt").path)
    #expect(try SentenceSegmenter(language: .swedish).segments(in: document).segments.isEmpty)
  }
}

func fixture(_ name: String) -> URL {
  Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
}
