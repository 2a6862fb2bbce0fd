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

  /// The position at `utf16Offset`, which must not be below the previous call's offset and must
  /// not fall inside a surrogate pair.
  mutating func position(atUTF16 utf16Offset: Int) -> TextPosition {
    precondition(utf16Offset >= position.utf16, "offsets must ascend")
    var p = position
    while p.utf16 < utf16Offset {
      let unit = units[p.utf16]
      if unit < 0x80 {
        p.utf8 += 1
        p.utf16 += 1
      } else if unit < 0x800 {
        p.utf8 += 2
        p.utf16 += 1
      } else if unit & 0xFC00 == 0xD800 {
        p.utf8 += 4
        p.utf16 += 2
      } else {
        p.utf8 += 3
        p.utf16 += 1
      }
      p.scalar += 1
    }
    position = p
    return p
  }

  mutating func range(utf16 range: Range<Int>) -> TextRange {
    let start = position(atUTF16: range.lowerBound)
    let end = position(atUTF16: range.upperBound)
    return TextRange(scalars: start.scalar..<end.scalar, utf16: start.utf16..<end.utf16, utf8: start.utf8..<end.utf8)
  }
}
