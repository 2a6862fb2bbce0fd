/// Decodes one JSON Lines line into a `StreamDocument`.
///
/// `id` and `text` must be strings; `lang`, when present and not null, a supported code
/// ("ja", "sv-SE"). Other fields are skipped, so lines may carry metadata. A field given twice
/// is refused rather than one of them silently winning.
public enum StreamDocumentDecoder {
  public static func decode(_ line: UnsafeBufferPointer<UInt8>) throws(StreamDocumentFailure) -> StreamDocument {
    var fields = Fields()
    do {
      try decode(line, into: &fields)
    } catch {
      throw StreamDocumentFailure(id: fields.usableID, error: error)
    }
    // A wrong field type is reported only now, so the record can still name the id.
    if let problem = fields.problem { throw StreamDocumentFailure(id: fields.usableID, error: problem) }
    guard let id = fields.id else { throw StreamDocumentFailure(id: nil, error: .missingField("id")) }
    guard let text = fields.text else { throw StreamDocumentFailure(id: fields.usableID, error: .missingField("text")) }
    guard !id.isEmpty else { throw StreamDocumentFailure(id: nil, error: .emptyID) }
    return StreamDocument(id: id, language: fields.language, text: text)
  }

  public static func decode(_ line: [UInt8]) throws(StreamDocumentFailure) -> StreamDocument {
    try line.withUnsafeBufferPointer { buffer throws(StreamDocumentFailure) in try decode(buffer) }
  }

  private struct Fields {
    var id: String?
    var text: [UInt8]?
    var language: Language?
    var seenLanguage = false
    var problem: StreamDocumentError?

    var usableID: String? { id.flatMap { $0.isEmpty ? nil : $0 } }

    mutating func note(_ error: StreamDocumentError) {
      if problem == nil { problem = error }
    }
  }

  private static func decode(_ line: UnsafeBufferPointer<UInt8>, into fields: inout Fields) throws(StreamDocumentError) {
    var scanner = JSONScanner(line)
    let kind = try scanner.nextKind()
    guard kind == .object else {
      // Only a whole JSON value is "not an object"; "not json" is malformed.
      _ = try scanner.skipValue()
      guard scanner.peek() == nil else { throw .malformed(byteOffset: scanner.position, expected: "the end of the line") }
      throw .notAnObject(found: kind.rawValue)
    }
    try scanner.consume(UInt8(ascii: "{"), expected: "'{'")
    if !scanner.consumeIfPresent(UInt8(ascii: "}")) {
      repeat {
        let key = String(decoding: try scanner.string(), as: UTF8.self)
        try scanner.consume(UInt8(ascii: ":"), expected: "':'")
        try field(key, &scanner, &fields)
      } while scanner.consumeIfPresent(UInt8(ascii: ","))
      try scanner.consume(UInt8(ascii: "}"), expected: "',' or '}'")
    }
    guard scanner.peek() == nil else { throw .malformed(byteOffset: scanner.position, expected: "the end of the line") }
  }

  private static func field(_ key: String, _ scanner: inout JSONScanner, _ fields: inout Fields) throws(StreamDocumentError) {
    switch key {
    case "id":
      guard fields.id == nil else { throw .duplicateField("id") }
      guard try scanner.nextKind() == .string else {
        fields.id = ""
        return fields.note(.wrongType(field: "id", expected: "a string", found: try scanner.skipValue().rawValue))
      }
      // The scanner has checked the bytes are UTF-8, so decoding repairs nothing.
      fields.id = String(decoding: try scanner.string(), as: UTF8.self)
    case "text":
      guard fields.text == nil else { throw .duplicateField("text") }
      guard try scanner.nextKind() == .string else {
        fields.text = []
        return fields.note(.wrongType(field: "text", expected: "a string", found: try scanner.skipValue().rawValue))
      }
      fields.text = try scanner.string()
    case "lang":
      guard !fields.seenLanguage else { throw .duplicateField("lang") }
      fields.seenLanguage = true
      switch try scanner.nextKind() {
      case .null: _ = try scanner.skipValue()
      case .string:
        let code = String(decoding: try scanner.string(), as: UTF8.self)
        do {
          fields.language = try Language(code: code)
        } catch {
          fields.note(.unsupportedLanguage(error))
        }
      default:
        fields.note(.wrongType(field: "lang", expected: "a string or null", found: try scanner.skipValue().rawValue))
      }
    default:
      _ = try scanner.skipValue()
    }
  }
}
