@testable import Namesake
import Testing

/// The byte-level split agrees with splitting on characters, and falls back where only
/// characters can say (CR LF, combining marks, voiced kana).
@Suite("Splitting on scalars")
struct ScalarStringTests {
  @Test(arguments: [
    "Tô Lâm", "  Nguyen  Phu Trong ", "", " ", "a", "グエン・フー・チョン", "ｸﾞｴﾝ･ﾌｰ", "x\r\ny", "e\u{301} f", "ガ・ギ", "・・ア・", "漢字 かな",
  ])
  func splitAgreesWithCharacters(_ text: String) {
    let separators: [Unicode.Scalar] = [" ", "・", "･"]
    let expected = text.split(whereSeparator: { character in separators.contains { Character($0) == character } }).map(String.init)
    #expect(text.split(separatorScalars: separators).map(String.init) == expected)
    var pieces = [String]()
    if text.forEachPiece(separatedBy: separators, { pieces.append(String(decoding: $0, as: UTF8.self)) }) {
      #expect(pieces == expected)
    } else {
      #expect(pieces.isEmpty)
    }
  }

  @Test func bytesContainWhereTheyShould() {
    #expect("{place}市".containsByte { $0 == UInt8(ascii: "{") })
    #expect(!"市党委員会".containsByte { $0 == UInt8(ascii: "{") })
    #expect(!"".containsByte { _ in true })
  }

  /// The key made without building the skeleton is the key of the skeleton.
  @Test(arguments: ["グエン・フー・チョン", "トー・ラム", "ッァィゥェォー", "チョンﾞ", "abc", "", "ファム・ミン・チン・ファム・ミン"])
  func skeletonKeyIsTheKeyOfTheSkeleton(_ text: String) {
    let scalars = MatchNormalizer().normalize(text).scalars
    #expect(KatakanaSkeletonIndex.skeletonKey(scalars) == KatakanaSkeletonIndex.key(KatakanaSkeletonIndex.skeleton(scalars)[...]))
  }

  /// The one-pass decoder gives what decoding through a String gives, valid or not, for slices
  /// that do not start at zero.
  @Test(arguments: [
    Array("Tô Lâm グエン・フー・チョン 𠀋🙂 x\r\ny".utf8), [], [0x80], [0xE3, 0x81], [0x61, 0xC0, 0xAF, 0x62], [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80], Array("ok".utf8) + [0xFF] + Array("ガ".utf8),
  ] as [[UInt8]])
  func oneDecodingPassAgreesWithString(_ bytes: [UInt8]) {
    let padded = [0x41] + bytes + [0x42]
    let slice = padded[1..<(1 + bytes.count)]
    #expect([Unicode.Scalar](utf8: slice) == Array(String(decoding: slice, as: UTF8.self).unicodeScalars))
  }
}

