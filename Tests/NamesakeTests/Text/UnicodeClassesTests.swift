@testable import Namesake
import Testing

/// The BMP tables against the Unicode properties they are computed from, for every code unit.
@Suite("Unicode classes")
struct UnicodeClassesTests {
  @Test func tableAgreesWithGeneralCategoryForEveryCodeUnit() {
    var mismatches = [String]()
    for unit in 0...0xFFFF {
      let u = UInt16(unit)
      let category = Unicode.Scalar(u)?.properties.generalCategory
      let surrogate = (0xD800...0xDFFF).contains(unit)
      let expectedOpening = u < 0x80 ? "([{".utf16.contains(u) : category == .openPunctuation || category == .initialPunctuation
      let expectedClosing = u < 0x80 ? "\"')]}".utf16.contains(u) : category == .closePunctuation || category == .finalPunctuation
      let expectedUpper = category == .uppercaseLetter || category == .titlecaseLetter
      let expectedLower = category == .lowercaseLetter
      let expectedLetter = surrogate || expectedUpper || expectedLower || category == .modifierLetter || category == .otherLetter
      if UnicodeClasses.isOpeningPunctuation(u) != expectedOpening || UnicodeClasses.isClosingPunctuation(u) != expectedClosing
        || UnicodeClasses.isUppercase(u) != expectedUpper || UnicodeClasses.isLowercase(u) != expectedLower
        || UnicodeClasses.isLetter(u) != expectedLetter
      {
        mismatches.append(String(unit, radix: 16))
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
  }

  /// The Alphabetic bits the build computed, against the property, for every BMP scalar.
  @Test func letterTableAgreesWithAlphabeticForEveryScalar() {
    var mismatches = [String]()
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if UnicodeClasses.isLetter(scalar) != scalar.properties.isAlphabetic { mismatches.append(String(value, radix: 16)) }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
  }

  @Test(arguments: [
    ("「", true, false), ("」", false, true), ("“", true, false), ("”", false, true), ("(", true, false),
    (")", false, true), ("'", false, true), ("»", false, true), ("«", true, false), ("a", false, false),
  ])
  func bracketsAndQuotes(_ text: String, _ opening: Bool, _ closing: Bool) throws {
    let unit = try #require(text.utf16.first)
    #expect(UnicodeClasses.isOpeningPunctuation(unit) == opening)
    #expect(UnicodeClasses.isClosingPunctuation(unit) == closing)
  }
}
