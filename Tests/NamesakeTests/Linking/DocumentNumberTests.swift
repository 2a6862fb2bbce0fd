import Namesake
import Testing

@Suite("Document numbers")
struct DocumentNumberTests {
  @Test(arguments: [
    ("Directive No. 35-CT/TW of the Politburo", ["35-CT/TW"], "a directive (sample 001)"),
    ("politbyråns resolution 57-NQ/TW daterad", ["57-NQ/TW"], "a resolution (sample 004)"),
    ("slutsats nr 79-KL/TW daterad 13 maj 2024", ["79-KL/TW"], "a conclusion"),
    ("Decision No. 323/QD-TTg dated", ["323/QD-TTg"], "a Prime Minister's decision"),
    ("Quyết định 323/QĐ-TTg", ["323/QĐ-TTg"], "with Đ"),
    ("replace Resolution No. 35/2021/QH15 to submit", ["35/2021/QH15"], "a National Assembly resolution"),
    ("Nghị định 123/2020/NĐ-CP", ["123/2020/NĐ-CP"], "a government decree"),
    ("14/20 targets; 2020-2025 term; 7.1%", [], "counter-example: fractions and year ranges are not documents"),
    ("code A57-NQ/TW or 57-NQ/TW2", [], "counter-example: attached letters or digits"),
    ("Resolution 57, Resolution No. 08", [], "counter-example: bare numbers (linked by the glossary, not by shape)"),
  ])
  func finds(_ text: String, _ expected: [String], _ why: String) {
    #expect(DocumentNumber.find(in: text).map(\.surface) == expected, "\(why)")
  }

  @Test func offsetsAndIDs() {
    let found = DocumentNumber.find(in: "Số 323/QĐ-TTg và 57-NQ/TW")
    #expect(found.map(\.start) == [3, 17])
    #expect(found.map(\.entityID) == ["doc/323-qd-ttg", "doc/57-nq-tw"])
  }
}
