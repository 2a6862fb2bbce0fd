/// One problem in glossary data, located at `file:line` and a field.
public struct GlossaryIssue: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var field: String
  public var message: String

  public init(file: String, line: Int, field: String, message: String) {
    self.file = file
    self.line = line
    self.field = field
    self.message = message
  }

  public var description: String { "\(file):\(line): \(field): \(message)" }
}

/// Why a glossary could not be loaded, written or imported.
public enum GlossaryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Every problem found, in file and line order.
  case invalid([GlossaryIssue])
  case unreadable(path: String, reason: String)
  case unknownFormat(path: String)
  /// A compiled image that is truncated, damaged or from another format version.
  case damagedImage(path: String, reason: String)

  public var description: String {
    switch self {
    case .invalid(let issues):
      let noun = issues.count == 1 ? "problem" : "problems"
      return issues.map(\.description).joined(separator: "\n") + "\n\(issues.count) \(noun) in the glossary"
    case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
    case .damagedImage(let path, let reason): return "\(path): not a usable glossary image: \(reason)"
    case .unknownFormat(let path):
      return "\(path): not a glossary: give a directory in the project format, a .tbx, a .csv or a compiled .nsglossary file"
    }
  }
}
