import Namesake
import Testing

@Suite("English segmentation")
struct EnglishSegmentationTests {
  static let cases: [SegmentationCase] = [
    .init("He left. She stayed.", ["He left.", "She stayed."], "plain split: the corrections must not block it"),
    .init(
      "Directive No. 35-CT/TW of the Politburo was issued. It matters.",
      ["Directive No. 35-CT/TW of the Politburo was issued.", "It matters."],
      "No. before a number: ICU splits (SB8 needs a lowercase letter), a document number stays whole"),
    .init(
      "He said no. Then he left.", ["He said no.", "Then he left."],
      "counter-example: no. ends a sentence when no number follows"),
    .init(
      "Minister of National Defense Gen. Phan Van Giang spoke.",
      ["Minister of National Defense Gen. Phan Van Giang spoke."], "Gen. before a name: ICU 72 splits"),
    .init("Dr. Jones met Mr. Smith.", ["Dr. Jones met Mr. Smith."], "titles: ICU 72 splits after Dr."),
    .init("In the U.S. Army it is.", ["In the U.S. Army it is."], "U.S. before a name goes on (issue 2; ICU 72 splits)"),
    .init(
      "He lives in the U.S. The rest stayed.", ["He lives in the U.S.", "The rest stayed."],
      "counter-example: U.S. before a function word ends the sentence"),
    .init("Use tools, e.g. Hammers, i.e. Tools.", ["Use tools, e.g. Hammers, i.e. Tools."], "e.g. and i.e. never end one"),
    .init("John F. Kennedy visited.", ["John F. Kennedy visited."], "a middle initial is not a sentence end"),
    .init(
      "GRDP growth will reach about 7.1%. Budget revenue rose.",
      ["GRDP growth will reach about 7.1%.", "Budget revenue rose."], "a decimal stays whole"),
    .init(
      "14/20 targets have met the Resolution targets: (1) Export turnover; (2) Output of goods. Six have not.",
      ["14/20 targets have met the Resolution targets: (1) Export turnover; (2) Output of goods.", "Six have not."],
      "fractions and numbered lists stay inside the sentence"),
    .init(
      "Visit https://daibieunhandan.vn/a.b-post408747.html for more. Then leave.",
      ["Visit https://daibieunhandan.vn/a.b-post408747.html for more.", "Then leave."], "a URL stays whole"),
    .init(
      "Write to press.office@haiphong.gov.vn today. Thanks.",
      ["Write to press.office@haiphong.gov.vn today.", "Thanks."], "an e-mail address stays whole"),
    .init(
      "People worry about income, position... and more. Next.",
      ["People worry about income, position... and more.", "Next."], "an ellipsis inside a sentence"),
    .init(
      "It grew in 2024. 15 people came.", ["It grew in 2024.", "15 people came."],
      "a sentence starting with a number and a lowercase word (SB8 joins it)"),
    .init("See approx. 5 cases.", ["See approx. 5 cases."], "counter-example: an abbreviation before the number"),
    .init("Version 3.5 was released.", ["Version 3.5 was released."], "counter-example: no space after the stop"),
    .init(
      "“Stop!” he said. Then he left.", ["“Stop!” he said.", "Then he left."],
      "a lowercase word after ! continues the sentence (ICU's SB11 splits)"),
    .init("Why? Because.", ["Why?", "Because."], "counter-example: a capital after ? starts a sentence"),
    .init(
      "He is a saint and martyr.[1] The emperor Decius acted.", ["He is a saint and martyr.[1]", "The emperor Decius acted."],
      "a footnote mark stays with its sentence (ICU splits before it)"),
    .init("I went to J.C. Penney today.", ["I went to J.C. Penney today."], "initials before a name"),
    .init(
      "I live in the U.S.A. I went there.", ["I live in the U.S.A.", "I went there."],
      "counter-example: initials before a function word end the sentence"),
    .init("At 5 a.m. Mr. Smith went out.", ["At 5 a.m. Mr. Smith went out."], "a.m. before a name goes on"),
    .init("St. Michael's Church is here.", ["St. Michael's Church is here."], "St. before a name"),
    .init("This is (!) odd.", ["This is (!) odd."], "a bracketed exclamation is an aside"),
    .init(
      "Heading without a stop\nBody text here. More.", ["Heading without a stop", "Body text here.", "More."],
      "a newline is a hard boundary"),
    .init(
      "A. About the results achieved\nI. Implementation status of Resolution 2024",
      ["A. About the results achieved", "I. Implementation status of Resolution 2024"],
      "a list marker at line start is not a sentence (sample 003)"),
    .init(
      "A. On Party building\nB. However, there are limits:",
      ["A. On Party building", "B. However, there are limits:"],
      "a list marker before a function word is still a list marker (sample 003)"),
    .init(
      "It was plan A. The plan failed.", ["It was plan A.", "The plan failed."],
      "counter-example: a single capital before a function word ends the sentence"),
  ]

  @Test(arguments: cases)
  func segments(_ row: SegmentationCase) throws {
    #expect(try segmentTexts(row.text, .english) == row.expected)
  }
}
