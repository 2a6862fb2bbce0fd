import Testing

@testable import Namesake

@Suite("Language data files")
struct LanguageDataFileTests {
  static let known: Set<String> = LanguageProfile.knownTypes

  @Test(arguments: [
    ("abbreviation", 1, "expected type<TAB>value"),
    ("# c\nfunction-word\t", 2, "expected type<TAB>value"),
    ("frobnicate\tx", 1, "unknown type 'frobnicate'"),
  ])
  func malformedLinesNameTheLine(_ text: String, _ line: Int, _ reason: String) {
    #expect(throws: LanguageDataError(file: "x.tsv", line: line, reason: reason)) {
      try LanguageDataFile(name: "x.tsv", text: text, knownTypes: Self.known)
    }
  }

  @Test func settingsAreCheckedWhenRead() throws {
    let file = try LanguageDataFile(
      name: "x.tsv", text: "heading-max-words\t0\nsplit-before-number\tmaybe\nicu-locale\ta\nicu-locale\tb",
      knownTypes: Self.known)
    #expect(throws: LanguageDataError(file: "x.tsv", line: 1, reason: "'heading-max-words' needs a positive integer")) {
      try file.integer("heading-max-words")
    }
    #expect(throws: LanguageDataError(file: "x.tsv", line: 2, reason: "'split-before-number' takes yes or no")) {
      try file.flag("split-before-number")
    }
    #expect(throws: LanguageDataError(file: "x.tsv", line: 4, reason: "'icu-locale' given twice")) {
      try file.setting("icu-locale")
    }
  }

  @Test func missingEmbeddedFileIsAnError() {
    #expect(throws: LanguageDataError(file: "xx.tsv", line: 0, reason: "language data file missing from the build")) {
      try LanguageDataFile.embedded("xx.tsv", knownTypes: Self.known)
    }
  }

  @Test func everyBuiltInProfileLoads() throws {
    for language in Language.allCases { _ = try SentenceSegmenter(language: language) }
  }

  @Test func invalidPatternIsReported() {
    #expect(throws: SegmentationError.invalidPattern(file: "en.tsv", pattern: "Comment (")) {
      try LinePattern("Comment (", file: "en.tsv")
    }
  }

  @Test(arguments: [("Comment \\(\\d+\\)", "Comment "), ("コメント ?[\\(（]\\d+", "コメント"), ("[IVX]+\\.", ""), ("abc", "abc")])
  func literalPrefixIsANecessaryCondition(_ pattern: String, _ prefix: String) {
    #expect(LinePattern.literalPrefix(of: pattern) == prefix)
  }
}
