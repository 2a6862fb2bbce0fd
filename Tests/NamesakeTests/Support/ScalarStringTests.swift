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
}
