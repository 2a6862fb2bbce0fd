/// Small counting rules shared by the proposers, so every proposal rounds and cites alike.
enum Tally {
  /// The value seen most often; ties go to the first in sorted order, so output is stable.
  static func mostFrequent(_ values: [String]) -> String {
    var counts = [String: Int]()
    for value in values { counts[value, default: 0] += 1 }
    return counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key ?? ""
  }

  /// The glossary sources of the documents, once each, sorted.
  static func sources(_ citations: [DocumentCitation]) -> [String] {
    Array(Set(citations.map(\.source))).sorted()
  }

  /// A score clamped to 0–1 and rounded to two decimals, as it is printed.
  static func score(_ value: Double) -> Double {
    (min(1, max(0, value)) * 100).rounded() / 100
  }
}
