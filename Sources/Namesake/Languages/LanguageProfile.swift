/// What segmentation and identification know about one language, read from
/// `Languages/Data/<code>.tsv` and `common.tsv` (embedded at build time).
///
/// The engine is language-neutral: languages differ only in this data.
public struct LanguageProfile: Sendable {
  public let language: Language
  /// The ICU locale for the sentence iterator ("en@ss=standard").
  public let icuLocale: String
  /// Tokens ending in "." that never end a sentence ("Gen.", "t.ex.").
  let abbreviations: Set<[UInt16]>
  /// Tokens ending in "." that end a sentence only before a function word ("U.S.", "m.m.").
  let abbreviationsBeforeFunctionWord: Set<[UInt16]>
  /// Tokens ending in "." that do not end a sentence when a number follows ("No.", "nr.").
  let abbreviationsBeforeNumber: Set<[UInt16]>
  /// Split "… word. 1964 gick …", which ICU's SB8 keeps together.
  let splitsBeforeNumber: Bool
  /// Headings have at most this many words (or characters, for languages without spaces).
  let headingMaximumWords: Int?
  let headingMaximumCharacters: Int?
  /// Labels of source lines ("Source", "Källa"), compared case-insensitively.
  let sourceLabels: [String]
  /// Whole-line patterns of boilerplate ("Comment \(\d+\)").
  let boilerplatePatterns: [String]
  /// Opening quotes besides Unicode's Ps brackets.
  let openingMarks: Set<UInt16>
  /// Frequent short words, for identification.
  let functionWords: Set<String>
  /// Whether a lowercase word after "!" or "?" continues the sentence.
  let lowercaseContinues: Bool
  /// Text that continues a sentence after a terminator and a closing quote ("」と").
  let quoteContinuations: [[UInt16]]
  /// List markers at line start ("I.", "A.", "1.").
  let enumeratorPatterns: [String]

  static let knownTypes: Set<String> = [
    "icu-locale", "abbreviation", "abbreviation-noun", "abbreviation-before-number", "function-word", "source-label",
    "boilerplate", "opening-mark", "heading-max-words", "heading-max-chars", "split-before-number",
    "enumerator", "lowercase-continues", "quote-continuation",
  ]

  /// The built-in profile of `language`.
  public init(language: Language) throws(LanguageDataError) {
    let file = try LanguageDataFile.embedded("\(language.rawValue).tsv", knownTypes: Self.knownTypes)
    let common = try LanguageDataFile.embedded("common.tsv", knownTypes: Self.knownTypes)
    self.language = language
    guard let locale = try file.setting("icu-locale") else {
      throw LanguageDataError(file: file.name, line: 0, reason: "no icu-locale")
    }
    icuLocale = locale.value
    abbreviations = Set(file.values("abbreviation").map { Array($0.utf16) })
    abbreviationsBeforeFunctionWord = Set(file.values("abbreviation-noun").map { Array($0.utf16) })
    abbreviationsBeforeNumber = Set(file.values("abbreviation-before-number").map { Array($0.utf16) })
    splitsBeforeNumber = try file.flag("split-before-number")
    lowercaseContinues = try file.flag("lowercase-continues")
    quoteContinuations = file.values("quote-continuation").map { Array($0.utf16) }
    headingMaximumWords = try file.integer("heading-max-words")
    headingMaximumCharacters = try file.integer("heading-max-chars")
    sourceLabels = file.values("source-label")
    boilerplatePatterns = file.values("boilerplate")
    var marks = Set<UInt16>()
    for row in file.rows where row.type == "opening-mark" {
      let units = Array(row.value.utf16)
      guard units.count == 1 else {
        throw LanguageDataError(file: file.name, line: row.line, reason: "an opening mark is one BMP character")
      }
      marks.insert(units[0])
    }
    openingMarks = marks
    functionWords = Set(file.values("function-word"))
    enumeratorPatterns = common.values("enumerator")
  }
}
