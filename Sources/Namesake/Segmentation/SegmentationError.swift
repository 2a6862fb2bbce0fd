/// Why a segmenter could not be made.
public enum SegmentationError: Error, Equatable, Sendable, CustomStringConvertible {
  /// ICU failed; `status` is ICU's UErrorCode and `name` its symbolic name.
  case icu(operation: String, status: Int32, name: String)
  /// The built-in language data is malformed.
  case languageData(LanguageDataError)
  /// A pattern in the language data does not compile.
  case invalidPattern(file: String, pattern: String)

  public var description: String {
    switch self {
    case .icu(let operation, let status, let name):
      return "ICU \(operation) failed: \(name) (\(status))"
    case .languageData(let error):
      return "language data: \(error)"
    case .invalidPattern(let file, let pattern):
      return "\(file): pattern does not compile: \(pattern)"
    }
  }
}
