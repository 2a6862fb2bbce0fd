import Namesake
import Testing

@Suite("Japanese segmentation")
struct JapaneseSegmentationTests {
  static let cases: [SegmentationCase] = [
    .init("第14回党大会が終わった。2045年までに発展する。", ["第14回党大会が終わった。", "2045年までに発展する。"], "plain split after 。"),
    .init(
      "これは文です。「次の文」です。", ["これは文です。", "「次の文」です。"],
      "an opening bracket after 。 starts the next sentence (ICU's SB9 keeps it with the first)"),
    .init(
      "終わり！『本』が好き？（注）はい。", ["終わり！", "『本』が好き？", "（注）はい。"],
      "after ！ and ？, and with full-width parentheses"),
    .init("彼は言った。“次”です。", ["彼は言った。", "“次”です。"], "an opening double quote"),
    .init(
      "彼は「はい。」と言った。次の文。", ["彼は「はい。」と言った。", "次の文。"],
      "counter-example: a quotation ending in 。」 followed by と stays in its sentence"),
    .init(
      "「行く！」って言った。", ["「行く！」って言った。"], "counter-example: the colloquial quotative って"),
    .init(
      "彼は言った。「行こう。」そして去った。", ["彼は言った。", "「行こう。」", "そして去った。"],
      "a closing bracket after 。 stays with its sentence"),
    .init(
      "ファン・ヴァン・ザン大将(国防大臣)、ルオン・タム・クアン大将(公安大臣)が同席しました。",
      ["ファン・ヴァン・ザン大将(国防大臣)、ルオン・タム・クアン大将(公安大臣)が同席しました。"],
      "parenthesised titles from sample 002 stay inside"),
    .init("見出し\n本文です。", ["見出し", "本文です。"], "a newline is a hard boundary"),
    .init("これは(!)の文です。", ["これは(!)の文です。"], "terminators alone in brackets are an aside (ICU's SB11 splits)"),
  ]

  @Test(arguments: cases)
  func segments(_ row: SegmentationCase) throws {
    #expect(try segmentTexts(row.text, .japanese) == row.expected)
  }
}
