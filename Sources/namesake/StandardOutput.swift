import Foundation
import Namesake

/// Standard output through write(2): a write that fails (a full disk, a closed pipe) is an
/// `AtomicFileWriter.WriteError`, exit status 73, where `print` would lose it and
/// `FileHandle.write(_:)` would crash.
enum StandardOutput {
  static let writer = FileDescriptorWriter(fileDescriptor: STDOUT_FILENO, name: "<stdout>")

  static func write(_ bytes: [UInt8]) throws(AtomicFileWriter.WriteError) { try writer.write(bytes) }

  static func write(_ text: String) throws(AtomicFileWriter.WriteError) { try writer.write(Array(text.utf8)) }
}
