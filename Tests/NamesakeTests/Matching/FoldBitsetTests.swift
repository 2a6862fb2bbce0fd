@testable import Namesake
import Testing

/// The BMP bitset only answers "unchanged" early: every scalar folds as the full computation
/// says, and the CJK, kana, Latin and mark blocks land on the right side of it.
@Suite("Fold bitset")
struct FoldBitsetTests {
  @Test func everyBMPScalarFoldsAsTheFullComputation() {
    var mismatches = [UInt32]()
    for value in UInt32(0x80)..<0x10000 where MatchNormalizer.folded(value) != MatchNormalizer.foldedOutsideASCII(value) {
      mismatches.append(value)
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { String($0, radix: 16) })")
  }

  @Test(arguments: [
    (UInt32(0x66F8), true, "書: CJK, unchanged"), (0x3042, false, "あ: in the kana table"), (0x1EC5, false, "ễ: Vietnamese Latin"),
    (0x0301, false, "combining acute: dropped"), (0xFF76, false, "ｶ: half-width"), (0x0416, false, "Ж: lowercased"),
    (0xAC00, true, "가: Hangul syllable, unchanged by NFKC case folding"),
  ])
  func blocks(_ value: UInt32, _ unchanged: Bool, _ why: String) {
    let bit = MatchNormalizer.unchangedBMP[Int(value >> 6)] & (1 << (value & 63)) != 0
    #expect(bit == unchanged, "\(why)")
    #expect((MatchNormalizer.folded(value) == nil) == unchanged, "\(why)")
  }
}
