import Namesake
import Testing

@Suite("Segment kinds")
struct SegmentKindTests {
  struct Row: CustomTestStringConvertible, Sendable {
    var text: String
    var language: Language
    var kinds: [SegmentKind]
    var why: String
    var testDescription: String { why }
  }

  static let rows: [Row] = [
    Row(
      text: "Better promote the potential of both Quang Nam and Da Nang\nThe text.", language: .english,
      kinds: [.heading, .sentence], why: "a short line without final punctuation is a heading (sample 000)"),
    Row(text: "Dear comrades,\nThe text.", language: .english, kinds: [.sentence, .sentence], why: "a line ending in a comma is not a heading"),
    Row(
      text: "On the city's side, there were comrades:\nLe Tien Chau spoke.", language: .english,
      kinds: [.sentence, .sentence], why: "a line ending in a colon leads into the next"),
    Row(
      text: String(repeating: "word ", count: 21) + "end", language: .english, kinds: [.sentence],
      why: "a long line without final punctuation is a cut-off sentence, not a heading"),
    Row(
      text: "Source: https://haiphong.gov.vn/tin-tuc-su-kien/xay-dung. More.html", language: .english,
      kinds: [.source], why: "a source line is one segment, whatever full stops it holds"),
    Row(text: "Comment (0)", language: .english, kinds: [.boilerplate], why: "the comment counter"),
    Row(text: "Comment (0) on this story.", language: .english, kinds: [.sentence], why: "boilerplate must match the whole line"),
    Row(text: "(Källa: Tidningen Da Nang)", language: .swedish, kinds: [.source], why: "a parenthesised source (sample 004)"),
    Row(text: "Källa: https://mst.gov.vn/a.htm\nKommentar (0)", language: .swedish, kinds: [.source, .boilerplate], why: "sample 004's ending"),
    Row(text: "Översikt över arbetssessionen", language: .swedish, kinds: [.heading], why: "a Swedish caption"),
    Row(text: "Källan sade: det är så.", language: .swedish, kinds: [.sentence], why: "a word starting with a label is not a source"),
    Row(text: "出典：VOV", language: .japanese, kinds: [.source], why: "a Japanese source line"),
    Row(text: "見出し\n本文です。", language: .japanese, kinds: [.heading, .sentence], why: "a Japanese heading"),
    Row(
      text: String(repeating: "長", count: 41), language: .japanese, kinds: [.sentence],
      why: "a Japanese line longer than the heading limit is a cut-off sentence (sample 002 has such lines)"),
  ]

  @Test(arguments: rows)
  func kinds(_ row: Row) throws {
    #expect(try segment(row.text, row.language).segments.map(\.kind) == row.kinds)
  }
}
