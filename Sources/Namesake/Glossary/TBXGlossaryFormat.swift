import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Glossaries as TBX-Basic (ISO 30042:2019, DCA style): one `conceptEntry` per entity, a `langSec`
/// per language, a `termSec` per form.
///
/// Mapping: the entity kind is `descrip type="subjectField"`; the canonical form is the first
/// English term, marked `admin type="customerSubset"` = `canonical`; a form's status is
/// `termNote type="administrativeStatus"` (preferredTerm-, admittedTerm-, deprecatedTerm-,
/// supersededTerm-admn-sts, the last for `forbidden`); sources are `admin type="source"`;
/// `ambiguous` is `termNote type="usageNote"`. Tenures and relations, which TBX-Basic has no
/// category for, are concept-level `note`s in a fixed `key=value` form ("tenure: office=…; …"), so
/// they survive a round trip; an entity's own note that begins like one is written behind
/// "note: ". Entity ids become XML ids with "." for "/" (person/to-lam → person.to-lam).
public enum TBXGlossaryFormat {
  static let statusValues: [NameStatus: String] = [
    .preferred: "preferredTerm-admn-sts", .admitted: "admittedTerm-admn-sts",
    .deprecated: "deprecatedTerm-admn-sts", .forbidden: "supersededTerm-admn-sts",
  ]

  public static func render(_ glossary: Glossary) -> String { render(entities: glossary.entities) }

