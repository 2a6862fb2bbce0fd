/// An error that concerns one document only (it cannot be read, decoded or identified, or its id
/// is taken): a run over many documents refuses that document, says why, and goes on. Failures
/// to write output and internal failures are not refusals: they stop the run.
public protocol DocumentRefusalError: Error, Sendable, CustomStringConvertible {}

extension InputError: DocumentRefusalError {}
extension LanguageError: DocumentRefusalError {}
extension DuplicateOutputError: DocumentRefusalError {}

/// A document a run refused, and why.
public struct DocumentRefusal: Sendable {
  public var path: String
  public var error: any DocumentRefusalError

  public init(path: String, error: any DocumentRefusalError) {
    self.path = path
    self.error = error
  }
}

/// A run that refused documents and, as asked, wrote nothing: `first` decides the exit status.
public struct RefusedDocumentsError: Error, Sendable, CustomStringConvertible {
  public var summary: RunSummary
  public var first: any DocumentRefusalError

  public var description: String { "\(summary); nothing written" }
}
