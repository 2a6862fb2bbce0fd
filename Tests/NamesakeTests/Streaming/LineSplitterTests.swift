import Foundation
import Namesake
import Testing

@Suite("Splitting a stream into lines")
struct LineSplitterTests {
  /// Lines and their numbers from `input` fed in chunks of `size` bytes.
  static func lines(_ input: [UInt8], chunkSize size: Int) -> [(String, Int)] {
    var splitter = LineSplitter()
    var lines = [(String, Int)]()
    let collect = { (line: UnsafeBufferPointer<UInt8>, number: Int) in lines.append((String(decoding: line, as: UTF8.self), number)) }
    var start = 0
    while start < input.count {
      let end = min(start + size, input.count)
      input[start..<end].withUnsafeBufferPointer { splitter.split($0, collect) }
      start = end
    }
    splitter.finish(collect)
    return lines
  }

  @Test func everyChunkSizeGivesTheSameLines() {
    let input = Array("{\"a\":1}\n\n書記長 トー・ラム\r\nlast line without newline".utf8)
    let expected = [("{\"a\":1}", 1), ("", 2), ("書記長 トー・ラム\r", 3), ("last line without newline", 4)]
    for size in 1...input.count + 1 {
      let lines = Self.lines(input, chunkSize: size)
      #expect(lines.map(\.0) == expected.map(\.0), "chunk size \(size)")
      #expect(lines.map(\.1) == expected.map(\.1), "chunk size \(size)")
    }
  }

  @Test func aFinalNewlineEndsTheLastLineWithoutAnEmptyOne() {
    #expect(Self.lines(Array("a\nb\n".utf8), chunkSize: 3).map(\.0) == ["a", "b"])
    #expect(Self.lines([], chunkSize: 3).isEmpty)
  }

  @Test func aByteOrderMarkIsDroppedOnlyAtTheStart() {
    let bom = "\u{FEFF}"
    for size in [1, 2, 4, 64] {
      #expect(Self.lines(Array("\(bom)a\n\(bom)b".utf8), chunkSize: size).map(\.0) == ["a", "\(bom)b"], "chunk size \(size)")
    }
  }
}
