extension GlossaryBuilder {
  /// The first character of `text` that no glossary file can store: a control character (C0,
  /// DEL, C1), or the noncharacter U+FFFE or U+FFFF. The project format splits on tabs and line
  /// ends, and XML 1.0 (TBX) admits none of these but tab and line ends, which its parsers
  /// normalise; a glossary holding one would export to files that do not load back as it was.
  static func unstorableCharacter(in text: String) -> Unicode.Scalar? {
    // Fast path: each of those begins, in UTF-8, with a byte below 0x20, 0x7F, 0xC2 or 0xEF.
    guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) else { return nil }
    return text.unicodeScalars.first { scalar in
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
  }

  /// Issues for text that would not survive export and import: a character `unstorableCharacter`
  /// finds, and with `trimmed`, whitespace at either end of a form, which TBX readers drop
  /// (a form that is all whitespace is reported as empty instead).
  static func checkText(
    _ fields: KeyValuePairs<String, String>, trimmed: Bool, _ location: RecordLocation, _ issues: inout [GlossaryIssue]
  ) {
    for (field, text) in fields {
      if let scalar = unstorableCharacter(in: text) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        issues.append(
          GlossaryIssue(
            file: location.file, line: location.line, field: field, message: "holds the character \(code), which glossary files cannot store"))
      }
      let core = text.trimmingWhitespace
      if trimmed && !core.isEmpty && core.count != text.count {
        issues.append(
          GlossaryIssue(file: location.file, line: location.line, field: field, message: "'\(text)' begins or ends with whitespace"))
      }
    }
  }
}
