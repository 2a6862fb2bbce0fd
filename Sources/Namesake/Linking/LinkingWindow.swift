/// A stretch of a long document linked on its own, so that linking holds a window's scalars and
/// normalised text at a time instead of the whole document's (17 bytes per scalar: a 100 MB
/// single-line article would need 1.7 GB).
///
/// A window is a run of whole segments (its core) with one segment of context on each side, so
/// that the checks looking just past a name (氏, a following title) see the same text as in the
/// whole document. Mentions starting in the core are kept; the cores tile the document, so each
/// mention comes from exactly one window.
struct LinkingWindow: Equatable {
  /// Scalar and UTF-8 offsets of the text the window reads (core and context).
  var scalars: Range<Int>
  var utf8: Range<Int>
  /// Scalar offsets whose mentions this window keeps.
  var core: Range<Int>
  /// Segment positions of the core.
  var segments: Range<Int>
  /// Segment positions read: the core's and the context's.
  var segmentsRead: Range<Int>

  /// Windows over `segmented`: the whole document in one when it has at most `wholeBytes` bytes,
  /// else runs of segments of at least `windowBytes` each (a longer segment is a window alone).
  static func windows(_ segmented: SegmentedDocument, wholeBytes: Int, windowBytes: Int) -> [LinkingWindow] {
    let document = segmented.document
    let end = (scalar: segmented.segments.last?.trailing.scalars.upperBound ?? segmented.leading.scalars.upperBound, utf8: document.utf8.count)
    let segments = segmented.segments
    guard document.utf8.count > wholeBytes, segments.count > 1 else {
      return [LinkingWindow(scalars: 0..<end.scalar, utf8: 0..<end.utf8, core: 0..<end.scalar, segments: 0..<segments.count, segmentsRead: 0..<segments.count)]
    }
    // Cut before segment `i` when the run since the last cut holds at least `windowBytes`.
    var cuts = [0]
    for index in segments.indices.dropFirst()
    where segments[index].range.utf8.lowerBound - segments[cuts[cuts.count - 1]].range.utf8.lowerBound >= windowBytes {
      cuts.append(index)
    }
    cuts.append(segments.count)
    var windows = [LinkingWindow]()
    for (first, last) in zip(cuts, cuts.dropFirst()) {
      // Context: the segment before the core (from its start) and the one after it (to its trailing end).
      let from = first > 0 ? segments[first - 1].range : nil
      let to = last < segments.count ? segments[last].trailing : nil
      let coreStart = first > 0 ? segments[first].range.scalars.lowerBound : 0
      let coreEnd = last < segments.count ? segments[last].range.scalars.lowerBound : end.scalar
      windows.append(
        LinkingWindow(
          scalars: (from?.scalars.lowerBound ?? 0)..<(to?.scalars.upperBound ?? end.scalar),
          utf8: (from?.utf8.lowerBound ?? 0)..<(to?.utf8.upperBound ?? end.utf8),
          core: coreStart..<coreEnd, segments: first..<last,
          segmentsRead: (from == nil ? first : first - 1)..<(to == nil ? last : last + 1)))
    }
    return windows
  }
}

extension Mention {
  /// The mention with its offsets (and its titles') moved by `distance`.
  func shifted(by distance: Int) -> Mention {
    guard distance != 0 else { return self }
    var moved = self
    moved.start += distance
    moved.end += distance
    for index in moved.titles.indices {
      moved.titles[index].start += distance
      moved.titles[index].end += distance
    }
    return moved
  }
}
