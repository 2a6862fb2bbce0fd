import Foundation

/// Text in the form the matcher compares, with a map back to the original.
public struct NormalizedText: Sendable {
  /// Normalised scalars.
  public var scalars: [UInt32] = []
  /// For each normalised scalar, the original scalar range it came from (start, end-exclusive).
  public var originStart: [Int32] = []
  public var originEnd: [Int32] = []
  /// Whether a katakana separator (・ ･ · ‧ ＝ = or a space) was removed before this scalar:
  /// a name may start or end there although katakana touch.
  public var syllableBreak: [Bool] = []

  /// The normalised text as a String (for keys and tests).
  public var text: String {
    var result = String.UnicodeScalarView()
    for value in scalars { if let scalar = Unicode.Scalar(value) { result.append(scalar) } }
    return String(result)
  }

  // Inlined: called for every scalar of every document, four appends each.
  @inline(__always)
  mutating func append(_ scalar: UInt32, origin: Int, breakBefore: Bool = false) {
    scalars.append(scalar)
    originStart.append(Int32(origin))
    originEnd.append(Int32(origin + 1))
    syllableBreak.append(breakBefore)
  }
}

/// The normalisation shared by the glossary index and the text, so that forms differing only in
/// width, case, Latin diacritics, katakana separators or long-vowel marks match each other.
///
/// Per original scalar: NFKD (compatibility decomposition: full-width → ASCII, half-width kana →
/// kana, ガ → カ + U+3099); Latin combining marks dropped (Tô Lâm → to lam); đ → d and a few
/// letters without decompositions folded; lowercase; after katakana, separators between two
/// katakana removed (グエン・タイン = グエン タイン = グエンタイン) and dash-like marks read as ー.
/// Kana voicing marks stay decomposed, so ガ and ｶﾞ agree.
public struct MatchNormalizer: Sendable {
  public init() {}

  /// Normalises `text`; offsets in the result index `text.unicodeScalars`.
  public func normalize(_ text: String, language: Language? = nil) -> NormalizedText {
    var original = [UInt32]()
    original.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars { original.append(scalar.value) }
    return normalize(original)
  }

