import Foundation

/// Writes whole buffers to a file descriptor with write(2), retrying short writes and EINTR.
///
/// Failures are reported as `AtomicFileWriter.WriteError.failed`, the error every other output of
/// Namesake reports (exit status 73), though a stream cannot be written atomically.
public struct FileDescriptorWriter: Sendable {
  public let fileDescriptor: Int32
  /// The name for messages ("<stdout>").
  public let name: String

  public init(fileDescriptor: Int32, name: String) {
    self.fileDescriptor = fileDescriptor
    self.name = name
  }

  /// Writes `bytes`, then closes the descriptor, whether or not the write failed; a failed
  /// close (where a delayed write error may surface) is reported too.
  public func writeAndClose(_ bytes: [UInt8]) throws(AtomicFileWriter.WriteError) {
    do {
      try write(bytes)
    } catch {
      close(fileDescriptor)
      throw error
    }
    guard close(fileDescriptor) == 0 else { throw .failed(path: name, reason: String(cString: strerror(errno))) }
  }

  public func write(_ bytes: [UInt8]) throws(AtomicFileWriter.WriteError) {
    try bytes.withUnsafeBufferPointer { buffer throws(AtomicFileWriter.WriteError) in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(fileDescriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw .failed(path: name, reason: String(cString: strerror(errno)))
        }
        offset += written
      }
    }
  }
}
