/// A malformed line in the built-in language data (a build defect, reported, never a crash).
public struct LanguageDataError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var reason: String

  public var description: String { "\(file):\(line): \(reason)" }
}
