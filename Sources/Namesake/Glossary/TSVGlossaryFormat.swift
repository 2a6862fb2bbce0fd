import Foundation

/// The project's glossary format: a directory of tab-separated files (see glossary/README.md).
public enum TSVGlossaryFormat {
  public static let entitiesFile = "entities.tsv"
  public static let namesFile = "names.tsv"
  public static let tenuresFile = "tenures.tsv"
  public static let relationsFile = "relations.tsv"

  static let columns: [String: [String]] = [
    entitiesFile: ["id", "kind", "canonical", "source", "note"],
    namesFile: ["entity", "lang", "form", "status", "ambiguous", "source"],
    tenuresFile: ["person", "office", "of", "from", "to", "seen_in", "source"],
    relationsFile: ["subject", "relation", "object", "date", "source"],
  ]

  /// Reads the four files of `directory` (each optional except entities.tsv) into records.
  public static func read(directory: String) throws(GlossaryError) -> GlossaryRecords {
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    // names.tsv is most of a large glossary: it is read on another core meanwhile. The files'
    // records and errors are then taken in the order of reading them one after another.
    let (names, others) = concurrently(
      { fileRecords(base, namesFile) }, { [entitiesFile, tenuresFile, relationsFile].map { fileRecords(base, $0) } })
    var records = GlossaryRecords()
    for file in [others[0], names, others[1], others[2]] {
      guard let part = try file.get() else { continue }
      // Each file holds one kind of record: taken whole rather than copied.
      func take<T>(_ target: inout [T], _ source: [T]) { if target.isEmpty { target = source } else { target += source } }
      take(&records.entities, part.entities)
      take(&records.names, part.names)
      take(&records.tenures, part.tenures)
      take(&records.relations, part.relations)
      take(&records.issues, part.issues)
    }
    return records
  }

  /// The records of one of the four files, nil for a missing optional one.
  private static func fileRecords(_ base: String, _ file: String) -> Result<GlossaryRecords?, GlossaryError> {
    let path = base + file
    guard FileManager.default.fileExists(atPath: path) else {
      return file == entitiesFile ? .failure(.unreadable(path: path, reason: "no such file")) : .success(nil)
    }
    do {
      var records = GlossaryRecords()
      parse(try GlossaryFile.text(path: path), file: path, name: file, into: &records)
      return .success(records)
    } catch {
      return .failure(error)
    }
  }

  /// Adds the records of one file's bytes; `name` says which of the four files it is.
  public static func read(_ data: Data, file: String, name: String, into records: inout GlossaryRecords) throws(GlossaryError) {
    parse(try GlossaryFile.text(bytes: [UInt8](data), file: file), file: file, name: name, into: &records)
  }

  /// Files from which the two halves are parsed on two cores (a 100,000-person names.tsv has 13 MB).
  static let parallelBytes = 1 << 20

  /// Parses one file's text; malformed lines become issues, the rest records. Texts of
  /// `threshold` bytes or more are parsed in two halves on two cores (a parameter for tests).
  static func parse(_ text: String, file: String, name: String, into records: inout GlossaryRecords, parallelFrom threshold: Int = parallelBytes) {
    var text = text
    // The second half starts after the line end nearest the middle ("\n" ends a line either way).
    let count = text.utf8.count
    let split = count < threshold ? nil : text.withUTF8 { bytes in bytes[(count / 2)...].firstIndex(of: 0x0A).map { $0 + 1 } }
    guard let split, split < count else {
      text.withUTF8 { parse($0, file: file, name: name, linesBefore: 0, into: &records) }
      return
    }
    let whole = text  // native and contiguous since `withUTF8`: the halves read it without a copy
    @Sendable func part(_ range: Range<Int>) -> GlossaryRecords {
      var part = GlossaryRecords()
      var text = whole
      text.withUTF8 { bytes in
        let linesBefore = TextFile.line(of: range.lowerBound, in: bytes) - 1
        parse(UnsafeBufferPointer(rebasing: bytes[range]), file: file, name: name, linesBefore: linesBefore, into: &part)
      }
      return part
    }
    let (first, second) = concurrently({ part(0..<split) }, { part(split..<count) })
    for part in [first, second] {
      records.entities += part.entities
      records.names += part.names
      records.tenures += part.tenures
      records.relations += part.relations
      records.issues += part.issues
    }
  }

