import Foundation

/// Writes a file through a temporary file in the same directory and a rename, so a reader (or a
/// killed run) never sees a half-written file, and a failed run leaves no temporary file behind.
public enum AtomicFileWriter {
  public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingDirectory(path: String)
    case notADirectory(path: String)
    case failed(path: String, reason: String)

    public var description: String {
      switch self {
      case .missingDirectory(let path): return "\(path): the directory does not exist"
      case .notADirectory(let path): return "\(path): not a directory"
      case .failed(let path, let reason): return "\(path): cannot write: \(reason)"
      }
    }
  }

  public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
    try write([(bytes, path)])
  }

  /// Writes every file to a temporary file beside it, then renames them all: if any cannot be
  /// written, none is renamed and every destination keeps its previous content.
  public static func write(_ files: [(bytes: [UInt8], path: String)]) throws(WriteError) {
    var staged = [(temporary: String, path: String)]()
    do {
      for file in files {
        try checkDestination(file.path)
        staged.append((try writeTemporary(file.bytes, beside: file.path), file.path))
      }
      for file in staged where rename(file.temporary, file.path) != 0 {
        throw WriteError.failed(path: file.path, reason: String(cString: strerror(errno)))
      }
    } catch let error as WriteError {
      // Renamed ones are gone from their temporary names; the rest are removed.
      for file in staged { unlink(file.temporary) }
      throw error
    } catch {
      for file in staged { unlink(file.temporary) }
      throw .failed(path: files.first?.path ?? "", reason: "\(error)")
    }
  }

  /// The parent must be an existing directory and the path must not name one.
  static func checkDestination(_ path: String) throws(WriteError) {
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { throw .missingDirectory(path: directory) }
    guard isDirectory.boolValue else { throw .notADirectory(path: directory) }
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .failed(path: path, reason: "is a directory")
    }
  }

  /// A new file holding `bytes` in the directory of `path`, created with the permissions any new
  /// file gets (0666 less the umask), as the destination would be.
  private static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(WriteError) -> String {
    let (temporary, descriptor) = try createTemporary(beside: path)
    do {
      try FileDescriptorWriter(fileDescriptor: descriptor, name: path).writeAndClose(bytes)
    } catch {
      unlink(temporary)
      throw error
    }
    return temporary
  }

  /// A new, empty, hidden file in the directory of `path`, open for writing.
  static func createTemporary(beside path: String) throws(WriteError) -> (path: String, descriptor: Int32) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent().appendingPathComponent(
      ".\(url.lastPathComponent).namesake-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))").path
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
    return (temporary, descriptor)
  }
}
