import Foundation
import Namesake

/// A floor under align's time: writing the bytes align wrote, and nothing else. The files of one
/// align run are read into memory, then written again into an emptied directory the way align's
/// sink writes them (a hidden staging directory, one `write` loop per file, then a rename into
/// place), split over `threads` threads. Whatever align does besides (segmenting, matching,
/// linking, formatting) comes on top, so align's MB/s cannot pass this one's.
struct OutputWriteFloor {
  let files: [(name: String, bytes: [UInt8])]

  init(directory: URL) throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }.sorted()
    files = try names.map { name in (name, [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))) }
  }

  var byteCount: Int { files.reduce(0) { $0 + $1.bytes.count } }

  /// Seconds to write every file into `directory` (emptied first, dirty pages synced first).
  func measure(into directory: URL, threads: Int) throws -> Double {
    let target = try EndToEndBenchmark.emptied(directory)
    let staging = target + "/.staging"
    try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
    sync()
    let failures = FailureList()
    let start = ContinuousClock.now
    DispatchQueue.concurrentPerform(iterations: threads) { part in
      // Files dealt out in turn, so each thread gets every size.
      for index in stride(from: part, to: files.count, by: threads) {
        if let failure = write(files[index], staging: staging, target: target) { failures.add(failure) }
      }
    }
    let elapsed = (ContinuousClock.now - start).seconds
    if let failure = failures.first { throw BenchmarkError.usage(failure) }
    try FileManager.default.removeItem(atPath: staging)
    return elapsed
  }

  private func write(_ file: (name: String, bytes: [UInt8]), staging: String, target: String) -> String? {
    let path = staging + "/" + file.name
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return "cannot create \(path): \(String(cString: strerror(errno)))" }
    var written = 0
    let failure: String? = file.bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return nil }  // an empty file
      while written < buffer.count {
        let count = Foundation.write(descriptor, base + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return "cannot write \(path): \(String(cString: strerror(errno)))"
        }
        written += count
      }
      return nil
    }
    guard close(descriptor) == 0, failure == nil else { return failure ?? "cannot close \(path)" }
    guard rename(path, target + "/" + file.name) == 0 else { return "cannot rename \(path): \(String(cString: strerror(errno)))" }
    return nil
  }
}

/// Errors met on the writer threads, kept for the caller.
private final class FailureList: @unchecked Sendable {
  private let lock = NSLock()
  private var messages = [String]()
  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var first: String? { lock.withLock { messages.first } }
}

/// Another floor under align: finding the glossary's forms in the documents, as align's matcher
/// does, in process and with nothing else (no segments, no linking).
struct MatchFloor {
  let matcher: GlossaryMatcher

  init(glossary: String) throws {
    matcher = GlossaryMatcher(glossary: try GlossaryLoader.load(glossary))
  }

  /// Seconds to match every document, documents dealt out in turn to `threads` threads.
  func measure(_ documents: [String], language: Language, threads: Int) -> Double {
    let start = ContinuousClock.now
    DispatchQueue.concurrentPerform(iterations: threads) { part in
      var found = 0
      for index in stride(from: part, to: documents.count, by: threads) { found += matcher.matches(in: documents[index], language: language).count }
      // Used, so the work is not optimised away.
      if found < 0 { print(found) }
    }
    return (ContinuousClock.now - start).seconds
  }
}
