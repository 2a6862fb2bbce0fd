/// Finding a document's segments by offset in logarithmic time: a long document has hundreds of
/// thousands of segments and mentions, and a scan per mention (or per segment) is quadratic.
extension SegmentedDocument {
  /// The position in `segments` of the segment whose range contains the scalar `offset`, or nil
  /// (whitespace between segments, source lines' gaps).
  public func segmentPosition(containing offset: Int) -> Int? {
    // The last segment starting at or before `offset`: segments ascend and do not overlap.
    var low = 0
    var high = segments.count
    while low < high {
      let middle = (low + high) / 2
      if segments[middle].range.scalars.lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0, segments[low - 1].range.scalars.contains(offset) else { return nil }
    return low - 1
  }

  /// `mentions` grouped by the segment containing their start, each group in the given order:
  /// element `i` holds the mentions of `segments[i]` (what `filter { range.contains($0.start) }`
  /// gives per segment, in one pass).
  public func mentionsBySegment(_ mentions: [Mention]) -> [[Mention]] {
    var groups = [[Mention]](repeating: [], count: segments.count)
    for mention in mentions {
      if let position = segmentPosition(containing: mention.start) { groups[position].append(mention) }
    }
    return groups
  }
}

/// Sorted, non-overlapping ranges, asked whether a range falls inside one of them or overlaps one.
struct SortedRanges {
  private(set) var ranges: [Range<Int>]

  /// `ranges` must not overlap.
  init(_ ranges: [Range<Int>]) { self.ranges = ranges.sorted { $0.lowerBound < $1.lowerBound } }

  /// The position of the last range starting at or before `offset`.
  private func lastStarting(atOrBefore offset: Int) -> Int? {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? low - 1 : nil
  }

  /// Whether `start..<end` lies within one range.
  func contains(_ start: Int, _ end: Int) -> Bool {
    guard let position = lastStarting(atOrBefore: start) else { return false }
    return end <= ranges[position].upperBound
  }

  /// Whether `span` overlaps any range.
  func overlaps(_ span: Range<Int>) -> Bool {
    guard !span.isEmpty else { return false }
    // Only the last range starting before the span's end can reach into it.
    guard let position = lastStarting(atOrBefore: span.upperBound - 1) else { return false }
    return ranges[position].overlaps(span)
  }
}
