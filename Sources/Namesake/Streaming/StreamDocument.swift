/// One document of a JSON Lines stream: `{"id": "...", "lang": "ja", "text": "..."}`.
public struct StreamDocument: Sendable, Equatable {
  /// The document id; it becomes the records' `doc`, as a file stem does for `namesake align`.
  public var id: String
  /// The language the line names, or nil to use the stream's (given or identified).
  public var language: Language?
  /// The text as UTF-8, escapes resolved: the bytes a file holding this document would have.
  public var text: [UInt8]

  public init(id: String, language: Language?, text: [UInt8]) {
    self.id = id
    self.language = language
    self.text = text
  }
}

/// Why a line of a document stream is not a document.
public enum StreamDocumentError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Not JSON; `byteOffset` counts from the start of the line.
  case malformed(byteOffset: Int, expected: String)
  case invalidUTF8(byteOffset: Int)
  /// A `\uD800`-style escape without its other half: no Unicode scalar, so no UTF-8 form.
  case loneSurrogate(byteOffset: Int)
  /// JSON, but an array, string, number … rather than an object.
  case notAnObject(found: String)
  case missingField(String)
  case duplicateField(String)
  case wrongType(field: String, expected: String, found: String)
  case emptyID
  case unsupportedLanguage(LanguageError)

  public var description: String {
    switch self {
    case .malformed(let offset, let expected): return "byte \(offset): invalid JSON: expected \(expected)"
    case .invalidUTF8(let offset): return "byte \(offset): invalid UTF-8 (Namesake reads UTF-8 only)"
    case .loneSurrogate(let offset): return "byte \(offset): \\u escape of a lone UTF-16 surrogate"
    case .notAnObject(let found): return "a document is a JSON object, not \(Self.named(found))"
    case .missingField(let field): return "missing \"\(field)\""
    case .duplicateField(let field): return "\"\(field)\" given twice"
    case .wrongType(let field, let expected, let found): return "\"\(field)\" must be \(expected), not \(Self.named(found))"
    case .emptyID: return "\"id\" is empty"
    case .unsupportedLanguage(let error): return "\"lang\": \(error)"
    }
  }

  /// "an array", "a string", "null".
  private static func named(_ kind: String) -> String {
    kind == "null" ? kind : (kind.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + kind
  }
}

/// A line that could not be decoded, with the document id when the line gave a usable one.
public struct StreamDocumentFailure: Error, Equatable, Sendable {
  public var id: String?
  public var error: StreamDocumentError
}
