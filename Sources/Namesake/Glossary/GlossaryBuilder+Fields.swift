/// Checks on the raw text of glossary fields, before their meaning is checked.
extension GlossaryBuilder {
  /// The longest form (canonical or variant) accepted, in Unicode scalars. The longest in the
  /// built-in glossary has 111; a longer "name" is a broken import (a field that swallowed the
  /// rest of a file), and every form costs the matcher and the transliteration ranker its length.
  public static let maximumFormLength = 1_000

  /// Control characters (a tab, a line break inside a CSV or TBX field, an escape), which the
  /// project format cannot hold and no name contains, and forms too long to be names.
  static func fieldIssues(_ records: GlossaryRecords) -> [GlossaryIssue] {
    var issues = [GlossaryIssue]()
    func check(_ location: RecordLocation, _ fields: KeyValuePairs<String, String>) {
      for (field, text) in fields {
        if let control = firstControl(field == "note" ? singleLine(text) : text) {
          let code = String(control.value, radix: 16, uppercase: true)
          issues.append(
            GlossaryIssue(
              file: location.file, line: location.line, field: field,
              message: "contains U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code), a control character or noncharacter; fields are one line of text"))
        }
        if field == "form" || field == "canonical", text.utf8.count > maximumFormLength {
          let length = text.unicodeScalars.count
          if length > maximumFormLength {
            issues.append(
              GlossaryIssue(
                file: location.file, line: location.line, field: field,
                message: "\(length) characters; a form has at most \(maximumFormLength) (a name or a title, not a text)"))
          }
        }
      }
    }
    // Records whose every field is clean are skipped: checking field by field was a twentieth of
    // loading a large glossary.
    for r in records.entities
    where !(isClean(r.id) && isClean(r.kind) && isClean(r.canonical, isForm: true) && isClean(r.sources) && isClean(r.note)) {
      check(r.location, ["id": r.id, "kind": r.kind, "canonical": r.canonical, "source": r.sources, "note": r.note])
    }
    for r in records.names
    where !(isClean(r.entity) && isClean(r.language) && isClean(r.form, isForm: true) && isClean(r.status) && isClean(r.ambiguous)
      && isClean(r.sources))
    {
      check(r.location, ["entity": r.entity, "lang": r.language, "form": r.form, "status": r.status, "ambiguous": r.ambiguous, "source": r.sources])
    }
    for r in records.tenures {
      check(r.location, ["person": r.person, "office": r.office, "of": r.of, "from": r.from, "to": r.to, "seen_in": r.seenIn, "source": r.sources])
    }
    for r in records.relations {
      check(r.location, ["subject": r.subject, "relation": r.relation, "object": r.object, "date": r.date, "source": r.sources])
    }
    return issues
  }

  /// A note on one line: the line breaks and tabs of a multi-line CSV field or a wrapped TBX
  /// note become spaces, so that the project format can hold it.
  static func singleLine(_ note: String) -> String {
    guard note.containsByte(where: { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return note }
    var result = String.UnicodeScalarView()
    var inBreak = false
    for scalar in note.unicodeScalars {
      if scalar == "\t" || scalar == "\n" || scalar == "\r" {
        inBreak = true
        continue
      }
      if inBreak {
        if scalar == " " { continue }
        while result.last == " " { result.removeLast() }
        if !result.isEmpty { result.append(" ") }
        inBreak = false
      }
      result.append(scalar)
    }
    return String(result)
  }

  /// The first character no glossary file can store: a control character (C0, DEL, C1) or the
  /// noncharacter U+FFFE or U+FFFF. The project format splits on tabs and line ends, and XML 1.0
  /// (TBX) admits none of these but tab and line ends, which its parsers normalise; a glossary
  /// holding one would export to files that do not load back as it was.
  private static func firstControl(_ text: String) -> Unicode.Scalar? {
    // Fast path: each of those begins, in UTF-8, with a byte below 0x20, 0x7F, 0xC2 or 0xEF.
    guard text.containsByte(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else { return nil }
    return text.unicodeScalars.first { scalar in
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
  }
}
