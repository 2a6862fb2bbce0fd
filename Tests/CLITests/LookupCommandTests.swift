import Foundation
import Testing

@Suite("namesake lookup")
struct LookupCommandTests {
  static func records(_ arguments: [String]) throws -> (Int32, [[String: Any]]) {
    let result = try CLI.run(["lookup"] + arguments)
    let records = result.stdout.split(separator: "\n").compactMap {
      (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
    }
    return (result.status, records)
  }

  @Test(arguments: [
    ("グエン・ズイ・ゴック", "person/nguyen-duy-ngoc", "exact"), ("Nguyễn Duy Ngọc", "person/nguyen-duy-ngoc", "exact"),
    ("トゥ・ラム", "person/to-lam", "variant"), ("グエン・ズイ・ゴク", "person/nguyen-duy-ngoc", "transliteration"),
  ])
  func ranksTheRightEntityFirst(_ name: String, _ entity: String, _ method: String) throws {
    let (status, records) = try Self.records([name])
    #expect(status == 0)
    #expect(records.first?["entity"] as? String == entity)
    #expect(records.first?["method"] as? String == method)
    for key in ["entity", "canonical", "kind", "score", "method"] { #expect(records.first?[key] != nil) }
  }

  @Test func katakanaResultsCarryTheExpectedForm() throws {
    let (_, records) = try Self.records(["グエン・ズイ・ゴク", "--limit", "1"])
    #expect(records.count == 1)
    #expect(records.first?["expected"] as? String == "グエン・ズイ・ゴック")
  }

  @Test(arguments: ["ロードマップ", "エコシステム", "ドン", "ダム", "テト", "Smith Jones"])
  func commonWordsPrintNothing(_ name: String) throws {
    let (status, records) = try Self.records([name])
    #expect(status == 0)
    #expect(records.isEmpty, "\(name): \(records)")
  }

  @Test func invalidLimitIsAUsageError() throws {
    #expect(try CLI.run(["lookup", "x", "--limit", "0"]).status == 64)
  }
}
