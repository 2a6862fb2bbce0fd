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

  /// The hand-written decoder agrees with the standard library's on random bytes, mostly
  /// well-formed sequences with damage: the same scalars at the same offsets, and it stops at the
  /// first byte the standard library refuses.
  @Test func decoderAgreesWithTheStandardLibrary() {
    var generator = SplitMix64(seed: 0x07F8)
    let pieces: [[UInt8]] = [
      Array("a".utf8), Array("ô".utf8), Array("グ".utf8), Array("🙂".utf8), Array("\u{10FFFF}".utf8), Array("\u{FFFF}".utf8),
      [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x9F, 0x80], [0xE0, 0xA0], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
      [0xEF, 0xBF], [0xF0, 0x8F, 0x80, 0x80], [0xF0, 0x90, 0x80], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5], [0xFF],
      [0xE3, 0x41, 0x81],
    ]
    for _ in 0..<5_000 {
      let bytes = (0..<Int.random(in: 0...8, using: &generator)).flatMap { _ in pieces.randomElement(using: &generator) ?? [] }
      var expected = [(Unicode.Scalar, Int)]()
      var expectedEnd = 0
      var iterator = bytes.makeIterator()
      var decoder = UTF8()
      decoding: while true {
        switch decoder.decode(&iterator) {
        case .scalarValue(let scalar):
          expected.append((scalar, expectedEnd))
          expectedEnd += UTF8.width(scalar)
        case .emptyInput, .error: break decoding
        }
      }
      var decoded = [(Unicode.Scalar, Int)]()
      let end = bytes.withUnsafeBufferPointer { decodeUTF8($0) { decoded.append(($0, $1)) } }
      #expect(end == expectedEnd, "\(bytes)")
      #expect(decoded.map(\.0) == expected.map(\.0) && decoded.map(\.1) == expected.map(\.1), "\(bytes)")
    }
  }
}
