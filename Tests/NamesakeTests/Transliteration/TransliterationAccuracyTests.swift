import Foundation
import Testing

@testable import Namesake

/// Top-1 accuracy of the transliteration model on the development set in
/// `eval/transliteration/dev.tsv`: real Vietnamese names with the katakana a public Japanese
/// source writes, kept apart from the glossary. Each name enters a glossary in Vietnamese only,
/// beside the built-in glossary's people and places; its katakana must rank it first.
@Suite("Transliteration accuracy (development set)")
struct TransliterationAccuracyTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
  /// Our bars on the development set; the issue's held-out targets are 95% (people) and 90% (places).
  static let bars: [EntityKind: Double] = [.person: 0.95, .place: 0.95]

  static func devSet() throws -> (pairs: [(vietnamese: String, katakana: String, kind: EntityKind)], ids: [String: String], ranker: KatakanaNameRanker) {
    let text = try String(contentsOf: Self.root.appendingPathComponent("eval/transliteration/dev.tsv"), encoding: .utf8)
    var pairs = [(vietnamese: String, katakana: String, kind: EntityKind)]()
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 4, let kind = EntityKind(rawValue: fields[2]) else { continue }
      pairs.append((fields[0], fields[1], kind))
    }
    #expect(pairs.count >= 40)
    var records = try GlossaryLoader.records(at: Self.root.appendingPathComponent("glossary").path)
    // Names the glossary already has (Hội An) are not held out: leave them to the glossary.
    let known = Set(records.names.filter { $0.language == "vi" }.map { MatchNormalizer().normalize($0.form).text })
    pairs.removeAll { known.contains(MatchNormalizer().normalize($0.vietnamese).text) }
    let location = RecordLocation(file: "dev.tsv", line: 0)
    var ids = [String: String]()
    for (index, pair) in pairs.enumerated() where ids[pair.vietnamese] == nil {
      let id = "\(pair.kind.idPrefix)/dev-\(index)"
      ids[pair.vietnamese] = id
      records.entities.append(.init(location: location, id: id, kind: pair.kind.rawValue, canonical: "Dev \(index)", sources: "https://example.invalid/dev", note: ""))
      records.names.append(.init(location: location, entity: id, language: "vi", form: pair.vietnamese, status: "preferred", ambiguous: "yes", sources: "https://example.invalid/dev"))
    }
    let glossary = try GlossaryBuilder.build(records)
    return (pairs, ids, KatakanaNameRanker(glossary: glossary, transliterator: try KatakanaTransliterator()))
  }

  @Test func topOneAccuracyMeetsTheBar() throws {
    let (pairs, ids, ranker) = try Self.devSet()
    var correct = [EntityKind: Int]()
    var total = [EntityKind: Int]()
    var misses = [String]()
    for pair in pairs {
      total[pair.kind, default: 0] += 1
      let best = ranker.candidates(for: pair.katakana, minimumScore: 0).first
      if best?.entity == ids[pair.vietnamese] {
        correct[pair.kind, default: 0] += 1
      } else {
        misses.append("\(pair.katakana) → \(best?.entity ?? "nothing") (expected \(pair.vietnamese))")
      }
    }
    for (kind, bar) in Self.bars {
      let accuracy = Double(correct[kind] ?? 0) / Double(max(total[kind] ?? 0, 1))
      if kind == .person { for miss in misses { print("miss: \(miss)") } }
      print("transliteration top-1, \(kind.rawValue): \(correct[kind] ?? 0)/\(total[kind] ?? 0) = \(String(format: "%.1f%%", accuracy * 100))")
      #expect(accuracy >= bar, "\(kind.rawValue) top-1 \(accuracy) below \(bar); misses: \(misses)")
    }
  }

  /// The skeleton index only narrows the search: on the development set it finds the same best
  /// candidate as aligning against every name, and every candidate good enough to link.
  @Test func indexAgreesWithExhaustiveSearch() throws {
    let (pairs, _, ranker) = try Self.devSet()
    for pair in pairs {
      let indexed = ranker.candidates(for: pair.katakana, minimumScore: NameLookup.minimumScore)
      let exhaustive = ranker.exhaustiveCandidates(for: pair.katakana, minimumScore: NameLookup.minimumScore)
      #expect(indexed.first == exhaustive.first, "\(pair.katakana)")
      let linkable = exhaustive.filter { $0.score >= TransliterationLinker.linkScore }
      #expect(Array(indexed.prefix(linkable.count)) == linkable, "\(pair.katakana)")
    }
  }

  /// With 10,000 people, a third of them グエン, a person's katakana still ranks them first,
  /// written conventionally or with the long vowels dropped.
  @Test func largeGlossaryKeepsTheBestFirst() throws {
    var records = GlossaryRecords()
    let location = RecordLocation(file: "generated", line: 0)
    let family = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"]
    let given = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Hữu", "Quang", "Ngọc", "Hồng", "Anh", "Tuấn", "Hải", "Long", "Sơn", "Hùng", "Dũng",
      "Bình", "Lâm", "Nam", "Phúc", "Khánh", "Tâm", "Trung", "Vinh", "Tiến", "Châu", "Giang", "Hiền", "Tùng", "Nghĩa", "Khang", "Thắng"]
    var generator = SplitMix64(seed: 7)
    var seen = Set<String>()
    while records.entities.count < 10_000 {
      let parts = [family[Int(generator.next() % 10)]] + (0..<Int(1 + generator.next() % 3)).map { _ in given[Int(generator.next() % UInt64(given.count))] }
      let name = parts.joined(separator: " ")
      guard seen.insert(name).inserted else { continue }
      let id = "person/g-\(records.entities.count)"
      records.entities.append(.init(location: location, id: id, kind: "person", canonical: "G \(records.entities.count)", sources: "https://example.invalid/g", note: ""))
      records.names.append(.init(location: location, entity: id, language: "vi", form: name, status: "preferred", ambiguous: "yes", sources: "https://example.invalid/g"))
    }
    let transliterator = try KatakanaTransliterator()
    let ranker = KatakanaNameRanker(glossary: try GlossaryBuilder.build(records), transliterator: transliterator)
    for record in records.names.prefix(30) {
      let katakana = try #require(transliterator.conventional(record.form))
      #expect(ranker.candidates(for: katakana).first?.entity == record.entity, "\(katakana)")
      let short = katakana.replacingOccurrences(of: "ー", with: "")
      let best = ranker.candidates(for: short).first
      #expect(best?.entity == record.entity || best?.score == ranker.exhaustiveCandidates(for: short).first?.score, "\(short)")
    }
  }
}
