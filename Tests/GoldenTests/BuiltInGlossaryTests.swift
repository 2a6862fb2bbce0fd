import Foundation
import Namesake
import Testing

/// The curated glossary: valid, every form found in the sample it cites, provinces complete.
@Suite("Built-in glossary")
struct BuiltInGlossaryTests {
  static let directory = SegmentationGoldenTests.repository.appendingPathComponent("glossary").path

  static func sampleText(_ id: String) throws -> String? {
    guard let file = SegmentationGoldenTests.samples.first(where: { $0.hasPrefix(id + "_") }) else { return nil }
    return try DocumentReader.read(path: SegmentationGoldenTests.corpus.appendingPathComponent(file).path).text
  }

  @Test func loadsWithoutProblems() throws {
    let glossary = try GlossaryLoader.load(Self.directory)
    #expect(glossary.entities.count > 100)
  }

  /// A form that cites a sample document must be found there, linked to its entity: the data
  /// says where it was seen, and the matcher must see it too.
  @Test func everyFormIsFoundInTheSampleItCites() throws {
    let glossary = try GlossaryLoader.load(Self.directory)
    let matcher = GlossaryMatcher(glossary: glossary)
    var texts = [String: (String, [GlossaryMatch])]()
    for id in ["000", "001", "002", "003", "004"] {
      guard let text = try Self.sampleText(id) else { continue }
      let language: Language = id == "002" ? .japanese : id == "004" ? .swedish : .english
      // All matches, not only the selected ones: a shorter form inside a longer match still counts.
      texts[id] = (text, matcher.matches(in: text, language: language))
    }
    var checked = 0
    for entity in glossary.entities {
      var forms = [(entity.canonical, entity.sources)]
      forms += entity.names.filter { !$0.isPattern }.map { ($0.form, $0.sources) }
      for (form, sources) in forms {
        for sample in sources.items where texts[sample] != nil {
          let (text, matches) = texts[sample]!
          let normalizedText = MatchNormalizer().normalize(text).text
          let normalizedForm = MatchNormalizer().normalize(form).text
          #expect(normalizedText.contains(normalizedForm), "\(entity.id): '\(form)' is not in sample \(sample)")
          let linked = matches.contains { $0.candidates.contains { $0.entity == entity.id } }
          let inLongerMatch = matches.contains { match in
            let scalars = Array(text.unicodeScalars)
            return MatchNormalizer().normalize(String(String.UnicodeScalarView(scalars[match.start..<match.end]))).text.contains(normalizedForm)
          }
          #expect(linked || inLongerMatch, "\(entity.id): '\(form)' is in sample \(sample) but the matcher does not find it")
          checked += 1
        }
      }
    }
    #expect(checked > 50)
  }

  /// Vietnam's 63 provincial-level units before 12 June 2025 and the 34 after (Resolution
  /// 202/2025/QH15): every absorbed unit merged into one that survives.
  @Test func provincesBeforeAndAfterTheReorganisation() throws {
    let glossary = try GlossaryLoader.load(Self.directory)
    let units = glossary.entities.filter { $0.kind == .place && ($0.note.hasPrefix("province") || $0.note.hasPrefix("centrally-run city")) }
    #expect(units.count == 63)
    let absorbed = units.filter { $0.relations.contains { $0.kind == .mergedInto } }
    #expect(units.count - absorbed.count == 34)
    let survivors = Set(units.filter { !absorbed.map(\.id).contains($0.id) }.map(\.id))
    for unit in absorbed {
      let target = unit.relations.first { $0.kind == .mergedInto }?.object ?? ""
      #expect(survivors.contains(target), "\(unit.id) merged into \(target), which is not a surviving unit")
    }
    for unit in units {
      for language in [Language.vietnamese, .japanese, .swedish] {
        #expect(unit.preferredName(in: language) != nil, "\(unit.id) has no \(language.rawValue) form")
      }
    }
  }
}
