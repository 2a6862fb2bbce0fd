/// Where the main job's files go. Files are appended to by name; nothing is visible at the
/// destination until `commit`, so a failed or killed run leaves the previous files.
public protocol AlignmentSink {
  /// Appends to the file `name`, creating it.
  mutating func append(_ bytes: [UInt8], to name: String) throws
  /// Writes the whole file `name`; a second file of that name is an error (two documents with one id).
  mutating func create(_ name: String, _ bytes: [UInt8]) throws
  /// Closes the file `name`, which is complete (a long run must not keep every file open).
  mutating func close(_ name: String) throws
  /// Appends the file `source` to `name` and drops `source`.
  mutating func move(_ source: String, appendingTo name: String) throws
  /// Removes the file `name` from the destination on commit (an output this run does not write).
  mutating func remove(_ name: String) throws
  /// Makes every file visible at the destination.
  mutating func commit() throws
}

/// Two inputs that would write one output file.
public struct DuplicateOutputError: Error, Sendable, CustomStringConvertible {
  public var name: String
  public var description: String { "two documents would both be written to \(name): document ids (file names without extension) must be unique" }
}

/// The files in memory, as name → bytes.
public struct MemorySink: AlignmentSink {
  public private(set) var files = [String: [UInt8]]()

  public init() {}

  public mutating func append(_ bytes: [UInt8], to name: String) throws { files[name, default: []] += bytes }

  public mutating func create(_ name: String, _ bytes: [UInt8]) throws {
    guard files[name] == nil else { throw DuplicateOutputError(name: name) }
    files[name] = bytes
  }

  public mutating func close(_ name: String) throws {}

  public mutating func remove(_ name: String) throws { files[name] = nil }

  public mutating func move(_ source: String, appendingTo name: String) throws {
    files[name, default: []] += files.removeValue(forKey: source) ?? []
  }

  public mutating func commit() throws {}
}
