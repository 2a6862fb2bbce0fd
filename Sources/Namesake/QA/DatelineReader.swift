import Foundation

/// An article's date and where it came from, for messages a reviewer can check.
public struct ArticleDate: Sendable, Hashable {
  public enum Origin: String, Sendable { case datesFile = "dates file", dateline }
  public var date: PartialDate
  public var origin: Origin

  public init(date: PartialDate, origin: Origin) {
    self.date = date
    self.origin = origin
  }
}

/// Reads the date an article states at its top, a dateline: "HANOI, March 29, 2025 –",
/// "Stockholm 29 mars 2025", "2025年3月29日", "2025-03-29". Dates further down are the dates of
/// what the article reports (decisions, earlier meetings), so only a date starting within the
/// first `reach` scalars of the first two segments counts (fewer in Japanese, which says more per
/// character).
public struct DatelineReader: Sendable {
  static func reach(_ language: Language) -> Int { language == .japanese ? 40 : 80 }
  private let patterns: [Language: [NSRegularExpression]]
  private let months: [Language: [String: Int]]

  public init() throws(LanguageDataError) {
    let file = try LanguageDataFile.embedded("months.tsv", knownTypes: ["en", "sv"])
    var months = [Language: [String: Int]]()
    for row in file.rows {
      guard let language = Language(rawValue: row.type), row.fields.count >= 3, let month = Int(row.fields[2]), (1...12).contains(month) else {
        throw LanguageDataError(file: file.name, line: row.line, reason: "expected lang<TAB>name<TAB>month number 1–12")
      }
      months[language, default: [:]][row.value.lowercased()] = month
    }
    let iso = #"(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])"#
    var patterns = [Language: [NSRegularExpression]]()
    do {
      for (language, names) in months {
        let alternatives = names.keys.sorted { ($0.count, $0) > ($1.count, $1) }.map(NSRegularExpression.escapedPattern).joined(separator: "|")
        patterns[language] = [
          try NSRegularExpression(pattern: #"(?i)\b(\#(alternatives))\.?\s+([0-9]{1,2}),?\s+([0-9]{4})\b"#),  // March 29, 2025
          try NSRegularExpression(pattern: #"(?i)\b([0-9]{1,2})\.?\s+(\#(alternatives))\.?,?\s+([0-9]{4})\b"#),  // 29 mars 2025
          try NSRegularExpression(pattern: iso),
        ]
      }
      patterns[.japanese] = [try NSRegularExpression(pattern: "([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日"), try NSRegularExpression(pattern: iso)]
      patterns[.vietnamese] = [try NSRegularExpression(pattern: iso)]
    } catch {
      throw LanguageDataError(file: file.name, line: 0, reason: "dateline pattern: \(error)")
    }
    self.patterns = patterns
    self.months = months
  }

  /// The dateline's date, or nil when the top of the article states none.
  public func date(in segmented: SegmentedDocument) -> PartialDate? {
    for segment in segmented.segments.prefix(2) {
      if let date = date(in: segmented.text(of: segment), language: segmented.language) { return date }
    }
    return nil
  }

  /// The first date in `text` that starts within reach.
  func date(in text: String, language: Language) -> PartialDate? {
    let searched = text as NSString
    var best: (start: Int, date: PartialDate)?
    for (kind, pattern) in (patterns[language] ?? []).enumerated() {
      guard let match = pattern.firstMatch(in: text, range: NSRange(location: 0, length: searched.length)) else { continue }
      let start = text.utf16.index(text.startIndex, offsetBy: match.range.location)
      guard text.unicodeScalars[..<start].count < Self.reach(language), best.map({ match.range.location < $0.start }) ?? true else { continue }
      let groups = (1..<match.numberOfRanges).map { searched.substring(with: match.range(at: $0)) }
      if let date = Self.date(groups, kind: kind, language: language, months: months[language] ?? [:]) { best = (match.range.location, date) }
    }
    return best?.date
  }

  private static func date(_ groups: [String], kind: Int, language: Language, months: [String: Int]) -> PartialDate? {
    let numbers = groups.map { Int(asciiDigits($0)) }
    let year: Int?, month: Int?, day: Int?
    switch (language, kind) {
    case (.english, 0), (.swedish, 0): (month, day, year) = (months[groups[0].lowercased()], numbers[1], numbers[2])
    case (.english, 1), (.swedish, 1): (day, month, year) = (numbers[0], months[groups[1].lowercased()], numbers[2])
    default: (year, month, day) = (numbers[0], numbers[1], numbers[2])
    }
    guard let year, let month, let day else { return nil }
    return PartialDate(String(format: "%04d-%02d-%02d", year, month, day))
  }

  /// Full-width digits as ASCII, for Japanese dates.
  private static func asciiDigits(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { ("０"..."９").contains($0) ? Unicode.Scalar($0.value - 0xFF10 + 0x30) ?? $0 : $0 }))
  }
}
