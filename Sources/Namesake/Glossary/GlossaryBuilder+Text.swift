extension GlossaryBuilder {
  /// Issues for forms that would not survive export and import: whitespace at either end, which
  /// TBX readers drop (a form that is all whitespace is reported as empty instead). Characters
  /// no file can store are `fieldIssues`' concern.
  static func checkTrimmed(
    _ fields: KeyValuePairs<String, String>, _ location: RecordLocation, _ issues: inout [GlossaryIssue]
  ) {
    for (field, text) in fields {
      // Ends that are not whitespace leave nothing to trim; counting characters is slow.
      if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) {
        continue
      }
      if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
        !first.properties.isWhitespace && !last.properties.isWhitespace
      {
        continue
      }
      let core = text.trimmingWhitespace
      if !core.isEmpty && core.count != text.count {
        issues.append(
          GlossaryIssue(file: location.file, line: location.line, field: field, message: "'\(text)' begins or ends with whitespace"))
      }
    }
  }
}
