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
    // UTF-8 only, as every other input: the same checks and messages, with the line of the byte.
    try read(checked: try GlossaryFile.bytes(path: path), file: path)
  }

  /// Records from TBX bytes, checked as a file's are (for readers given bytes, such as the fuzz
  /// targets). Bytes that are not UTF-8 must never reach libxml2: it reads them as Latin-1 after
  /// reporting them, and FoundationXML then traps on the element names it gets (found by
  /// fuzz-tbx-glossary: "<\u{FF}\n").
  public static func read(_ data: Data, file: String) throws(GlossaryError) -> GlossaryRecords {
    let bytes = [UInt8](data)
    _ = try GlossaryFile.text(bytes: bytes, file: file)
    return try read(checked: bytes, file: file)
  }

  private static func read(checked bytes: [UInt8], file: String) throws(GlossaryError) -> GlossaryRecords {
    if let line = entityDeclarationLine(bytes) {
      let message = "an entity declaration (<!ENTITY): a glossary may not declare entities (they can expand without bound or read other files)"
      throw .invalid([GlossaryIssue(file: file, line: line, field: "xml", message: message)])
    }
    if let declared = declaredEncoding(bytes) {
      let message = "the XML declaration names encoding '\(declared.name)': a glossary is UTF-8, and declare it so or not at all"
      throw .invalid([GlossaryIssue(file: file, line: declared.line, field: "xml", message: message)])
    }
    // Parsed in place: a copy would hold a large file twice.
    return bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return parse(Data(), file: file) }
      return parse(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none), file: file)
    }
  }

  /// Elements nested deeper than this are refused: TBX-Basic needs 7 levels (tbx, text, body,
  /// conceptEntry, langSec, termSec, term), and depth costs the parser memory.
  static let maximumDepth = 64

  /// The longest text one element may hold.
  static let maximumTextBytes = 65_536

  static func parse(_ data: Data, file: String) -> GlossaryRecords {
    let reader = TBXReader(file: file)
    // From a stream, so libxml2 gets the input in chunks: given all at once, a file over its 10 MB
    // lookup limit fails at the end with "internal error" (code 1).
    let parser = XMLParser(stream: InputStream(data: data))
    // No external entities, and (in the reader) no entity declarations at all: a glossary is
    // data, and entity expansion ("billion laughs") or file references are an attack surface.
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    parser.delegate = reader
    if !parser.parse() && reader.refusal == nil {
      reader.refuse(parser, describe(parser.parserError, parser))
    }
    if let refusal = reader.refusal {
      reader.records.issues.append(refusal)
    } else if !reader.sawRoot {
      reader.records.issues.append(GlossaryIssue(file: file, line: 1, field: "xml", message: "no root element: not a TBX file"))
    }
    return reader.records
  }

  /// libxml2's error code and the position; Foundation's text ("The operation could not be
  /// completed") says nothing.
  static func describe(_ error: (any Error)?, _ parser: XMLParser) -> String {
    guard let code = (error as NSError?)?.code else { return "malformed XML at column \(parser.columnNumber)" }
    let what = xmlErrors[code].map { ": \($0)" } ?? ""
    return "malformed XML at column \(parser.columnNumber)\(what) (libxml2 error \(code))"
  }

  /// The commonest of libxml2's `xmlParserErrors`, in words.
  static let xmlErrors: [Int: String] = [
    4: "the document is empty", 5: "content after the root element", 9: "a character XML does not allow",
    26: "an undeclared entity", 39: "an attribute without a value", 41: "an unquoted attribute value",
    64: "a malformed XML declaration", 73: "'>' expected", 76: "the end tag does not match the start tag",
    77: "an element is not closed", 89: "an entity reference loop",
  ]

  /// An encoding other than UTF-8 named by an XML declaration (`<?xml … encoding="…"?>`), with
  /// its line. The bytes were checked as UTF-8; libxml2 would switch to the declared encoding
  /// and decode them again, and with UTF-7 its push parser reads a null pointer (found by
  /// fuzz-tbx-glossary: a SEGV in xmlParseChunk).
  static func declaredEncoding(_ bytes: [UInt8]) -> (name: String, line: Int)? {
    let opening = Array("<?xml".utf8)
    var index = 0
    while let start = bytes[index...].firstIndex(of: 0x3C) {
      index = start + 1
      guard bytes[start...].prefix(opening.count).map({ $0 | 0x20 }) == opening.map({ $0 | 0x20 }) else { continue }
      let end = bytes[start...].indices.first { bytes[$0] == 0x3F && $0 + 1 < bytes.count && bytes[$0 + 1] == 0x3E } ?? bytes.count
      let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
      guard let name = pseudoAttribute("encoding", in: declaration) else { continue }
      if !["utf-8", "utf8"].contains(name.lowercased()) { return (name, TextFile.line(of: start, in: bytes)) }
    }
    return nil
  }

  /// The value of `name="…"` or `name='…'` in an XML declaration.
  private static func pseudoAttribute(_ name: String, in declaration: String) -> String? {
    guard let key = declaration.range(of: name) else { return nil }
    let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" || $0 == "\n" || $0 == "\r" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  /// The line of the first entity declaration, if any. Declarations are refused before parsing:
  /// this XMLParser neither reports them to its delegate nor stops libxml2 from expanding them.
  static func entityDeclarationLine(_ bytes: [UInt8]) -> Int? {
    let marker = Array("<!ENTITY".utf8)
    let offset = bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress else { return nil }
      var start = 0
      while start < buffer.count, let found = memchr(base + start, 0x3C, buffer.count - start) {
        let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if buffer[index...].starts(with: marker) { return index }
        start = index + 1
      }
      return nil
    }
    return offset.map { TextFile.line(of: $0, in: bytes) }
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
    let special = text.containsByte { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }
    return special ? MarkupEscaping.escape(text.utf8, apostrophe: false) : text
  }
}
