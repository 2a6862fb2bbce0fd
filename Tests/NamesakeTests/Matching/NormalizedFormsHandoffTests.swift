import Foundation
import Testing

@testable import Namesake

/// The loader's normalised forms go to the first matcher and are released; a second matcher of the
/// same glossary normalises the forms itself, and both find the same matches.
@Suite("Normalised forms handed to the matcher")
struct NormalizedFormsHandoffTests {
  @Test func theFirstMatcherTakesTheFormsAndASecondOneMatchesTheSame() throws {
    let glossary = try GlossaryLoader.load(AlignmentInvariantTests.repository.appendingPathComponent("glossary").path)
    let first = GlossaryMatcher(glossary: glossary)
    #expect(glossary.normalizedForms.take() == nil, "released once the first matcher is built")
    let second = GlossaryMatcher(glossary: glossary)
    var compared = 0
    for document in try LinkingWindowTests.samples() {
      for language in [Language.english, .japanese, .swedish] {
        let a = first.matches(in: document.text, language: language), b = second.matches(in: document.text, language: language)
        #expect(a.map { [$0.start, $0.end, $0.endWithSuffix] } == b.map { [$0.start, $0.end, $0.endWithSuffix] }, "\(document.id) as \(language)")
        #expect(a.map { $0.candidates.map(\.entity) } == b.map { $0.candidates.map(\.entity) })
        compared += a.count
      }
    }
    #expect(compared > 100)
  }
}
