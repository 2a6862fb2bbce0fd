import Foundation

/// Reads a file descriptor to its end in large chunks with read(2), without Foundation's
/// per-call Data allocations; a stream of documents is read this way, not as one Data.
public struct FileDescriptorReader {
  public let fileDescriptor: Int32
  /// The name for messages ("<stdin>").
  public let name: String
  public let chunkSize: Int

  public init(fileDescriptor: Int32, name: String, chunkSize: Int = 1 << 20) {
    self.fileDescriptor = fileDescriptor
    self.name = name
    self.chunkSize = max(chunkSize, 1)
  }

  /// Calls `body` with each chunk read, until the end of input. The buffer is reused: a chunk is
  /// valid only during its call.
  public func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
    defer { buffer.deallocate() }
    while true {
      let count = read(fileDescriptor, buffer.baseAddress, chunkSize)
      if count == 0 { return }
      if count < 0 {
        if errno == EINTR { continue }
        throw InputError.unreadable(file: name, reason: String(cString: strerror(errno)))
      }
      try body(UnsafeBufferPointer(rebasing: buffer[..<count]))
    }
  }
}