  /// Entities as TBX in the given order; they need not form a valid glossary on their own (a
  /// file of proposals names offices that only the glossary it is imported into holds).
  public static func render(entities: [Entity]) -> String {
    var xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader>
          <fileDesc>
            <sourceDesc>
              <p>Namesake glossary: canonical English forms of people, offices, organisations, places, documents and events in Vietnamese politics.</p>
            </sourceDesc>
          </fileDesc>
        </tbxHeader>
        <text>
          <body>

      """
    for entity in entities {
      xml += "      <conceptEntry id=\"\(escape(entity.id.replacingOccurrences(of: "/", with: ".")))\">\n"
      xml += "        <descrip type=\"subjectField\">\(entity.kind.rawValue)</descrip>\n"
      if !entity.note.isEmpty { xml += "        <note>\(escape(escapedNote(entity.note)))</note>\n" }
      for tenure in entity.tenures {
        let fields = [
          ("office", tenure.office), ("of", tenure.of ?? ""), ("from", tenure.from?.description ?? ""),
          ("to", tenure.to?.description ?? ""), ("seen_in", tenure.seenIn ?? ""), ("source", tenure.sources.text),
        ]
        xml += "        <note>tenure: \(escape(keyValues(fields)))</note>\n"
      }
      for relation in entity.relations {
        let fields = [
          ("relation", relation.kind.rawValue), ("object", relation.object), ("date", relation.date?.description ?? ""),
          ("source", relation.sources.text),
        ]
        xml += "        <note>relation: \(escape(keyValues(fields)))</note>\n"
      }
      for language in Language.allCases {
        var terms = entity.names.filter { $0.language == language }
        if language == .english {
          terms.insert(Name(language: .english, form: entity.canonical, status: .preferred, sources: entity.sources), at: 0)
        }
        guard !terms.isEmpty else { continue }
        xml += "        <langSec xml:lang=\"\(language.rawValue)\">\n"
        for (index, term) in terms.enumerated() {
          xml += "          <termSec>\n            <term>\(escape(term.form))</term>\n"
          xml += "            <termNote type=\"administrativeStatus\">\(statusValues[term.status] ?? "")</termNote>\n"
          if term.isAmbiguous { xml += "            <termNote type=\"usageNote\">ambiguous</termNote>\n" }
          if language == .english && index == 0 { xml += "            <admin type=\"customerSubset\">canonical</admin>\n" }
          xml += "            <admin type=\"source\">\(escape(term.sources.text))</admin>\n          </termSec>\n"
        }
        xml += "        </langSec>\n"
      }
      xml += "      </conceptEntry>\n"
    }
    xml += "    </body>\n  </text>\n</tbx>\n"
    return xml
  }

  public static func read(path: String) throws(GlossaryError) -> GlossaryRecords {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a file")
    }
    return try read(data, file: path)
  }

  /// Records from TBX bytes, which must be UTF-8; malformed XML is an issue at its line.
  public static func read(_ data: Data, file: String) throws(GlossaryError) -> GlossaryRecords {
    // libxml2 reads bytes that are not UTF-8 as Latin-1 after reporting them, and FoundationXML
    // then traps on the element names it gets (found by fuzz-tbx-glossary: "<\u{FF}\n").
    guard String(validating: data, as: UTF8.self) != nil else { throw .unreadable(path: file, reason: "not UTF-8") }
    let reader = TBXReader(file: file)
    let parser = XMLParser(data: data)
    // No DTDs or external entities: a glossary is data, and entity expansion is an attack surface.
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = reader
    if !parser.parse() {
      let message = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "malformed XML"
      reader.records.issues.append(GlossaryIssue(file: file, line: max(parser.lineNumber, 1), field: "xml", message: message))
    }
    return reader.records
  }

  /// Beginnings the reader takes for a tenure, a relation or an escaped note: a plain note that
  /// begins with one is written behind "note: ", which the reader removes again.
  static let reservedNotePrefixes = ["tenure: ", "relation: ", "note: "]

  static func escapedNote(_ note: String) -> String {
    reservedNotePrefixes.contains(where: note.hasPrefix) ? "note: " + note : note
  }

  static func unescapedNote(_ text: String) -> String {
    let rest = text.dropFirst("note: ".count)
    return text.hasPrefix("note: ") && reservedNotePrefixes.contains(where: rest.hasPrefix) ? String(rest) : text
  }

  /// "key=value; …". The reader splits at ";" up to `source`, which comes last and is kept whole,
  /// since a URL may hold ";"; elsewhere ";" becomes ",".
  static func keyValues(_ fields: [(String, String)]) -> String {
    fields.map { key, value in "\(key)=\(key == "source" ? value : value.replacingOccurrences(of: ";", with: ","))" }
      .joined(separator: "; ")
  }

  static func escape(_ text: String) -> String {
    let special = text.utf8.contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }
    return special ? MarkupEscaping.escape(text.utf8, apostrophe: false) : text
  }
}

/// SAX reader for `TBXGlossaryFormat.read`.
private final class TBXReader: NSObject, XMLParserDelegate {
  let file: String
  var records = GlossaryRecords()
  private var text = ""
  private var conceptID = ""
  private var conceptLine = 0
  private var kind = ""
  private var notes = [String]()
  private var noteLines = [Int]()
  private var language = ""
  private var term: (form: String, status: String, ambiguous: Bool, canonical: Bool, source: String, line: Int)?
  private var terms = [(language: String, form: String, status: String, ambiguous: Bool, canonical: Bool, source: String, line: Int)]()
  private var attributes = [String: String]()
  weak var parser: XMLParser?

  init(file: String) { self.file = file }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
    self.parser = parser
    text = ""
    self.attributes = attributes
    switch name {
    case "conceptEntry":
      conceptID = attributes["id"] ?? ""
      conceptLine = parser.lineNumber
      kind = ""
      notes = []
      noteLines = []
      terms = []
    case "langSec": language = attributes["xml:lang"] ?? attributes["lang"] ?? ""
    case "termSec": term = ("", "", false, false, "", parser.lineNumber)
    default: break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    switch name {
    case "descrip" where attributes["type"] == "subjectField": kind = value
    case "note" where term == nil:
      notes.append(value)
      noteLines.append(parser.lineNumber)
    case "term": term?.form = value
    case "termNote" where attributes["type"] == "administrativeStatus": term?.status = value
    case "termNote" where attributes["type"] == "usageNote": term?.ambiguous = value == "ambiguous"
    case "admin" where attributes["type"] == "customerSubset": term?.canonical = value == "canonical"
    case "admin" where attributes["type"] == "source": term?.source = value
    case "termSec":
      if let term { terms.append((language, term.form, term.status, term.ambiguous, term.canonical, term.source, term.line)) }
      term = nil
    case "conceptEntry": finishConcept()
    default: break
    }
    text = ""
    attributes = [:]
  }

  private func finishConcept() {
    let location = RecordLocation(file: file, line: conceptLine)
    let id = conceptID.replacingOccurrences(of: ".", with: "/")
    let canonicalIndex = terms.firstIndex { $0.language == "en" && $0.canonical } ?? terms.firstIndex { $0.language == "en" }
    let canonical = canonicalIndex.map { terms[$0] }
    var note = ""
    for (text, line) in zip(notes, noteLines) {
      let noteLocation = RecordLocation(file: file, line: line)
      if text.hasPrefix("tenure: ") {
        let fields = Self.fields(text.dropFirst(8))
        records.tenures.append(
          .init(
            location: noteLocation, person: id, office: fields["office"] ?? "", of: fields["of"] ?? "", from: fields["from"] ?? "",
            to: fields["to"] ?? "", seenIn: fields["seen_in"] ?? "", sources: fields["source"] ?? ""))
      } else if text.hasPrefix("relation: ") {
        let fields = Self.fields(text.dropFirst(10))
        records.relations.append(
          .init(
            location: noteLocation, subject: id, relation: fields["relation"] ?? "", object: fields["object"] ?? "",
            date: fields["date"] ?? "", sources: fields["source"] ?? ""))
      } else if !text.isEmpty {
        let text = TBXGlossaryFormat.unescapedNote(text)
        note = note.isEmpty ? text : note + " " + text
      }
    }
    records.entities.append(
      .init(location: location, id: id, kind: kind, canonical: canonical?.form ?? "", sources: canonical?.source ?? "", note: note))
    for (index, term) in terms.enumerated() where index != canonicalIndex {
      let status = TBXGlossaryFormat.statusValues.first { $0.value == term.status }?.key.rawValue ?? term.status
      records.names.append(
        .init(
          location: RecordLocation(file: file, line: term.line), entity: id, language: term.language, form: term.form,
          status: status == "admitted" ? "" : status, ambiguous: term.ambiguous ? "yes" : "", sources: term.source))
    }
  }

  /// The fields of a "key=value; …" note (see `TBXGlossaryFormat.keyValues`).
  private static func fields(_ text: Substring) -> [String: String] {
    var result = [String: String]()
    var rest = text
    while !rest.isEmpty {
      var pair = rest
      rest = ""
      if !pair.drop(while: { $0 == " " }).hasPrefix("source="), let semicolon = pair.firstIndex(of: ";") {
        rest = pair[pair.index(after: semicolon)...]
        pair = pair[..<semicolon]
      }
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else { continue }
      result[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
    }
    return result
  }
}
