import Foundation

/// Writes the job's files into a hidden staging directory inside the output directory, then
/// renames each into place on `commit`: until then the previous files stay whole, and a run
/// that fails removes its staging directory. Appends are buffered, so one document's small
/// writes cost no system call each.
public final class StagedDirectorySink: AlignmentSink {
  public let directory: String
  private let staging: String
  private var streams = [String: (handle: FileHandle, buffer: [UInt8])]()
  private var names = Set<String>()
  private var removals = Set<String>()
  private static let flushSize = 1 << 20

  public init(directory: String) throws(AtomicFileWriter.WriteError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else { throw .missingDirectory(path: directory) }
    guard isDirectory.boolValue else { throw .notADirectory(path: directory) }
    self.directory = directory.hasSuffix("/") ? directory : directory + "/"
    Self.removeAbandonedStaging(in: self.directory)
    staging = self.directory + ".namesake-staging-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))/"
    do {
      try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
    } catch {
      throw .failed(path: staging, reason: (error as NSError).localizedDescription)
    }
  }

  deinit {
    // Not committed: a failed run leaves no staging directory behind (a killed one does; see README).
    for stream in streams.values { try? stream.handle.close() }
    try? FileManager.default.removeItem(atPath: staging)
  }

  /// Staging directories of runs that were killed (their process is gone): never committed, so
  /// nothing in them is wanted. A live run's directory is left alone.
  static func removeAbandonedStaging(in directory: String) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    for name in names where name.hasPrefix(".namesake-staging-") {
      let fields = name.dropFirst(".namesake-staging-".count).split(separator: "-")
      guard let pid = fields.first.flatMap({ Int32($0) }), kill(pid, 0) != 0, errno == ESRCH else { continue }
      try? FileManager.default.removeItem(atPath: directory + name)
    }
  }

  public func append(_ bytes: [UInt8], to name: String) throws {
    try openStream(name)
    streams[name]?.buffer += bytes
    if let count = streams[name]?.buffer.count, count >= Self.flushSize { try flush(name) }
  }

  /// Creates `name`'s staged file for appending, unless it is open already.
  private func openStream(_ name: String) throws {
    guard streams[name] == nil else { return }
    guard names.insert(name).inserted else { throw DuplicateOutputError(name: name) }
    let path = staging + name
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
      throw AtomicFileWriter.WriteError.failed(path: path, reason: "cannot create")
    }
    streams[name] = (handle, [])
  }

  public func create(_ name: String, _ bytes: [UInt8]) throws {
    guard names.insert(name).inserted else { throw DuplicateOutputError(name: name) }
    // write(2) straight from the buffer: `Data.write(to:)` copied it and fsynced every file (5% of
    // aligning 16 KB documents). Files are renamed into place on commit, so a killed run still
    // leaves no half-written output under its final name.
    let path = staging + name
    let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw AtomicFileWriter.WriteError.failed(path: path, reason: String(cString: strerror(errno))) }
    try FileDescriptorWriter(fileDescriptor: descriptor, name: path).writeAndClose(bytes)
  }

  public func close(_ name: String) throws {
    try flush(name)
    guard let stream = streams.removeValue(forKey: name) else { return }
    do {
      try stream.handle.close()
    } catch {
      throw AtomicFileWriter.WriteError.failed(path: staging + name, reason: (error as NSError).localizedDescription)
    }
  }

  public func remove(_ name: String) throws {
    guard !names.contains(name) else { throw DuplicateOutputError(name: name) }
    removals.insert(name)
  }

  public func move(_ source: String, appendingTo name: String) throws {
    try flush(source)
    guard let stream = streams.removeValue(forKey: source) else { return }
    try? stream.handle.close()
    names.remove(source)
    guard let input = FileHandle(forReadingAtPath: staging + source) else {
      throw AtomicFileWriter.WriteError.failed(path: staging + source, reason: "cannot read back")
    }
    defer { try? input.close() }
    if try !copiedInKernel(from: input, to: name) {
      while let chunk = try input.read(upToCount: Self.flushSize), !chunk.isEmpty { try append([UInt8](chunk), to: name) }
    }
    try FileManager.default.removeItem(atPath: staging + source)
  }

  /// Appends all of `input` to `name` with `sendfile`, without reading it into memory (the
  /// report's sections are 200 MB for 50 MB of Japanese, copied after the last document, on one
  /// core). False, with nothing copied, where the kernel or file system cannot.
  private func copiedInKernel(from input: FileHandle, to name: String) throws -> Bool {
    #if os(Linux)
      try openStream(name)
      try flush(name)
      guard let output = streams[name]?.handle else { return false }
      var copied = 0
      while true {
        let count = sendfile(output.fileDescriptor, input.fileDescriptor, nil, Self.flushSize * 64)
        if count > 0 {
          copied += count
          continue
        }
        if count == 0 { return true }
        if errno == EINTR { continue }
        if copied == 0 && [ENOSYS, EXDEV, EINVAL, EOPNOTSUPP].contains(errno) { return false }
        throw AtomicFileWriter.WriteError.failed(path: staging + name, reason: String(cString: strerror(errno)))
      }
    #else
      return false
    #endif
  }

  public func commit() throws {
    for name in Array(streams.keys) {
      try flush(name)
      try streams[name]?.handle.close()
    }
    streams.removeAll()
    for name in names.sorted() {
      guard rename(staging + name, directory + name) == 0 else {
        throw AtomicFileWriter.WriteError.failed(path: directory + name, reason: String(cString: strerror(errno)))
      }
    }
    names.removeAll()
    for name in removals.sorted() where unlink(directory + name) != 0 && errno != ENOENT {
      throw AtomicFileWriter.WriteError.failed(path: directory + name, reason: String(cString: strerror(errno)))
    }
    removals.removeAll()
  }

  private func flush(_ name: String) throws {
    guard let stream = streams[name], !stream.buffer.isEmpty else { return }
    do {
      try stream.handle.write(contentsOf: stream.buffer)
    } catch {
      throw AtomicFileWriter.WriteError.failed(path: staging + name, reason: (error as NSError).localizedDescription)
    }
    streams[name]?.buffer.removeAll(keepingCapacity: true)
  }
}
