import Foundation

/// Reads documents from files and standard input.
public enum DocumentReader {
  /// Reads the file at `path`; the id is the file name without its extension.
  public static func read(path: String) throws(InputError) -> Document {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadable(file: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw .isDirectory(file: path) }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(file: path, reason: Self.reason(error))
    }
    let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    return try Document(id: id, origin: path, utf8: [UInt8](data))
  }

  /// Reads all of standard input as one document with id "stdin".
  public static func readStandardInput() throws(InputError) -> Document {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    return try Document(id: "stdin", origin: "<stdin>", utf8: [UInt8](data))
  }

  /// The documents named by `paths`: files (and missing paths) as given, directories by their
  /// `.txt` files in name order. Throws only for a directory that cannot be listed.
  public static func expand(paths: [String]) throws(InputError) -> [String] {
    var files = [String]()
    for path in paths {
      var isDirectory: ObjCBool = false
      // A missing path is kept as a file: reading it refuses that one document, not the run.
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        files.append(path)
        continue
      }
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: path)
      } catch {
        throw .unreadable(file: path, reason: Self.reason(error))
      }
      let base = path.hasSuffix("/") ? path : path + "/"
      files += names.filter { $0.hasSuffix(".txt") }.sorted().map { base + $0 }
    }
    return files
  }

  private static func reason(_ error: any Error) -> String {
    if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return (error as NSError).localizedDescription
  }
}
