import Foundation

@testable import Namesake

/// Random glossaries for property tests: the real glossary's records plus random entities of
/// every kind whose forms are cut from sample lines (so generated documents contain them, in odd
/// places), made of random syllables and katakana, or noise; some forms are shared and marked
/// ambiguous, some offices carry a `{place}` slot, some people hold random tenures.
enum RandomGlossary {
  static let katakana = Array("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴバビブベボパピプペポャュョッー・")
  static let syllables = ["Nguyễn", "Trần", "Lê", "Phạm", "Hồ", "Văn", "Thị", "Minh", "Chính", "Đức", "Hùng", "Lâm", "Tô", "Ân", "Quốc", "Anh", "Vân", "ơ", "Đ"]
  static let noise = ["・", "ー", "。", " ", "(", ")", "「", "」", "'", "s", "é", "\u{0301}", "𠀋", "🙂", "{", "}", "\u{FEFF}", "\u{200B}"]
  static let kinds: [EntityKind] = [.person, .person, .person, .place, .organization, .office, .document, .event]

  static func make(count: Int, seed: UInt64, lines: [String], base: String) throws -> Glossary {
    var generator = SplitMix64(seed: seed)
    func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
    func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
    func cut() -> String {
      let line = Array(pick(lines).unicodeScalars)
      guard line.count > 2 else { return "Hà Nội" }
      let start = Int(generator.next() % UInt64(line.count - 1))
      let length = 1 + Int(generator.next() % UInt64(min(14, line.count - start)))
      return String(String.UnicodeScalarView(line[start..<(start + length)]))
    }
    func form() -> String {
      switch generator.next() % 4 {
      case 0: return cut()
      case 1: return (0..<(1 + Int(generator.next() % 3))).map { _ in pick(syllables) }.joined(separator: " ")
      case 2: return String((0..<(2 + Int(generator.next() % 8))).map { _ in pick(katakana) })
      default: return cut() + pick(noise) + form()
      }
    }

    var records = try GlossaryLoader.records(at: base)
    var line = 0
    func location() -> RecordLocation {
      line += 1
      return RecordLocation(file: "random", line: line)
    }
    var people = [String](), offices = [String](), shared = [String]()
    for index in 0..<count {
      let kind = pick(kinds)
      let id = "\(kind.idPrefix)/random-\(index)"
      if kind == .person { people.append(id) }
      if kind == .office { offices.append(id) }
      records.entities.append(.init(location: location(), id: id, kind: kind.rawValue, canonical: form(), sources: "000", note: ""))
      for _ in 0..<(1 + Int(generator.next() % 4)) {
        var text = form()
        var ambiguous = ""
        if chance(15), let other = shared.randomElement(using: &generator) {
          text = other
          ambiguous = "yes"
        } else if chance(10) {
          shared.append(text)
          ambiguous = "yes"
        }
        if kind == .office && chance(30) { text = chance(50) ? "{place} " + text : text + " {place:gen}" }
        let language = pick(["en", "ja", "sv", "vi"])
        records.names.append(.init(location: location(), entity: id, language: language, form: text, status: "", ambiguous: ambiguous, sources: "002"))
      }
    }
    for person in people where chance(40) && !offices.isEmpty {
      let year = 1990 + Int(generator.next() % 35)
      records.tenures.append(.init(location: location(), person: person, office: pick(offices), of: "", from: "\(year)-01-01", to: chance(50) ? "" : "\(year + 3)-06-30", seenIn: "", sources: "004"))
    }
    // Random records break validation rules now and then (two entities sharing a form without
    // both saying ambiguous, a form listed twice): drop the lines the builder names, and retry.
    for _ in 0..<5 {
      let issues: [GlossaryIssue]
      do {
        return try GlossaryBuilder.build(records)
      } catch {
        guard case .invalid(let found) = error else { throw error }
        issues = found
      }
      do {
        let bad = Set(issues.filter { $0.file == "random" }.map(\.line))
        guard !bad.isEmpty else { throw GlossaryError.invalid(issues) }
        let droppedEntities = Set(records.entities.filter { bad.contains($0.location.line) && $0.location.file == "random" }.map(\.id))
        records.entities.removeAll { $0.location.file == "random" && bad.contains($0.location.line) }
        records.names.removeAll { ($0.location.file == "random" && bad.contains($0.location.line)) || droppedEntities.contains($0.entity) }
        records.tenures.removeAll {
          ($0.location.file == "random" && bad.contains($0.location.line)) || droppedEntities.contains($0.person) || droppedEntities.contains($0.office)
        }
      }
    }
    return try GlossaryBuilder.build(records)
  }
}
