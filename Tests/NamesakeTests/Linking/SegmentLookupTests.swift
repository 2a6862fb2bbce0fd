import Testing

@testable import Namesake

/// The binary searches that replaced scans per mention agree with the scans (naive oracles).
@Suite("Segment and range lookup")
struct SegmentLookupTests {
  @Test func mentionsBySegmentIsFilterPerSegment() throws {
    var generator = SplitMix64(seed: 7)
    for round in 0..<50 {
      let text = (0..<Int(generator.next() % 40 + 1)).map { _ in ["Ab cd. ", "E f g.\n", "\n", "Hij. "][Int(generator.next() % 4)] }.joined()
      let segmented = try SentenceSegmenter(language: .english).segments(in: Document(id: "d", text: text))
      let count = text.unicodeScalars.count
      let mentions = (0..<Int(generator.next() % 30)).map { _ -> Mention in
        let start = Int(generator.next() % UInt64(count + 1))
        return Mention(start: start, end: start, surface: "", kind: .person, method: .unknown, score: 0)
      }
      let grouped = segmented.mentionsBySegment(mentions)
      for (segment, group) in zip(segmented.segments, grouped) {
        #expect(group == mentions.filter { segment.range.scalars.contains($0.start) }, "round \(round), segment \(segment.index)")
      }
      for offset in 0...count {
        let naive = segmented.segments.firstIndex { $0.range.scalars.contains(offset) }
        #expect(segmented.segmentPosition(containing: offset) == naive, "round \(round), offset \(offset)")
      }
    }
  }

  @Test func sortedRangesAgreeWithAScan() {
    var generator = SplitMix64(seed: 11)
    for round in 0..<200 {
      var ranges = [Range<Int>]()
      var cursor = 0
      for _ in 0..<Int(generator.next() % 8) {
        cursor += Int(generator.next() % 4)
        let end = cursor + 1 + Int(generator.next() % 4)
        ranges.append(cursor..<end)
        cursor = end
      }
      let sorted = SortedRanges(ranges.shuffled(using: &generator))
      for start in 0..<(cursor + 3) {
        for end in (start + 1)...(start + 5) {
          #expect(sorted.overlaps(start..<end) == ranges.contains { $0.overlaps(start..<end) }, "round \(round)")
          #expect(sorted.contains(start, end) == ranges.contains { $0.lowerBound <= start && end <= $0.upperBound }, "round \(round)")
        }
      }
    }
  }
}