  /// Parses lines of UTF-8 text, numbered from `linesBefore + 1`.
  ///
  /// Works on the UTF-8 bytes: line ends and tabs are ASCII, so every field is a run of whole
  /// characters. Splitting `Substring`s field by field was a tenth of loading a large glossary.
  private static func parse(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, name: String, linesBefore: Int, into records: inout GlossaryRecords
  ) {
    let expected = columns[name] ?? []
    var fields = [String]()
    fields.reserveCapacity(expected.count)
    var lineNumber = linesBefore
    // Line ends as `GlossaryFile.lines` reads them: "\n", "\r\n" or a lone "\r".
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
      lineNumber += 1
      let lineStart = start
      start = end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
      if end == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
      fields.removeAll(keepingCapacity: true)
      var fieldStart = lineStart
      for index in lineStart...end where index == end || bytes[index] == 0x09 {
        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]), as: UTF8.self))
        fieldStart = index + 1
      }
      record(fields, expected: expected, file: file, line: lineNumber, name: name, into: &records)
    }
  }

  /// Adds one line's fields as a record, or an issue if their number is wrong.
  private static func record(
    _ fields: [String], expected: [String], file: String, line lineNumber: Int, name: String, into records: inout GlossaryRecords
  ) {
    let location = RecordLocation(file: file, line: lineNumber)
    guard fields.count == expected.count else {
      records.issues.append(
        GlossaryIssue(
          file: file, line: lineNumber, field: "line",
          message: "expected \(expected.count) tab-separated fields (\(expected.joined(separator: ", "))), found \(fields.count)"))
      return
    }
    switch name {
    case entitiesFile:
      records.entities.append(.init(location: location, id: fields[0], kind: fields[1], canonical: fields[2], sources: fields[3], note: fields[4]))
    case namesFile:
      records.names.append(
        .init(location: location, entity: fields[0], language: fields[1], form: fields[2], status: fields[3], ambiguous: fields[4], sources: fields[5]))
    case tenuresFile:
      records.tenures.append(
        .init(location: location, person: fields[0], office: fields[1], of: fields[2], from: fields[3], to: fields[4], seenIn: fields[5], sources: fields[6]))
    default:
      records.relations.append(
        .init(location: location, subject: fields[0], relation: fields[1], object: fields[2], date: fields[3], sources: fields[4]))
    }
  }

  /// The four files' texts for `glossary`, sorted and with their header comments.
  public static func render(_ glossary: Glossary) -> [String: String] {
    var entities = header(entitiesFile)
    var names = header(namesFile)
    var tenures = header(tenuresFile)
    var relations = header(relationsFile)
    for entity in glossary.entities {
      entities += row([entity.id, entity.kind.rawValue, entity.canonical, entity.sources.text, entity.note])
      for name in entity.names {
        let status = name.status == .admitted ? "" : name.status.rawValue
        names += row([entity.id, name.language.rawValue, name.form, status, name.isAmbiguous ? "yes" : "", name.sources.text])
      }
      for tenure in entity.tenures {
        tenures += row([
          entity.id, tenure.office, tenure.of ?? "", tenure.from?.description ?? "", tenure.to?.description ?? "",
          tenure.seenIn ?? "", tenure.sources.text,
        ])
      }
      for relation in entity.relations {
        relations += row([entity.id, relation.kind.rawValue, relation.object, relation.date?.description ?? "", relation.sources.text])
      }
    }
    return [entitiesFile: entities, namesFile: names, tenuresFile: tenures, relationsFile: relations]
  }

  private static func header(_ file: String) -> String { "# " + (columns[file] ?? []).joined(separator: "\t") + "\n" }
  private static func row(_ fields: [String]) -> String { fields.joined(separator: "\t") + "\n" }
}
