import Foundation
import Testing

@testable import Namesake

/// A long document is rendered batch by batch as it is written; the files must be the bytes a
/// short document's whole rendering gives (checked with batches of 1, 2 and 7 segments).
@Suite("Rendering long documents")
struct LongDocumentRenderingTests {
  @Test(arguments: [1, 2, 7])
  func batchesGiveTheBytesOfTheWholeRendering(segmentsPerBatch: Int) throws {
    let glossary = try LinkingWindowTests.glossary.get()
    let aligner = try Aligner(glossary: glossary)
    var whole = MemorySink(), batched = MemorySink()
    var wholeAssembler = AlignedOutputAssembler(glossary: glossary), batchedAssembler = AlignedOutputAssembler(glossary: glossary)
    var findings = 0
    for document in try LinkingWindowTests.samples() + AlignmentInvariantTests.documents(count: 30, seed: 31) {
      guard let aligned = try aligner.align(document) else { continue }
      findings += aligned.findings.count
      try wholeAssembler.add(RenderedDocument(aligned, glossary: glossary), to: &whole)
      try batchedAssembler.add(long: aligned, to: &batched, segmentsPerBatch: segmentsPerBatch)
    }
    try wholeAssembler.finish(&whole)
    try batchedAssembler.finish(&batched)
    #expect(findings > 0, "the report's findings link to mention anchors found in a first pass")
    #expect(whole.files.keys.sorted() == batched.files.keys.sorted())
    for (name, bytes) in whole.files {
      #expect(batched.files[name] == bytes, "\(name) differs with batches of \(segmentsPerBatch)")
    }
    #expect(whole.files.count > 30)
  }

  /// A document's batches cover its segments once, and each batch's mentions are those of its
  /// segments (what grouping the whole document gives).
  @Test func batchesPartitionSegmentsAndMentions() throws {
    let aligner = try Aligner(glossary: try LinkingWindowTests.glossary.get())
    for document in try LinkingWindowTests.samples() {
      let aligned = try #require(try aligner.align(document))
      let segmented = aligned.segmented
      let groups = segmented.mentionsBySegment(aligned.mentions)
      for size in [1, 3, 1000] {
        let batches = segmented.batches(of: size)
        #expect(batches.map(\.count).reduce(0, +) == segmented.segments.count)
        #expect(batches.first?.lowerBound == 0 && batches.last?.upperBound == segmented.segments.count)
        for positions in batches {
          let batch = segmented.batch(positions, mentions: aligned.mentions)
          #expect(batch.groups == Array(groups[positions]), "\(document.id), batch \(positions)")
          for (segment, inside) in zip(segmented.segments[positions], batch.groups) {
            #expect(batch.scalars.bounds.contains(segment.range.scalars.lowerBound))
            #expect(String(decoding: batch.scalars.utf8(segment.range.scalars), as: UTF8.self) == segmented.text(of: segment))
            for mention in inside { #expect(String(scalars: batch.scalars[mention.start..<mention.end]) == mention.surface) }
          }
        }
      }
    }
  }

  /// The UTF-8 offset of every scalar, found from the nearest segment, is the one counting gives.
  @Test func utf8OffsetOfEveryScalar() throws {
    let pipeline = try SegmentationPipeline()
    for document in try LinkingWindowTests.samples() + AlignmentInvariantTests.documents(count: 10, seed: 5) {
      guard let segmented = try pipeline.segment(document) else { continue }
      var offsets = [Int]()
      for (index, byte) in document.utf8.enumerated() where byte & 0xC0 != 0x80 { offsets.append(index) }
      offsets.append(document.utf8.count)
      for (scalar, offset) in offsets.enumerated() {
        #expect(segmented.utf8Offset(ofScalar: scalar) == offset, "\(document.id), scalar \(scalar)")
      }
    }
  }
}
