import Namesake

/// The problems `body` throws as `GlossaryError.invalid`, or nil if it succeeds or fails otherwise.
func glossaryIssues(_ body: () throws -> Void) -> [GlossaryIssue]? {
  do {
    try body()
    return nil
  } catch let error as GlossaryError {
    if case .invalid(let issues) = error { return issues }
    return nil
  } catch {
    return nil
  }
}
