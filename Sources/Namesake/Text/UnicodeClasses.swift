/// Character classes over UTF-16 code units, as segmentation needs them. Non-BMP characters
/// (surrogates) are never whitespace, punctuation or letters of interest here.
enum UnicodeClasses {
  /// Unicode Alphabetic, with ASCII answered directly and the rest of the BMP from a table: the
  /// property lookup (a search of the stdlib's tables) was a tenth of align's time in Japanese,
  /// whose every scalar is non-ASCII.
  @inline(__always)
  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.isASCII { return isASCIILetter(UInt8(c.value)) }
    guard c.value < 0x10000 else { return c.properties.isAlphabetic }
    return alphabeticBMP.withUnsafeBufferPointer { $0[Int(c.value >> 6)] } & (1 << (c.value & 63)) != 0
  }

  /// A to Z and a to z.
  @inline(__always)
  static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  /// Alphabetic for every BMP scalar, one bit each (8 KB), expanded from the runs the build
  /// computed (`EmbeddedUnicodeData`) rather than from 65,536 property lookups at start.
  private static let alphabeticBMP: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 0x400)
    let switches = EmbeddedUnicodeData.alphabeticSwitches
    for pair in stride(from: 0, to: switches.count, by: 2) {
      let end = pair + 1 < switches.count ? switches[pair + 1] : 0x10000
      for value in switches[pair]..<end { bits[Int(value >> 6)] |= 1 << UInt64(value & 63) }
    }
    return bits
  }()

  /// Unicode Uppercase, ASCII first as in `isLetter`.
  @inline(__always)
  static func isUppercase(_ c: Unicode.Scalar) -> Bool {
    c.isASCII ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
  }

  /// Unicode White_Space.
  @inline(__always)
  static func isWhitespace(_ u: UInt16) -> Bool {
    switch u {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
      return true
    default: return false
    }
  }

  /// Line ends that make a hard boundary (UAX #29 ParaSep: LF, CR, NEL, LS, PS).
  @inline(__always)
  static func isLineBreak(_ u: UInt16) -> Bool {
    u == 0x0A || u == 0x0D || u == 0x85 || u == 0x2028 || u == 0x2029
  }

  /// Characters that end a sentence: UAX #29 STerm and ATerm that news text uses.
  static func isTerminal(_ u: UInt16) -> Bool {
    switch u {
    case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0xFF61, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049:
      return true
    default: return false
    }
  }

  /// Punctuation after which a line goes on: a heading never ends in these.
  static func isContinuing(_ u: UInt16) -> Bool {
    switch u {
    case 0x2C, 0x3B, 0x3A, 0x3001, 0xFF0C, 0xFF1B, 0xFF1A, 0x2013, 0x2014, 0x2D: return true
    default: return false
    }
  }

  private enum Flag {
    static let opening: UInt8 = 1, closing: UInt8 = 2, letter: UInt8 = 4, uppercase: UInt8 = 8, lowercase: UInt8 = 16
  }

  /// The classes below for every BMP code unit, expanded once from the general category runs the
  /// build computed (`EmbeddedUnicodeData`): asked near every boundary, property lookups were a
  /// tenth of segmentation's own time, and 65,536 of them at start 3 ms of every run.
  private static let flags: [UInt8] = {
    var flags = [UInt8](repeating: 0, count: 0x10000)
    let runs = EmbeddedUnicodeData.categoryRuns
    for (index, run) in runs.enumerated() {
      let end = index + 1 < runs.count ? Int(runs[index + 1] >> 8) : 0x10000
      let flag = categoryFlags(EmbeddedUnicodeData.categories[Int(run & 0xFF)])
      for unit in Int(run >> 8)..<end { flags[unit] = flag }
    }
    for unit in 0..<0x80 {
      let u = UInt16(unit)
      let opening = u == 0x28 || u == 0x5B || u == 0x7B
      let closing = u == 0x22 || u == 0x27 || u == 0x29 || u == 0x5D || u == 0x7D
      let upper = u >= 0x41 && u <= 0x5A, lower = u >= 0x61 && u <= 0x7A
      flags[unit] = (opening ? Flag.opening : 0) | (closing ? Flag.closing : 0) | (upper || lower ? Flag.letter : 0)
        | (upper ? Flag.uppercase : 0) | (lower ? Flag.lowercase : 0)
    }
    return flags
  }()

  /// The classes of a general category, by its abbreviation. Surrogates (Cs) have no category of
  /// their own; a lone surrogate stands for an astral letter (CJK extensions and other scripts').
  private static func categoryFlags(_ category: String) -> UInt8 {
    switch category {
    case "Ps", "Pi": Flag.opening
    case "Pe", "Pf": Flag.closing
    case "Lu", "Lt": Flag.letter | Flag.uppercase
    case "Ll": Flag.letter | Flag.lowercase
    case "Lm", "Lo", "Cs": Flag.letter
    default: 0
    }
  }

  @inline(__always)
  private static func has(_ flag: UInt8, _ u: UInt16) -> Bool {
    flags.withUnsafeBufferPointer { $0[Int(u)] } & flag != 0
  }

  /// Opening brackets (Ps) and initial quotes (Pi).
  static func isOpeningPunctuation(_ u: UInt16) -> Bool { has(Flag.opening, u) }

  /// Closing brackets (Pe), final quotes (Pf) and the ASCII quotes.
  static func isClosingPunctuation(_ u: UInt16) -> Bool { has(Flag.closing, u) }

  @inline(__always)
  static func isASCIIDigit(_ u: UInt16) -> Bool { u >= 0x30 && u <= 0x39 }

  static func isDigit(_ u: UInt16) -> Bool {
    isASCIIDigit(u) || (u >= 0xFF10 && u <= 0xFF19)
  }

  static func isLetter(_ u: UInt16) -> Bool { has(Flag.letter, u) }

  /// Lu and Lt.
  static func isUppercase(_ u: UInt16) -> Bool { has(Flag.uppercase, u) }

  static func isLowercase(_ u: UInt16) -> Bool { has(Flag.lowercase, u) }
}
