import Namesake
import Testing

@Suite("Vietnamese segmentation")
struct VietnameseSegmentationTests {
  static let cases: [SegmentationCase] = [
    .init(
      "Tổng Bí thư Tô Lâm làm việc tại Đà Nẵng. Hội nghị kết thúc.",
      ["Tổng Bí thư Tô Lâm làm việc tại Đà Nẵng.", "Hội nghị kết thúc."], "plain split"),
    .init(
      "Đoàn công tác đến TP. Hồ Chí Minh hôm nay.", ["Đoàn công tác đến TP. Hồ Chí Minh hôm nay."],
      "TP. (thành phố) before a city name"),
    .init("Ông gặp PGS. Nguyễn Văn A tại đây.", ["Ông gặp PGS. Nguyễn Văn A tại đây."], "an academic title before a name"),
    .init(
      "Nghị quyết số 57-NQ/TW đã được ban hành. Thành phố thực hiện.",
      ["Nghị quyết số 57-NQ/TW đã được ban hành.", "Thành phố thực hiện."], "a document number stays whole"),
  ]

  @Test(arguments: cases)
  func segments(_ row: SegmentationCase) throws {
    #expect(try segmentTexts(row.text, .vietnamese) == row.expected)
  }
}
