import Foundation
import Namesake
import Testing

@Suite("Reading and writing file descriptors")
struct FileDescriptorIOTests {
  @Test func readsEverythingInChunksOfTheGivenSize() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try Data(bytes).write(to: file)
    let handle = try FileHandle(forReadingFrom: file)
    defer { try? handle.close() }
    var read = [UInt8]()
    var largest = 0
    try FileDescriptorReader(fileDescriptor: handle.fileDescriptor, name: "test", chunkSize: 999).forEachChunk { chunk in
      read += chunk
      largest = max(largest, chunk.count)
    }
    #expect(read == bytes)
    #expect(largest == 999)
  }

  @Test func aDirectoryCannotBeRead() throws {
    let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    #expect(throws: InputError.unreadable(file: "<stdin>", reason: String(cString: strerror(EISDIR)))) {
      try FileDescriptorReader(fileDescriptor: descriptor, name: "<stdin>").forEachChunk { _ in }
    }
  }

  @Test func writesWholeBuffersThroughAPipe() throws {
    let pipe = Pipe()
    let bytes = Array(repeating: UInt8(ascii: "x"), count: 50_000)
    try FileDescriptorWriter(fileDescriptor: pipe.fileHandleForWriting.fileDescriptor, name: "pipe").write(bytes)
    try pipe.fileHandleForWriting.close()
    #expect(Array(pipe.fileHandleForReading.readDataToEndOfFile()) == bytes)
  }

  @Test func aFullDeviceIsAWriteError() throws {
    let descriptor = open("/dev/full", O_WRONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    #expect(throws: AtomicFileWriter.WriteError.failed(path: "<stdout>", reason: String(cString: strerror(ENOSPC)))) {
      try FileDescriptorWriter(fileDescriptor: descriptor, name: "<stdout>").write([1, 2, 3])
    }
  }
}
