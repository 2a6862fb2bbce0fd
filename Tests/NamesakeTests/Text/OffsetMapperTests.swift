@testable import Namesake
import Testing

/// UTF-16 → scalar and UTF-8 positions: one forward pass, and no trap on offsets that go back or
/// past the end (a broken caller gets right answers, slower, instead of a crash).
@Suite struct OffsetMapperTests {
  static let text = "Hà Nội 🇻🇳 ngày 29/3 — グエン・フー・チョン."
  static var units: [UInt16] { Array(text.utf16) }

  /// The position computed from scratch, by the standard library.
  static func expected(_ utf16: Int) -> TextPosition {
    let index = String.Index(utf16Offset: utf16, in: text)
    return TextPosition(
      scalar: text.unicodeScalars.distance(from: text.startIndex, to: index), utf16: utf16,
      utf8: text.utf8.distance(from: text.startIndex, to: index))
  }

  /// Scalar boundaries only (not inside a surrogate pair).
  static var offsets: [Int] {
    var offsets = [0]
    for scalar in text.unicodeScalars { offsets.append(offsets[offsets.count - 1] + scalar.utf16.count) }
    return offsets
  }

  @Test func ascendingOffsetsMatchTheStandardLibrary() {
    var mapper = OffsetMapper(Self.units)
    for offset in Self.offsets { #expect(mapper.position(atUTF16: offset) == Self.expected(offset)) }
  }

  @Test func anOffsetBelowThePreviousOneRestartsInsteadOfTrapping() {
    var mapper = OffsetMapper(Self.units)
    for offset in Self.offsets.reversed() { #expect(mapper.position(atUTF16: offset) == Self.expected(offset)) }
  }

  @Test func offsetsOutsideTheTextAreClamped() {
    var mapper = OffsetMapper(Self.units)
    #expect(mapper.position(atUTF16: Self.units.count + 10) == Self.expected(Self.units.count))
    #expect(mapper.position(atUTF16: -3) == Self.expected(0))
  }
}