  /// Normalises scalar values (the original text's scalars, in order).
  public func normalize(_ original: [UInt32]) -> NormalizedText {
    var out = NormalizedText()
    out.scalars.reserveCapacity(original.count)
    out.originStart.reserveCapacity(original.count)
    out.originEnd.reserveCapacity(original.count)
    out.syllableBreak.reserveCapacity(original.count)
    var pendingBreak = false
    var index = 0
    // Read once per call: through the static, every scalar paid for its once-check.
    let unchangedBMP = Self.unchangedBMP
    while index < original.count {
      let value = original[index]
      // Fast path: ASCII letters and digits need no table and no katakana logic.
      if value < 0x80 && (Self.isASCIIAlphanumeric(value)) {
        out.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value, origin: index, breakBefore: pendingBreak)
        pendingBreak = false
        index += 1
        continue
      }
      defer { index += 1 }
      if Self.isKatakanaSeparator(value), let last = out.scalars.last, Self.isKatakana(last) {
        var next = index + 1
        while next < original.count && Self.isKatakanaSeparator(original[next]) { next += 1 }
        if next < original.count, Self.isKatakana(Self.folded(original[next])?.first ?? original[next]) {
          // Drop the separators; the next katakana records the break. A match across them
          // spans them in the original; one ending before them ends before them.
          pendingBreak = true
          index = next - 1
          continue
        }
      }
      // Other ASCII folds to itself, like the BMP scalars the table marks unchanged.
      let unchanged = value < 0x80 || (value < 0x10000 && unchangedBMP[Int(value >> 6)] & (1 << (value & 63)) != 0)
      guard !unchanged, let folded = Self.foldedOutsideASCII(value) else {
        // Unchanged by folding: most CJK text takes this path, without allocating.
        var scalar = value
        if Self.isLongVowelLookalike(scalar), let last = out.scalars.last, Self.isKatakana(last) { scalar = 0x30FC }
        out.append(scalar, origin: index, breakBefore: pendingBreak)
        pendingBreak = false
        continue
      }
      if folded.isEmpty {
        // A dropped combining mark belongs to the previous unit's span.
        if !out.originEnd.isEmpty { out.originEnd[out.originEnd.count - 1] = Int32(index + 1) }
        continue
      }
      for (k, scalar) in folded.enumerated() {
        var scalar = scalar
        if Self.isLongVowelLookalike(scalar), let last = out.scalars.last, Self.isKatakana(last) { scalar = 0x30FC }
        out.append(scalar, origin: index, breakBefore: k == 0 && pendingBreak)
      }
      pendingBreak = false
    }
    return out
  }

  /// The folded form of one scalar, or nil when folding leaves it unchanged: ASCII and the Latin,
  /// kana and width blocks from tables built once; other scalars only when Unicode says NFKC case
  /// folding changes them.
  static func folded(_ value: UInt32) -> [UInt32]? {
    if value < 0x80 { return asciiFolds[Int(value)] }
    if value < 0x10000 && unchangedBMP.withUnsafeBufferPointer({ $0[Int(value >> 6)] }) & (1 << (value & 63)) != 0 { return nil }
    return foldedOutsideASCII(value)
  }

  /// BMP scalars that `foldedOutsideASCII` leaves unchanged (nil), one bit each, computed once
  /// (about 5 ms): for most CJK text it took two Unicode property lookups per scalar.
  static let unchangedBMP: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    for value in UInt32(0x80)..<0x10000 where foldedOutsideASCII(value) == nil { bits[Int(value >> 6)] |= 1 << (value & 63) }
    return bits
  }()

  static func foldedOutsideASCII(_ value: UInt32) -> [UInt32]? {
    if let entry = FoldTable.shared.entry(value) { return entry }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    let properties = scalar.properties
    if properties.generalCategory == .nonspacingMark || properties.generalCategory == .enclosingMark { return [] }
    guard properties.changesWhenNFKCCaseFolded else { return nil }
    return computeFold(scalar)
  }

  static func computeFold(_ scalar: Unicode.Scalar) -> [UInt32] {
    var result = [UInt32]()
    for decomposed in String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars {
      let category = decomposed.properties.generalCategory
      if (category == .nonspacingMark || category == .enclosingMark) && !isKanaVoicingMark(decomposed.value) { continue }
      if let special = specialFolds[decomposed.value] {
        result += special
        continue
      }
      result += decomposed.properties.lowercaseMapping.unicodeScalars.map(\.value)
    }
    return result
  }

  /// Folded ASCII, built once so that folding a character allocates nothing.
  static let asciiFolds: [[UInt32]] = (0..<0x80).map { value in [value >= 0x41 && value <= 0x5A ? UInt32(value) + 0x20 : UInt32(value)] }

  /// Letters with no Unicode decomposition that readers treat as their base letter.
  static let specialFolds: [UInt32: [UInt32]] = [
    0x110: [0x64], 0x111: [0x64],  // Đ đ → d (Vietnamese)
    0xD0: [0x64], 0xF0: [0x64],  // Ð ð → d
    0x141: [0x6C], 0x142: [0x6C],  // Ł ł → l
    0xD8: [0x6F], 0xF8: [0x6F],  // Ø ø → o
    0xC6: [0x61, 0x65], 0xE6: [0x61, 0x65],  // Æ æ → ae
    0x152: [0x6F, 0x65], 0x153: [0x6F, 0x65],  // Œ œ → oe
    0xDF: [0x73, 0x73],  // ß → ss
    0x131: [0x69],  // dotless ı → i
  ]

  @inline(__always)
  static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
    (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
  }

  static func isKanaVoicingMark(_ value: UInt32) -> Bool { value == 0x3099 || value == 0x309A }

  /// Katakana letters, the prolonged sound mark and the voicing marks that follow them.
  static func isKatakana(_ value: UInt32) -> Bool {
    (0x30A1...0x30FA).contains(value) || value == 0x30FC || (0x31F0...0x31FF).contains(value) || isKanaVoicingMark(value)
  }

  /// ・ ･ · ‧ ＝ = and spaces, the separators Japanese writes between the parts of foreign names.
  static func isKatakanaSeparator(_ value: UInt32) -> Bool {
    switch value {
    case 0x30FB, 0xFF65, 0xB7, 0x2027, 0xFF1D, 0x3D, 0x20, 0x3000, 0xA0, 0x30A0: return true
    default: return false
    }
  }

  /// Marks written for ー after katakana: hyphens, dashes, minus and wave dashes.
  static func isLongVowelLookalike(_ value: UInt32) -> Bool {
    switch value {
    case 0x2D, 0x2010, 0x2011, 0x2012, 0x2014, 0x2015, 0x2212, 0x301C, 0x7E, 0xFF70: return true
    default: return false
    }
  }
}

/// Folded forms of the blocks news text uses most, computed once (Foundation's NFKD per scalar
/// costs about a microsecond).
final class FoldTable: Sendable {
  static let shared = FoldTable()
  private static let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x3000...0x30FF, 0xFF00...0xFFEF]
  private let tables: [[[UInt32]]]

  private init() {
    tables = Self.ranges.map { range in
      range.map { value in Unicode.Scalar(value).map { MatchNormalizer.computeFold($0) } ?? [value] }
    }
  }

  func entry(_ value: UInt32) -> [UInt32]? {
    for (k, range) in Self.ranges.enumerated() where range.contains(value) {
      return tables[k][Int(value - range.lowerBound)]
    }
    return nil
  }
}
