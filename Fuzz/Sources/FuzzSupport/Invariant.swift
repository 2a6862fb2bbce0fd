import Foundation

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
