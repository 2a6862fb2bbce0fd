import Foundation
import Namesake

/// Stops the run when an invariant does not hold. libFuzzer catches the trap, saves the input as
/// `crash-<sha1>` and reports it, exactly as for a crash in the library.
public func invariant(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID, line: UInt = #line) {
  if !condition { fatalError("invariant failed: \(message())", file: file, line: line) }
}

/// The fuzzer's input as bytes (libFuzzer may pass a null pointer with size 0).
public func inputBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

/// The checkout the fuzz package was built in, for the built-in glossary.
public let repositoryRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().appendingPathComponent("../../..").standardized

/// `text[range]` for scalar offsets, as a String.
public func scalarSlice(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
  String(String.UnicodeScalarView(scalars[range]))
}

/// Whether a reader's error is one of the refusals it may throw for whole-file problems: a file
/// that cannot be read, or bytes that are not text (field `encoding`: invalid UTF-8, UTF-16, a
/// NUL byte) or TBX that declares entities (field `xml`). Problems of lines and fields are not
/// thrown by the readers: they become issues in the records.
public func isFileRefusal(_ error: GlossaryError) -> Bool {
  switch error {
  case .unreadable: return true
  case .invalid(let issues): return !issues.isEmpty && issues.allSatisfy { $0.field == "encoding" || $0.field == "xml" }
  default: return false
  }
}

/// What `read` gives, or nil when it refuses the file as a whole (`isFileRefusal`); any other
/// error breaks an invariant. The shape every glossary reader's harness shares.
public func readOrRefuse<Read>(_ what: String, _ read: () throws(GlossaryError) -> Read) -> Read? {
  do {
    return try read()
  } catch {
    invariant(isFileRefusal(error), "\(what): unexpected error \(error)")
    return nil
  }
}
