import Foundation

/// Glossaries as CSV (RFC 4180) for spreadsheets and CAT tools: header
/// `id,kind,canonical,lang,variant`, one row per variant; a row with empty `lang` and `variant`
/// declares an entity by its canonical form only. Optional further columns `status`, `ambiguous`,
/// `source`, `note` keep what the project format holds per name, so export then import loses
/// nothing but tenures and relations (which TBX and the project format keep).
public enum CSVGlossaryFormat {
  static let requiredColumns = ["id", "kind", "canonical", "lang", "variant"]
  static let optionalColumns = ["status", "ambiguous", "source", "note"]

  public static func read(path: String) throws(GlossaryError) -> GlossaryRecords {
    parse(try GlossaryFile.text(path: path), file: path)
  }

  /// Records from CSV bytes, checked as a file's are; `file` names them in issues and in
  /// `imported:` sources.
  public static func read(_ data: Data, file: String) throws(GlossaryError) -> GlossaryRecords {
    parse(try GlossaryFile.text(bytes: [UInt8](data), file: file), file: file)
  }

  static func parse(_ text: String, file: String) -> GlossaryRecords {
    var records = GlossaryRecords()
    let (rows, parseIssues) = CSVParser.rows(in: text, file: file)
    records.issues += parseIssues
    guard let header = rows.first else {
      records.issues.append(GlossaryIssue(file: file, line: 1, field: "header", message: "empty file; expected the header \(requiredColumns.joined(separator: ","))"))
      return records
    }
    let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    guard Array(columns.prefix(requiredColumns.count)) == requiredColumns,
      columns.dropFirst(requiredColumns.count).allSatisfy(optionalColumns.contains)
    else {
      records.issues.append(
        GlossaryIssue(
          file: file, line: header.line, field: "header",
          message: "expected \(requiredColumns.joined(separator: ",")) then any of \(optionalColumns.joined(separator: ",")); found \(columns.joined(separator: ","))"))
      return records
    }
    let imported = "imported:" + URL(fileURLWithPath: file).lastPathComponent
    var declared = [String: (kind: String, canonical: String, line: Int)]()
    for row in rows.dropFirst() {
      let location = RecordLocation(file: file, line: row.line)
      guard row.fields.count == columns.count else {
        records.issues.append(
          GlossaryIssue(file: file, line: row.line, field: "row", message: "expected \(columns.count) fields, found \(row.fields.count)"))
        continue
      }
      var value = [String: String]()
      for (column, field) in zip(columns, row.fields) { value[column] = field }
      let id = value["id"] ?? "", kind = value["kind"] ?? "", canonical = value["canonical"] ?? ""
      let source = (value["source"] ?? "").isEmpty ? imported : value["source"] ?? imported
      if let first = declared[id] {
        if first.kind != kind || first.canonical != canonical {
          records.issues.append(
            GlossaryIssue(
              file: file, line: row.line, field: "canonical",
              message: "\(id) has kind '\(first.kind)' and canonical '\(first.canonical)' at line \(first.line), here '\(kind)' and '\(canonical)'"))
        }
      } else {
        declared[id] = (kind, canonical, row.line)
        let entitySource = (value["lang"] ?? "").isEmpty && (value["variant"] ?? "").isEmpty ? source : imported
        records.entities.append(.init(location: location, id: id, kind: kind, canonical: canonical, sources: entitySource, note: value["note"] ?? ""))
      }
      let language = value["lang"] ?? "", variant = value["variant"] ?? ""
      if language.isEmpty && variant.isEmpty { continue }
      records.names.append(
        .init(location: location, entity: id, language: language, form: variant, status: value["status"] ?? "", ambiguous: value["ambiguous"] ?? "", sources: source))
    }
    return records
  }

  /// The header line with every column.
  static let header = (requiredColumns + optionalColumns).joined(separator: ",") + "\r\n"

  /// The glossary as CSV: per entity a declaration row, then a row per name.
  public static func render(_ glossary: Glossary) -> String {
    var text = header
    for entity in glossary.entities {
      let base = [entity.id, entity.kind.rawValue, entity.canonical]
      text += row(base + ["", "", "", "", entity.sources.text, entity.note])
      for name in entity.names {
        let status = name.status == .admitted ? "" : name.status.rawValue
        text += row(base + [name.language.rawValue, name.form, status, name.isAmbiguous ? "yes" : "", name.sources.text, ""])
      }
    }
    return text
  }

  /// One record, fields quoted where they hold a comma, a quote or a line break.
  static func row(_ fields: [String]) -> String {
    fields.map { field in
      field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }.joined(separator: ",") + "\r\n"
  }
}

/// RFC 4180 records with the line each starts on; quoted fields may hold commas, quotes ("") and
/// line breaks.
enum CSVParser {
  struct Row {
    var line: Int
    var fields: [String]
  }

  static func rows(in text: String, file: String) -> ([Row], [GlossaryIssue]) {
    var rows = [Row]()
    var issues = [GlossaryIssue]()
    var fields = [String]()
    var field = ""
    var quoted = false
    var quoteLine = 1
    var line = 1
    var rowLine = 1
    var afterQuote = false
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    func endRow() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Row(line: rowLine, fields: fields)) }
      fields = []
      field = ""
    }
    while index < scalars.count {
      let c = scalars[index]
      index += 1
      if quoted {
        if c == "\"" {
          if index < scalars.count && scalars[index] == "\"" {
            field.unicodeScalars.append("\"")
            index += 1
          } else {
            quoted = false
            afterQuote = true
          }
        } else {
          if c == "\n" { line += 1 }
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"":
        if field.isEmpty && !afterQuote {
          quoted = true
          quoteLine = line
        } else {
          issues.append(GlossaryIssue(file: file, line: line, field: "row", message: "a quote inside an unquoted field; quote the whole field and double the quote"))
          field.unicodeScalars.append(c)
        }
      case ",":
        fields.append(field)
        field = ""
        afterQuote = false
      case "\r":
        if index < scalars.count && scalars[index] == "\n" { index += 1 }
        fallthrough
      case "\n":
        endRow()
        afterQuote = false
        line += 1
        rowLine = line
      default:
        if afterQuote {
          issues.append(GlossaryIssue(file: file, line: line, field: "row", message: "text after a closing quote"))
          afterQuote = false
        }
        field.unicodeScalars.append(c)
      }
    }
    if quoted {
      issues.append(GlossaryIssue(file: file, line: quoteLine, field: "row", message: "a quoted field is never closed"))
    } else if !field.isEmpty || !fields.isEmpty {
      endRow()
    }
    return (rows, issues)
  }
}
