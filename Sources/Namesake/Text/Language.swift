/// A language Namesake can segment and identify.
public enum Language: String, CaseIterable, Sendable, Hashable, Codable {
  case english = "en"
  case japanese = "ja"
  case swedish = "sv"
  case vietnamese = "vi"

  /// The supported codes, for messages: "en, ja, sv, vi".
  public static var supportedCodes: String {
    allCases.map(\.rawValue).joined(separator: ", ")
  }

  /// Parses a code ("en", "JA", "sv-SE"); throws listing the supported codes.
  public init(code: String) throws(LanguageError) {
    let primary = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? code
    guard let language = Language(rawValue: primary.lowercased()) else {
      throw .unsupported(code: code)
    }
    self = language
  }
}

/// A language that Namesake cannot handle.
public enum LanguageError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A code given by the user that is not supported.
  case unsupported(code: String)
  /// Identification found no supported language; `guess` names what the text looks like, if known.
  case unidentified(file: String, guess: String?)
  /// The document has no letters (empty, or only digits and punctuation), where a language is needed.
  case noText(file: String)

  public var description: String {
    switch self {
    case .unsupported(let code):
      return "unsupported language '\(code)'; supported: \(Language.supportedCodes)"
    case .unidentified(let file, let guess):
      let looks = guess.map { " (the text looks like \($0))" } ?? ""
      return "\(file): cannot identify a supported language\(looks); supported: "
        + "\(Language.supportedCodes); pass --lang to choose one"
    case .noText(let file):
      return "\(file): no letters to identify a language from (an empty file?); pass --lang to choose one"
    }
  }
}
