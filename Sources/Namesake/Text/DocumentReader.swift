import Foundation

/// Reads documents from files and standard input.
public enum DocumentReader {
  /// Reads the file at `path`; the id is the file name without its extension.
  public static func read(path: String) throws(InputError) -> Document {
    let bytes = try TextFile.bytes(path: path)
    return try Document(id: documentID(path: path), origin: path, utf8: bytes)
  }

  /// The file name without its extension. "name.txt" is cut directly; anything else goes through
  /// Foundation's URL rules (hidden files, several dots, trailing slashes). URL parsing was 4% of
  /// `namesake segment` over a directory of small files.
  static func documentID(path: String) -> String {
    let name = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? path.utf8[...]
    if name.count > 4, name.suffix(4).elementsEqual(".txt".utf8), !name.dropLast(4).contains(UInt8(ascii: ".")) {
      return String(decoding: name.dropLast(4), as: UTF8.self)
    }
    return URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
  }

  /// Throws if any of `paths` cannot be opened as a file (missing, a directory, unreadable):
  /// for a command that writes as it reads, so that such a path stops it before any output.
  public static func checkOpenable(_ paths: [String]) throws(InputError) {
    for path in paths {
      let descriptor = open(path, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw .unreadable(file: path, reason: errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
      }
      var status = stat()
      let isDirectory = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
      close(descriptor)
      if isDirectory { throw .isDirectory(file: path) }
    }
  }

  /// Reads all of standard input as one document with id "stdin".
  public static func readStandardInput() throws(InputError) -> Document {
    try Document(id: "stdin", origin: "<stdin>", utf8: try TextFile.bytes(fileDescriptor: STDIN_FILENO, name: "<stdin>"))
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
