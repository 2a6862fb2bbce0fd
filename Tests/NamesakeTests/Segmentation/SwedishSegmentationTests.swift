import Namesake
import Testing

@Suite("Swedish segmentation")
struct SwedishSegmentationTests {
  static let cases: [SegmentationCase] = [
    .init(
      "Mötet leddes av Nguyen Van Quang. Minister Nguyen Manh Hung talade.",
      ["Mötet leddes av Nguyen Van Quang.", "Minister Nguyen Manh Hung talade."], "plain split"),
    .init(
      "Han kom dit i slutet av år. 1964 gick han i pension.",
      ["Han kom dit i slutet av år.", "1964 gick han i pension."],
      "a sentence starting with a year and a lowercase word: ICU's SB8 joins it (issue 2)"),
    .init(
      "Det hände kl. 10. 15 personer kom.", ["Det hände kl. 10.", "15 personer kom."],
      "after a number the rule applies too"),
    .init(
      "Det hände ca. 1964 och sedan.", ["Det hände ca. 1964 och sedan."],
      "counter-example: ca. before a year is not a sentence end"),
    .init(
      "Det kostar ca. 200 kr och kl. 10 börjar det.", ["Det kostar ca. 200 kr och kl. 10 börjar det."],
      "ca. and kl. never end a sentence"),
    .init("Vi åt t.ex. Äpplen och bl.a. Päron.", ["Vi åt t.ex. Äpplen och bl.a. Päron."], "t.ex. and bl.a.: ICU has no Swedish list"),
    .init("Han var en s.k. Expert.", ["Han var en s.k. Expert."], "s.k."),
    .init("Det gäller d.v.s. Alla.", ["Det gäller d.v.s. Alla."], "d.v.s."),
    .init("Jfr. Kapitel tre.", ["Jfr. Kapitel tre."], "jfr. capitalised at the start of a sentence"),
    .init(
      "Frukt m.m. Nguyen Van Quang kom.", ["Frukt m.m. Nguyen Van Quang kom."],
      "m.m. before a name goes on (issue 2)"),
    .init(
      "Vi köpte frukt m.m. Det var allt.", ["Vi köpte frukt m.m.", "Det var allt."],
      "counter-example: m.m. before a function word ends the sentence"),
    .init(
      "politbyråns slutsats nr. 79-KL/TW antogs. Sedan kom mer.",
      ["politbyråns slutsats nr. 79-KL/TW antogs.", "Sedan kom mer."], "nr. before a document number"),
    .init(
      "resolution 57-NQ/TW daterad 22 december 2024 utfärdades. Staden agerade.",
      ["resolution 57-NQ/TW daterad 22 december 2024 utfärdades.", "Staden agerade."],
      "document numbers stay whole"),
    .init("”Stanna!” sa han. Sedan gick han.", ["”Stanna!” sa han.", "Sedan gick han."], "lowercase after ! continues"),
  ]

  @Test(arguments: cases)
  func segments(_ row: SegmentationCase) throws {
    #expect(try segmentTexts(row.text, .swedish) == row.expected)
  }
}
