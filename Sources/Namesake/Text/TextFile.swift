import Foundation

/// Reads whole files and checks that their bytes are text Namesake reads: UTF-8 (a byte order
/// mark allowed), not UTF-16, no NUL byte.
public enum TextFile {
  /// The bytes of the file at `path`, read straight into one array (no intermediate `Data`, so a
  /// large document is held once). Files larger than `limit` are refused before reading. Reading
  /// stops after a chunk holding a NUL byte: the file is not text (see `checkIsText`).
  public static func bytes(path: String, limit: Int = Document.maximumUTF8Count) throws(InputError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path, errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(path, errno) }
    if status.st_mode & S_IFMT == S_IFDIR { throw .isDirectory(file: path) }
    let size = Int(status.st_size)
    if size > limit { throw .tooLarge(file: path, bytes: size) }
    return try readAll(descriptor, name: path, sizeHint: size, limit: limit)
  }

  /// Everything left on `descriptor` (standard input), as `bytes(path:)` reads a file.
  public static func bytes(fileDescriptor: Int32, name: String, limit: Int = Document.maximumUTF8Count) throws(InputError) -> [UInt8] {
    try readAll(fileDescriptor, name: name, sizeHint: 0, limit: limit)
  }

  private static func readAll(_ descriptor: Int32, name: String, sizeHint: Int, limit: Int) throws(InputError) -> [UInt8] {
    // A file is read straight into its array, one byte larger than its size so that the end is
    // seen in the same pass: a zeroed 64 KB chunk and a copy per file were 5% of `segment`.
    var failure: Int32 = 0
    var sawNUL = false
    var bytes = [UInt8](unsafeUninitializedCapacity: sizeHint + 1) { buffer, initialized in
      (initialized, failure, sawNUL) = fill(buffer, from: descriptor, stoppingAtNUL: true)
    }
    if failure != 0 { throw Self.failure(name, failure) }
    if bytes.count > limit { throw .tooLarge(file: name, bytes: bytes.count) }
    // Filled: standard input, a /proc file (size 0) or a file that grew; read on in chunks.
    guard bytes.count == sizeHint + 1, !sawNUL else { return bytes }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        throw Self.failure(name, errno)
      }
      bytes.append(contentsOf: chunk[..<count])
      if bytes.count > limit { throw .tooLarge(file: name, bytes: bytes.count) }
      // A NUL byte makes the input binary data (or UTF-16), refused by `checkIsText` from what is
      // read so far: /dev/zero or a disk image is not read to its end.
      if chunk.withUnsafeBytes({ $0.baseAddress.flatMap { memchr($0, 0, count) } }) != nil { break }
    }
    return bytes
  }

  /// Reads `descriptor` into `buffer` until it is full or the file ends (or, if asked, after a
  /// read that brought a NUL byte): the bytes read, the `errno` of a failed read (else 0), and
  /// whether a NUL byte was seen.
  static func fill(
    _ buffer: UnsafeMutableBufferPointer<UInt8>, from descriptor: Int32, stoppingAtNUL: Bool
  ) -> (count: Int, failure: Int32, sawNUL: Bool) {
    guard let base = buffer.baseAddress else { return (0, 0, false) }
    var filled = 0
    while filled < buffer.count {
      let count = read(descriptor, base + filled, buffer.count - filled)
      if count == 0 { break }
      if count < 0 {
        if errno == EINTR { continue }
        return (filled, errno, false)
      }
      let sawNUL = stoppingAtNUL && memchr(base + filled, 0, count) != nil
      filled += count
      if sawNUL { return (filled, 0, true) }
    }
    return (filled, 0, false)
  }

  /// Refuses UTF-16 by its byte order mark or NUL pattern (for a stream, whose first bytes decide).
  public static func checkNotUTF16(_ bytes: UnsafeBufferPointer<UInt8>, origin: String) throws(InputError) {
    if looksLikeUTF16(bytes) { throw .utf16(file: origin) }
  }

  /// Refuses UTF-16 and binary data: the checks that come before UTF-8 validation, whose error
  /// would name a byte without saying what the file is.
  public static func checkIsText(_ bytes: UnsafeBufferPointer<UInt8>, origin: String) throws(InputError) {
    if looksLikeUTF16(bytes) { throw .utf16(file: origin) }
    if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
      throw .binary(file: origin, byteOffset: base.distance(to: nul.assumingMemoryBound(to: UInt8.self)))
    }
  }

  /// The text of `bytes` after every check, without a leading byte order mark (for data files,
  /// whose content has no offsets to keep).
  public static func decode(_ bytes: [UInt8], origin: String) throws(InputError) -> String {
    try bytes.withUnsafeBufferPointer { buffer throws(InputError) in
      try checkIsText(buffer, origin: origin)
      let start = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      let body = UnsafeBufferPointer(rebasing: buffer[start...])
      if let text = String(validating: body, as: UTF8.self) { return text }
      if case .failure(let failure) = UTF8Transcoder.transcode(body) {
        throw .invalidUTF8(file: origin, byteOffset: start + failure.byteOffset)
      }
      return String(decoding: body, as: UTF8.self)
    }
  }

  /// The 1-based line of `byteOffset`, counting "\n", "\r\n" and a lone "\r" as line ends.
  public static func line(of byteOffset: Int, in bytes: [UInt8]) -> Int {
    bytes.withUnsafeBufferPointer { line(of: byteOffset, in: $0) }
  }

  static func line(of byteOffset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var line = 1
    var index = 0
    let end = min(byteOffset, bytes.count)
    while index < end {
      if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) { line += 1 }
      index += 1
    }
    return line
  }

  /// A UTF-16 byte order mark, or a NUL in every other byte of the first bytes (ASCII as UTF-16).
  static func looksLikeUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
      return true
    }
    let sample = min(bytes.count, 64) & ~1
    guard sample >= 8 else { return false }
    var evenNul = 0
    var oddNul = 0
    for i in 0..<sample where bytes[i] == 0 {
      if i % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
    }
    let half = sample / 2
    return (evenNul * 4 >= half * 3 && oddNul == 0) || (oddNul * 4 >= half * 3 && evenNul == 0)
  }

  private static func failure(_ path: String, _ code: Int32) -> InputError {
    .unreadable(file: path, reason: code == ENOENT ? "no such file" : String(cString: strerror(code)))
  }
}
