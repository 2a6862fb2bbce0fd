import Dispatch
@testable import Namesake
import Testing

@Suite struct ConcurrentlyTests {
  @Test func resultsComeBackInArgumentOrderAndEachPieceRunsOnce() {
    let runs = Locked([Int](repeating: 0, count: 3))
    for _ in 0..<200 {
      let (a, b, c) = concurrently(
        { runs.withLock { $0[0] += 1 }; return "a" },
        { runs.withLock { $0[1] += 1 }; return 2 },
        { runs.withLock { $0[2] += 1 }; return [3.0] })
      #expect(a == "a" && b == 2 && c == [3.0])
    }
    #expect(runs.withLock { $0 } == [200, 200, 200])
  }

  /// The pieces run at the same time, also when nested (Dispatch's concurrentPerform ran nested
  /// pieces one after the other): each waits for the other to have started, which one after the
  /// other would never see.
  @Test func nestedPiecesRunAtOnce() {
    @Sendable func meet(_ mine: DispatchSemaphore, _ theirs: DispatchSemaphore) -> Bool {
      mine.signal()
      return theirs.wait(timeout: .now() + 10) == .success
    }
    for _ in 0..<5 {
      let left = DispatchSemaphore(value: 0), right = DispatchSemaphore(value: 0)
      let outer = DispatchSemaphore(value: 0), inner = DispatchSemaphore(value: 0)
      let (outside, (first, second)) = concurrently(
        { meet(outer, inner) },
        { concurrently({ meet(left, right) && meet(inner, outer) }, { meet(right, left) }) })
      #expect(outside && first && second)
    }
  }

  @Test func threeOnTwoOrMoreThreadsGiveTheirResults() {
    let (a, b, c) = concurrently({ (0..<100_000).reduce(0, +) }, { "b" }, { [1, 2] })
    #expect(a == 4_999_950_000 && b == "b" && c == [1, 2])
  }
}
