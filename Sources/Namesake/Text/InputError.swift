/// Input that cannot be read as a document.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The bytes are not UTF-8; `byteOffset` is the first byte of the bad sequence.
  case invalidUTF8(file: String, byteOffset: Int)
  /// The file starts with a UTF-16 byte order mark or has the NUL pattern of UTF-16 text.
  case utf16(file: String)
  /// The file could not be opened or read.
  case unreadable(file: String, reason: String)
  /// The path names a directory where a file was expected.
  case isDirectory(file: String)
  /// The file is larger than one document may be (UTF-16 offsets are 32-bit in ICU).
  case tooLarge(file: String, bytes: Int)

  public var description: String {
    switch self {
    case .invalidUTF8(let file, let offset):
      return "\(file): byte \(offset): invalid UTF-8 (Namesake reads UTF-8 only)"
    case .utf16(let file):
      return "\(file): looks like UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)"
    case .unreadable(let file, let reason):
      return "\(file): cannot read: \(reason)"
    case .isDirectory(let file):
      return "\(file): is a directory, not a file"
    case .tooLarge(let file, let bytes):
      return "\(file): \(bytes) bytes is more than one document may hold (\(Document.maximumUTF8Count))"
    }
  }
}
