/// Rows of a language data file: `type<TAB>value<TAB>why`, `#` comments, blank lines ignored.
struct LanguageDataFile: Sendable {
  struct Row: Sendable {
    var type: String
    var value: String
    /// Every field of the line, the type and value included.
    var fields: [String]
    var line: Int
  }

  var name: String
  var rows: [Row]

  /// Parses `text`; unknown types and missing values are errors naming the line.
  init(name: String, text: String, knownTypes: Set<String>) throws(LanguageDataError) {
    self.name = name
    var rows = [Row]()
    var lineNumber = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count >= 2, !fields[1].isEmpty else {
        throw LanguageDataError(file: name, line: lineNumber, reason: "expected type<TAB>value")
      }
      let type = String(fields[0])
      guard knownTypes.contains(type) else {
        throw LanguageDataError(file: name, line: lineNumber, reason: "unknown type '\(type)'")
      }
      rows.append(Row(type: type, value: String(fields[1]), fields: fields.map(String.init), line: lineNumber))
    }
    self.rows = rows
  }

  /// The embedded file `name`, or an error if the build did not embed it.
  static func embedded(_ name: String, knownTypes: Set<String>) throws(LanguageDataError) -> LanguageDataFile {
    guard let text = EmbeddedLanguageData.files[name] else {
      throw LanguageDataError(file: name, line: 0, reason: "language data file missing from the build")
    }
    return try LanguageDataFile(name: name, text: text, knownTypes: knownTypes)
  }

  func values(_ type: String) -> [String] { rows.filter { $0.type == type }.map(\.value) }

  /// The single value of a setting, or nil; a repeated setting is an error.
  func setting(_ type: String) throws(LanguageDataError) -> Row? {
    let matching = rows.filter { $0.type == type }
    if matching.count > 1 {
      throw LanguageDataError(file: name, line: matching[1].line, reason: "'\(type)' given twice")
    }
    return matching.first
  }

  func integer(_ type: String) throws(LanguageDataError) -> Int? {
    guard let row = try setting(type) else { return nil }
    guard let value = Int(row.value), value > 0 else {
      throw LanguageDataError(file: name, line: row.line, reason: "'\(type)' needs a positive integer")
    }
    return value
  }

  func flag(_ type: String) throws(LanguageDataError) -> Bool {
    guard let row = try setting(type) else { return false }
    switch row.value {
    case "yes": return true
    case "no": return false
    default: throw LanguageDataError(file: name, line: row.line, reason: "'\(type)' takes yes or no")
    }
  }
}
