import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// SAX reader for `TBXGlossaryFormat.parse`.
final class TBXReader: NSObject, XMLParserDelegate {
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
  /// Why the file was refused before its end (an entity declaration, too deep, not TBX).
  private(set) var refusal: GlossaryIssue?
  private(set) var sawRoot = false
  private var depth = 0

  init(file: String) { self.file = file }

  func refuse(_ parser: XMLParser, _ message: String) {
    guard refusal == nil else { return }
    refusal = GlossaryIssue(file: file, line: max(parser.lineNumber, 1), field: "xml", message: message)
    parser.abortParsing()
  }

  // In libxml2's recovery mode (which Foundation turns on) a malformed file still "parses":
  // the first error is reported here, and the file refused.
  func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
    refuse(parser, TBXGlossaryFormat.describe(error, parser))
  }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
    self.parser = parser
    depth += 1
    if !sawRoot {
      sawRoot = true
      if name != "tbx" { return refuse(parser, "the root element is <\(name)>, not <tbx>: not a TBX (ISO 30042) file") }
    }
    if depth > TBXGlossaryFormat.maximumDepth {
      return refuse(parser, "elements nested deeper than \(TBXGlossaryFormat.maximumDepth) levels: not a TBX glossary")
    }
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

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard refusal == nil else { return }
    // A term or note is a line or a paragraph; megabytes of text are not glossary data, and
    // collecting them would hold the file several times over.
    guard text.utf8.count + string.utf8.count <= TBXGlossaryFormat.maximumTextBytes else {
      return refuse(parser, "an element's text is longer than \(TBXGlossaryFormat.maximumTextBytes) bytes: not a glossary field")
    }
    text += string
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    depth -= 1
    guard refusal == nil else { return }
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

  /// The fields of a "key=value; …" note (see `TBXGlossaryFormat.keyValues`): `source` comes
  /// last and is kept whole, since a URL may hold ";".
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
