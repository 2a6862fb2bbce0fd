import Foundation
import Namesake
import Testing

@Suite("Vietnamese syllables")
struct VietnameseSyllablesTests {
  @Test(arguments: ["Nguyen", "Nguyễn", "Luong", "Lương", "Triet", "Thanh", "Ngoc", "Giang", "Quang", "Khanh", "Duy", "Đức", "Nghĩa", "Tuc", "Hue", "Uyen"])
  func accepts(_ word: String) throws { #expect(try VietnameseSyllables().isSyllable(word)) }

  @Test(arguments: ["Smith", "Politburo", "Conference", "Stop", "Kennedy", "Source", "Ba1", "Strong", "Church"])
  func rejects(_ word: String) throws { #expect(try !VietnameseSyllables().isSyllable(word)) }

  /// Every syllable of every Vietnamese person name in the glossary parses.
  @Test func everyGlossaryNameParses() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../glossary").standardized
    let glossary = try GlossaryLoader.load(root.path)
    let syllables = try VietnameseSyllables()
    for entity in glossary.entities where entity.kind == .person {
      for form in [entity.canonical] + entity.names.filter({ $0.language == .vietnamese }).map(\.form) {
        for word in form.split(separator: " ") {
          #expect(syllables.isSyllable(String(word)), "\(entity.id): '\(word)'")
        }
      }
    }
  }
}
