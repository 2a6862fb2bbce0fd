/// Input that cannot be read as a document.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are not UTF-8; `byteOffset` is the first byte of the bad sequence.
  case invalidUTF8(file: String, byteOffset: Int)
  /// The file starts with a UTF-16 byte order mark or has the NUL pattern of UTF-16 text.
  case utf16(file: String)
  /// A NUL byte: binary data (an image, an archive, a word-processor file), not text.
  case binary(file: String, byteOffset: Int)
  /// The file could not be opened or read.
  case unreadable(file: String, reason: String)
  /// The path names a directory where a file was expected.
  case isDirectory(file: String)
  /// The file is larger than one document may be (UTF-16 offsets are 32-bit in ICU).
  case tooLarge(file: String, bytes: Int)

  public var file: String {
    switch self {
    case .invalidUTF8(let file, _), .utf16(let file), .binary(let file, _), .unreadable(let file, _), .isDirectory(let file),
      .tooLarge(let file, _):
      return file
    }
  }

  /// The offending byte, for the errors that have one.
  public var byteOffset: Int? {
    switch self {
    case .invalidUTF8(_, let offset), .binary(_, let offset): return offset
    case .utf16, .unreadable, .isDirectory, .tooLarge: return nil
    }
  }

  /// The message without the file name, for callers that locate it themselves (`file:line:`).
  public var problem: String {
    switch self {
    case .invalidUTF8(_, let offset):
      return "byte \(offset): invalid UTF-8 (Namesake reads UTF-8 only)"
    case .utf16:
      return "looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"
    case .binary(_, let offset):
      return "byte \(offset): a NUL byte; this is binary data, not text"
    case .unreadable(_, let reason):
      return "cannot read: \(reason)"
    case .isDirectory:
      return "is a directory, not a file"
    case .tooLarge(_, let bytes):
      return "\(bytes) bytes is more than one document may hold (\(Document.maximumUTF8Count))"
    }
  }

  public var description: String { "\(file): \(problem)" }
}
