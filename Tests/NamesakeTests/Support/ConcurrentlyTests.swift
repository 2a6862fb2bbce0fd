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
}
