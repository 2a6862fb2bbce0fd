import Foundation
import Testing

@testable import Namesake

/// A long document is linked window by window; the windows must tile it and give what linking
/// the whole document gives (checked with windows of one segment and of a few hundred bytes, on
/// the samples and on generated documents).
@Suite("Linking windows")
struct LinkingWindowTests {
  static let glossary = Result { try GlossaryLoader.load(AlignmentInvariantTests.repository.appendingPathComponent("glossary").path) }

  static func samples() throws -> [Document] {
    let corpus = AlignmentInvariantTests.repository.appendingPathComponent("corpus")
    return try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted().filter { $0.hasSuffix(".txt") }.map { name in
      try DocumentReader.read(path: corpus.appendingPathComponent(name).path)
    }
  }

  @Test func coresTileTheDocumentAndContextIsOneSegmentEachSide() throws {
    let pipeline = try SegmentationPipeline()
    for document in try Self.samples() {
      let segmented = try #require(try pipeline.segment(document))
      for windowBytes in [1, 300, 5_000] {
        let windows = LinkingWindow.windows(segmented, wholeBytes: 0, windowBytes: windowBytes)
        #expect(windows.first?.core.lowerBound == 0)
        #expect(windows.last?.core.upperBound == Array(document.text.unicodeScalars).count)
        #expect(windows.last?.utf8.upperBound == document.utf8.count)
        for (a, b) in zip(windows, windows.dropFirst()) {
          #expect(a.core.upperBound == b.core.lowerBound)
          #expect(a.segments.upperBound == b.segments.lowerBound)
        }
        for window in windows {
          #expect(window.segmentsRead.lowerBound == max(0, window.segments.lowerBound - 1))
          #expect(window.segmentsRead.upperBound == min(segmented.segments.count, window.segments.upperBound + 1))
          // The bytes read decode to exactly the scalars the window says it reads.
          let text = String(decoding: document.utf8[window.utf8], as: UTF8.self)
          #expect(text.unicodeScalars.count == window.scalars.count, "\(document.id)")
        }
        if windowBytes == 1 { #expect(windows.count == segmented.segments.count) }
      }
      #expect(LinkingWindow.windows(segmented, wholeBytes: 1 << 20, windowBytes: 1).count == 1)
    }
  }

  @Test(arguments: [1, 300, 2_000])
  func windowsLinkAsTheWholeDocument(windowBytes: Int) throws {
    try Self.checkWindowsLinkAsTheWholeDocument(windowBytes: windowBytes, glossary: try Self.glossary.get())
  }

  /// Random glossaries: slotted offices, shared forms and tenures in places the real one has none.
  @Test(arguments: [101, 505] as [UInt64])
  func windowsLinkAsTheWholeDocumentWithRandomGlossaries(_ seed: UInt64) throws {
    let glossary = try RandomGlossary.make(
      count: 300, seed: seed, lines: try AlignmentInvariantTests.sampleLines(),
      base: AlignmentInvariantTests.repository.appendingPathComponent("glossary").path)
    try Self.checkWindowsLinkAsTheWholeDocument(windowBytes: 1, glossary: glossary)
  }

  static func checkWindowsLinkAsTheWholeDocument(windowBytes: Int, glossary: Glossary) throws {
    let linker = try Linker(glossary: glossary)
    let pipeline = try SegmentationPipeline()
    var compared = 0
    for document in try Self.samples() + AlignmentInvariantTests.documents(count: 40, seed: 23) {
      guard let segmented = try pipeline.segment(document) else { continue }
      let whole = linker.mentions(in: segmented, wholeBytes: .max, windowBytes: .max)
      let windowed = linker.mentions(in: segmented, wholeBytes: 0, windowBytes: windowBytes)
      #expect(windowed == whole, "\(document.id), windows of \(windowBytes) bytes")
      compared += whole.count
    }
    #expect(compared > 200)
  }
}
