@testable import Namesake
import Testing

@Suite struct OrderedTasksTests {
  struct Stop: Error {}

  /// Items finishing in scrambled order are still emitted in index order, and no more than
  /// 2 × concurrency items are ever started and not yet emitted.
  @Test(arguments: [1, 2, 7])
  func emitsInIndexOrderWithinTheWindow(_ concurrency: Int) async throws {
    let started = Locked(0)
    let emittedCount = Locked(0)
    let widest = Locked(0)
    var emitted = [Int]()
    try await OrderedTasks.run(
      count: 200, concurrency: concurrency,
      work: { index in
        let inFlight = started.withLock { $0 += 1; return $0 } - emittedCount.withLock { $0 }
        widest.withLock { $0 = max($0, inFlight) }
        // Later items often finish first.
        var spin = UInt64(index * 7919 % 13) * 20_000
        while spin > 0 { spin -= 1 }
        return index * index
      },
      emit: { index, square in
        #expect(square == index * index)
        emitted.append(index)
        emittedCount.withLock { $0 += 1 }
      })
    #expect(emitted == Array(0..<200))
    #expect(widest.withLock { $0 } <= 2 * concurrency)
  }

  @Test func anErrorFromEmitStopsTheRun() async throws {
    var emitted = [Int]()
    await #expect(throws: Stop.self) {
      try await OrderedTasks.run(count: 100, concurrency: 3, work: { $0 }, emit: { index, _ in
        if index == 10 { throw Stop() }
        emitted.append(index)
      })
    }
    #expect(emitted == Array(0..<10))
  }

  @Test func noItemsEmitsNothing() async throws {
    try await OrderedTasks.run(count: 0, concurrency: 4, work: { $0 }, emit: { _, _ in Issue.record("nothing to emit") })
  }
}
