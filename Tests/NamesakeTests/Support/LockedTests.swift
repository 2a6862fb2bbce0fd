import Testing

@testable import Namesake

/// `Locked` excludes: tasks updating one dictionary at once lose no update. Under
/// `scripts/sanitize thread` this also checks that ThreadSanitizer sees the lock: with the
/// standard library's `Mutex`, whose contended path it cannot see on Linux, this test reported a
/// data race on the dictionary.
@Suite("Locked")
struct LockedTests {
  @Test(.bug(id: 7)) func concurrentUpdatesAreNotLost() async {
    let counts = Locked<[Int: Int]>([:])
    let tasks = 4, rounds = 50_000
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<tasks {
        group.addTask { for round in 0..<rounds { counts.withLock { $0[round % 64, default: 0] += 1 } } }
      }
    }
    #expect(counts.withLock { $0.values.reduce(0, +) } == tasks * rounds)
  }
}
