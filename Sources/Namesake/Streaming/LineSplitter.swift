import Foundation

/// Splits a byte stream that arrives in chunks into lines, numbered from 1.
///
/// A line is handed over without its "\n" (a "\r" before it stays: JSON counts it as
/// whitespace). Lines inside a chunk are passed in place; only a line that spans chunks is copied.
/// A UTF-8 byte order mark at the start of the stream is dropped, as files with one are accepted
/// elsewhere in Namesake.
public struct LineSplitter {
  private var pending: [UInt8] = []
  /// The number of the last line handed over.
  public private(set) var lineNumber = 0

  public init() {}

  /// Calls `body` with each line that `chunk` completes; keeps the unfinished rest for later.
  public mutating func split(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
    guard let base = chunk.baseAddress else { return }
    var start = 0
    while start < chunk.count {
      guard let found = memchr(base + start, 0x0A, chunk.count - start) else { break }
      let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      let piece = UnsafeBufferPointer(rebasing: chunk[start..<end])
      if pending.isEmpty {
        try emit(piece, body)
      } else {
        pending.append(contentsOf: piece)
        let line = pending
        pending.removeAll(keepingCapacity: true)
        try line.withUnsafeBufferPointer { try emit($0, body) }
      }
      start = end + 1
    }
    pending.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[start...]))
  }

  /// Hands over the last line when the stream did not end with "\n".
  public mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
    guard !pending.isEmpty else { return }
    let line = pending
    pending = []
    try line.withUnsafeBufferPointer { try emit($0, body) }
  }

  private mutating func emit(_ line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
    lineNumber += 1
    if lineNumber == 1, line.starts(with: [0xEF, 0xBB, 0xBF]) {
      try body(UnsafeBufferPointer(rebasing: line[3...]), lineNumber)
    } else {
      try body(line, lineNumber)
    }
  }
}
