/// Reads the files of glossaries (and the dates file) with the checks documents get: a file that
/// cannot be opened is `unreadable` (exit 66); UTF-16, NUL bytes and invalid UTF-8 are problems
/// at `file:line` with the byte (exit 65).
enum GlossaryFile {
  /// The text of the file at `path`, without a byte order mark.
  static func text(path: String) throws(GlossaryError) -> String {
    try text(bytes: try read(path), file: path)
  }

  /// The text of `bytes` read from `file` (for readers given bytes, such as the fuzz targets).
  static func text(bytes: [UInt8], file: String) throws(GlossaryError) -> String {
    do {
      return try TextFile.decode(bytes, origin: file)
    } catch {
      throw GlossaryError(error, bytes: bytes)
    }
  }

  /// The bytes of the file at `path`, checked as `text(path:)` checks them (for the XML parser).
  static func bytes(path: String) throws(GlossaryError) -> [UInt8] {
    let bytes = try read(path)
    do {
      _ = try TextFile.decode(bytes, origin: path)
    } catch {
      throw GlossaryError(error, bytes: bytes)
    }
    return bytes
  }

  private static func read(_ path: String) throws(GlossaryError) -> [UInt8] {
    do {
      return try TextFile.bytes(path: path)
    } catch {
      throw GlossaryError(error, bytes: [])
    }
  }

  /// The lines of `text` without their ends ("\n", "\r\n" or a lone "\r"); line `i` is number `i + 1`.
  static func lines(_ text: String) -> [Substring] {
    var lines = [Substring]()
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index < utf8.endIndex {
      let byte = utf8[index]
      guard byte == 0x0A || byte == 0x0D else {
        index = utf8.index(after: index)
        continue
      }
      lines.append(Substring(utf8[start..<index]))
      index = utf8.index(after: index)
      if byte == 0x0D && index < utf8.endIndex && utf8[index] == 0x0A { index = utf8.index(after: index) }
      start = index
    }
    if start < utf8.endIndex { lines.append(Substring(utf8[start...])) }
    return lines
  }
}

extension GlossaryError {
  /// A file-level input problem as a glossary error: not opened → `unreadable`; not text → one
  /// issue at the line of the bad byte (field `encoding`).
  init(_ error: InputError, bytes: [UInt8]) {
    switch error {
    case .unreadable(let file, let reason): self = .unreadable(path: file, reason: reason)
    case .isDirectory(let file): self = .unreadable(path: file, reason: error.problem)
    case .invalidUTF8, .utf16, .binary, .tooLarge:
      let line = error.byteOffset.map { TextFile.line(of: $0, in: bytes) } ?? 1
      self = .invalid([GlossaryIssue(file: error.file, line: line, field: "encoding", message: error.problem)])
    }
  }
}
