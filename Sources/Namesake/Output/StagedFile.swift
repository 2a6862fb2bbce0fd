import Foundation

/// A file written through a temporary file beside it, appended to as a run goes and renamed into
/// place by `commit`: the destination keeps its previous content until then, and a file that is
/// never committed is removed. For outputs too large to hold (a report over a corpus).
public final class StagedFile {
  public let path: String
  let temporary: String
  private var descriptor: Int32
  private var buffer = [UInt8]()
  private var committed = false
  private static let flushSize = 1 << 20

  /// Checks the destination (its parent must be a directory, it must not be one) and creates the
  /// temporary file.
  public init(beside path: String) throws(AtomicFileWriter.WriteError) {
    try AtomicFileWriter.checkDestination(path)
    (temporary, descriptor) = try AtomicFileWriter.createTemporary(beside: path)
    self.path = path
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
    if !committed { unlink(temporary) }
  }

  public func append(_ bytes: [UInt8]) throws(AtomicFileWriter.WriteError) {
    buffer += bytes
    if buffer.count >= Self.flushSize { try flush() }
  }

  /// Appends the whole of `other` (its content so far), read back in chunks.
  public func append(contentsOf other: StagedFile) throws(AtomicFileWriter.WriteError) {
    try other.flush()
    guard let input = FileHandle(forReadingAtPath: other.temporary) else { throw .failed(path: other.path, reason: "cannot read back") }
    defer { try? input.close() }
    do {
      while let chunk = try input.read(upToCount: Self.flushSize), !chunk.isEmpty { try append([UInt8](chunk)) }
    } catch let error as AtomicFileWriter.WriteError {
      throw error
    } catch {
      throw .failed(path: other.path, reason: (error as NSError).localizedDescription)
    }
  }

  private func flush() throws(AtomicFileWriter.WriteError) {
    guard !buffer.isEmpty else { return }
    try FileDescriptorWriter(fileDescriptor: descriptor, name: path).write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  private func finishWriting() throws(AtomicFileWriter.WriteError) {
    try flush()
    let status = close(descriptor)
    descriptor = -1
    guard status == 0 else { throw .failed(path: path, reason: String(cString: strerror(errno))) }
  }

  /// Completes every file, then renames them all: if any cannot be completed, none is renamed.
  public static func commit(_ files: [StagedFile]) throws(AtomicFileWriter.WriteError) {
    for file in files { try file.finishWriting() }
    for file in files {
      guard rename(file.temporary, file.path) == 0 else { throw .failed(path: file.path, reason: String(cString: strerror(errno))) }
      file.committed = true
    }
  }
}
