import Foundation

/// Writes a file through a temporary file in the same directory and a rename, so a reader (or a
/// killed run) never sees a half-written file.
public enum AtomicFileWriter {
  public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingDirectory(path: String)
    case failed(path: String, reason: String)

    public var description: String {
      switch self {
      case .missingDirectory(let path): return "\(path): the directory does not exist"
      case .failed(let path, let reason): return "\(path): cannot write: \(reason)"
      }
    }
  }

  public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw .missingDirectory(path: directory)
    }
    do {
      try Data(bytes).write(to: url, options: .atomic)
    } catch {
      throw .failed(path: path, reason: (error as NSError).localizedDescription)
    }
  }
}
