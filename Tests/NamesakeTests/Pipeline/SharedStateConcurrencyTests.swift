import Foundation
import Testing

@testable import Namesake

/// What concurrent tasks share, each made or filled on first use: a segmenter per language, the
/// ICU iterators lent from its pool and the katakana ranker's memo. Many tasks start at once on
/// fresh instances, so first uses race; each task must get what one task alone gets.
/// `scripts/sanitize thread` (and CI) runs these to check that the sharing is free of data races.
@Suite("Shared state under concurrent use")
struct SharedStateConcurrencyTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
  /// Tasks per input: enough that several ask for the same segmenter or memo entry at once.
  static let copies = 4

  @Test func segmentationFromManyTasksEqualsOneTask() async throws {
    let paths = try DocumentReader.expand(paths: [Self.repository.appendingPathComponent("corpus").path])
    let documents = try paths.map { try DocumentReader.read(path: $0) }
    let alone = try SegmentationPipeline()
    let expected = try documents.map { try alone.segment($0)?.segments }
    let shared = try SegmentationPipeline()
    let results = try await withThrowingTaskGroup(of: (Int, [Segment]?).self) { group in
      for _ in 0..<Self.copies {
        for (index, document) in documents.enumerated() { group.addTask { (index, try shared.segment(document)?.segments) } }
      }
      var results = [(Int, [Segment]?)]()
      for try await result in group { results.append(result) }
      return results
    }
    #expect(Set(expected.compactMap { $0 }.map(\.count)).count > 1, "the corpus gives documents of different lengths")
    #expect(results.count == documents.count * Self.copies)
    for (index, segments) in results { #expect(segments == expected[index], "\(documents[index].id)") }
  }

  @Test func katakanaRankingFromManyTasksEqualsOneTask() async throws {
    let development = try String(contentsOf: Self.repository.appendingPathComponent("eval/transliteration/dev.tsv"), encoding: .utf8)
    let names = Array(
      development.split(separator: "\n").filter { !$0.hasPrefix("#") }
        .compactMap { $0.split(separator: "\t").dropFirst().first.map(String.init) }.prefix(48))
    #expect(names.count == 48)
    let glossary = try GlossaryLoader.load(Self.repository.appendingPathComponent("glossary").path)
    let transliterator = try KatakanaTransliterator()
    let alone = KatakanaNameRanker(glossary: glossary, transliterator: transliterator)
    let expected = names.map { alone.candidates(for: $0) }
    #expect(expected.contains { !$0.isEmpty })
    let shared = KatakanaNameRanker(glossary: glossary, transliterator: transliterator)
    let results = await withTaskGroup(of: (Int, [KatakanaNameRanker.Candidate]).self) { group in
      for _ in 0..<Self.copies {
        for (index, name) in names.enumerated() { group.addTask { (index, shared.candidates(for: name)) } }
      }
      var results = [(Int, [KatakanaNameRanker.Candidate])]()
      for await result in group { results.append(result) }
      return results
    }
    #expect(results.count == names.count * Self.copies)
    for (index, candidates) in results { #expect(candidates == expected[index], "\(names[index])") }
  }
}
