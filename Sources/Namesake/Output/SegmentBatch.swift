/// The scalars of part of a document, indexed by the document's scalar offsets, with their UTF-8
/// bytes: what a renderer reads for a batch of segments, so a long document is never held as
/// whole-document scalar arrays (12 bytes per scalar).
public struct ScalarWindow: Sendable {
  /// The scalar offsets covered.
  public let bounds: Range<Int>
  private let scalars: [Unicode.Scalar]
  private let bytes: [UInt8]
  /// UTF-8 offset in `bytes` of each scalar, and of the end.
  private let byteOffsets: [Int32]

  /// The scalars of `bytes` (valid UTF-8), the first of which is the document's scalar `start`.
  init(start: Int, utf8 bytes: ArraySlice<UInt8>) {
    var scalars = [Unicode.Scalar]()
    var offsets = [Int32]()
    scalars.reserveCapacity(bytes.count)
    offsets.reserveCapacity(bytes.count + 1)
    // The bytes come from a Document, which is valid UTF-8: ASCII is taken as it is, other
    // sequences through the decoder.
    bytes.withUnsafeBufferPointer { buffer in
      let end = decodeUTF8(buffer) { scalar, position in
        scalars.append(scalar)
        offsets.append(Int32(position))
      }
      offsets.append(Int32(end))
    }
    self.bounds = start..<(start + scalars.count)
    self.scalars = scalars
    self.bytes = Array(bytes)
    self.byteOffsets = offsets
  }

  /// A whole text (tests and callers holding scalars already).
  public init(_ scalars: [Unicode.Scalar]) {
    self.init(start: 0, utf8: ArraySlice(String(scalars: scalars).utf8))
  }

  public subscript(offset: Int) -> Unicode.Scalar { scalars[offset - bounds.lowerBound] }

  public subscript(range: Range<Int>) -> ArraySlice<Unicode.Scalar> {
    scalars[(range.lowerBound - bounds.lowerBound)..<(range.upperBound - bounds.lowerBound)]
  }

  /// The UTF-8 bytes of the scalars at `range`.
  public func utf8(_ range: Range<Int>) -> ArraySlice<UInt8> {
    bytes[Int(byteOffsets[range.lowerBound - bounds.lowerBound])..<Int(byteOffsets[range.upperBound - bounds.lowerBound])]
  }
}

/// Consecutive segments of one document with their mentions and the scalars their records,
/// rows, units and report rows are rendered from.
public struct SegmentBatch: Sendable {
  /// Positions in the document's `segments`.
  public let positions: Range<Int>
  /// The mentions of each segment (those starting inside it), in order.
  public let groups: [[Mention]]
  /// Covers the segments and every mention's and title's span among them.
  public let scalars: ScalarWindow
  /// Each segment's normalised form in pieces, made once for its record, its translation unit
  /// and its report row (each made its own: 10% of align).
  public let normalized: [[AlignedRecordWriter.NormalizedPiece]]

  init(positions: Range<Int>, groups: [[Mention]], scalars: ScalarWindow, segments: ArraySlice<Segment>) {
    self.positions = positions
    self.groups = groups
    self.scalars = scalars
    normalized = zip(segments, groups).map { segment, inside in
      AlignedRecordWriter.normalizedPieces(scalars, range: segment.range.scalars, mentions: inside)
    }
  }

  /// The normalised text of the segment at `index` in the batch (0-based).
  func normalizedText(_ index: Int) -> String { normalized[index].map(\.text).joined() }
}

extension SegmentedDocument {
  /// Segments this many at a time bound the memory of rendering a long document.
  public static let renderingBatch = 4096

  /// Positions of the document's segments in batches of `size`.
  public func batches(of size: Int = SegmentedDocument.renderingBatch) -> [Range<Int>] {
    stride(from: 0, to: segments.count, by: max(size, 1)).map { $0..<min($0 + max(size, 1), segments.count) }
  }

  /// The batch of segments at `positions`. `mentions` must be sorted by start.
  public func batch(_ positions: Range<Int>, mentions: [Mention]) -> SegmentBatch {
    let groups = mentionGroups(positions, mentions: mentions)
    var lower = positions.isEmpty ? 0 : segments[positions.lowerBound].range.scalars.lowerBound
    var upper = positions.isEmpty ? 0 : segments[positions.upperBound - 1].range.scalars.upperBound
    for mention in groups.joined() {
      for span in [mention.start..<mention.end] + mention.titles.map({ $0.start..<$0.end }) {
        lower = min(lower, span.lowerBound)
        upper = max(upper, span.upperBound)
      }
    }
    let from = utf8Offset(ofScalar: lower)
    return SegmentBatch(
      positions: positions, groups: groups,
      scalars: ScalarWindow(start: lower, utf8: document.utf8[from..<utf8Offset(ofScalar: upper, from: (lower, from))]),
      segments: segments[positions])
  }

  /// The mentions of each segment at `positions` (those starting inside it), in order, found by
  /// binary search in `mentions`, which must be sorted by start.
  func mentionGroups(_ positions: Range<Int>, mentions: [Mention]) -> [[Mention]] {
    var groups = [[Mention]](repeating: [], count: positions.count)
    guard !positions.isEmpty else { return groups }
    let start = segments[positions.lowerBound].range.scalars.lowerBound
    let end = segments[positions.upperBound - 1].range.scalars.upperBound
    for mention in mentions[Self.firstMention(startingAtOrAfter: start, in: mentions)...] {
      guard mention.start < end else { break }
      guard let position = segmentPosition(containing: mention.start), positions.contains(position) else { continue }
      groups[position - positions.lowerBound].append(mention)
    }
    return groups
  }

  /// The position of the first mention starting at or after `offset` (binary search).
  static func firstMention(startingAtOrAfter offset: Int, in mentions: [Mention]) -> Int {
    var low = 0
    var high = mentions.count
    while low < high {
      let middle = (low + high) / 2
      if mentions[middle].start < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The UTF-8 offset of the scalar at `offset`: from the nearest segment start before it (or
  /// `known`), decoding forward.
  func utf8Offset(ofScalar offset: Int, from known: (scalar: Int, utf8: Int)? = nil) -> Int {
    var low = 0
    var high = segments.count
    while low < high {
      let middle = (low + high) / 2
      if segments[middle].range.scalars.lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    var scalar = 0
    var byte = 0
    if low > 0 { (scalar, byte) = (segments[low - 1].range.scalars.lowerBound, segments[low - 1].range.utf8.lowerBound) }
    if let known, known.scalar <= offset, known.scalar > scalar { (scalar, byte) = known }
    let utf8 = document.utf8
    while scalar < offset && byte < utf8.count {
      byte += 1
      while byte < utf8.count && utf8[byte] & 0xC0 == 0x80 { byte += 1 }
      scalar += 1
    }
    return byte
  }
}
