/// A span of a document in the three units Namesake needs: Unicode scalars (what records
/// report), UTF-16 code units (what ICU reports) and UTF-8 bytes (what is written out).
public struct TextRange: Sendable, Hashable {
  public var scalars: Range<Int>
  public var utf16: Range<Int>
  public var utf8: Range<Int>

  public init(scalars: Range<Int>, utf16: Range<Int>, utf8: Range<Int>) {
    self.scalars = scalars
    self.utf16 = utf16
    self.utf8 = utf8
  }

  public var isEmpty: Bool { utf16.isEmpty }
}

/// A position in all three units.
struct TextPosition: Sendable, Hashable {
  var scalar: Int
  var utf16: Int
  var utf8: Int
}

/// Converts ascending UTF-16 offsets to positions in one forward pass over the text.
///
/// - Complexity: O(n) in total over all calls for one document, since positions only move forward.
struct OffsetMapper {
  private let units: [UInt16]
  private var position = TextPosition(scalar: 0, utf16: 0, utf8: 0)

  init(_ units: [UInt16]) { self.units = units }

  /// The position at `utf16Offset` (clamped to the text), which should not fall inside a
  /// surrogate pair. Offsets are meant to ascend; one below the previous call's restarts the pass
  /// from the start, which is slower but still right.
  mutating func position(atUTF16 requested: Int) -> TextPosition {
    let utf16Offset = min(max(requested, 0), units.count)
    if utf16Offset < position.utf16 { position = TextPosition(scalar: 0, utf16: 0, utf8: 0) }
    var p = position
    // 32-bit sums vectorise twice as wide; a document has fewer than 2^31 code units.
    var utf8: Int32 = 0
    var lowSurrogates: Int32 = 0
    units.withUnsafeBufferPointer { units in
      // Branch-free arithmetic per unit so the loop vectorises. `x >> 31 & 1` is 1 when x < 0.
      // UTF-8 length: 1, +1 from U+0080, +1 from U+0800, -1 for a surrogate (2 of its pair's 4).
      // Scalars: code units that are not low surrogates.
      for index in p.utf16..<utf16Offset {
        let v = Int32(units[index])
        let from0080 = (0x7F &- v) >> 31 & 1
        let from0800 = (0x7FF &- v) >> 31 & 1
        let surrogate = ((v & 0xF800 ^ 0xD800) &- 1) >> 31 & 1
        let low = ((v & 0xFC00 ^ 0xDC00) &- 1) >> 31 & 1
        utf8 &+= 1 &+ from0080 &+ from0800 &- surrogate
        lowSurrogates &+= low
      }
    }
    p.utf8 += Int(utf8)
    p.scalar += utf16Offset - p.utf16 - Int(lowSurrogates)
    p.utf16 = utf16Offset
    position = p
    return p
  }

  mutating func range(utf16 range: Range<Int>) -> TextRange {
    let start = position(atUTF16: range.lowerBound)
    let end = position(atUTF16: range.upperBound)
    return TextRange(scalars: start.scalar..<end.scalar, utf16: start.utf16..<end.utf16, utf8: start.utf8..<end.utf8)
  }
}
