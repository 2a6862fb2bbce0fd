/// Work over many items on concurrent tasks, with results handed on in input order: the shape of
/// every corpus job (read, process, write in order), so output never depends on the number of
/// tasks or their timing.
public enum OrderedTasks {
  /// Runs `work` for each index in `0..<count` on up to `concurrency` tasks and passes each
  /// result to `emit` in index order. At most `2 × concurrency` results wait in memory at once,
  /// however many items there are. An error thrown by `emit` stops the run.
  public static func run<Result: Sendable>(
    count: Int, concurrency: Int, work: @escaping @Sendable (Int) -> Result, emit: (Int, Result) throws -> Void
  ) async throws {
    let window = max(1, concurrency) * 2
    try await withThrowingTaskGroup(of: (Int, Result).self) { group in
      var submitted = 0, emitted = 0
      var pending = [Int: Result]()
      func submit() {
        let index = submitted
        group.addTask { (index, work(index)) }
        submitted += 1
      }
      while submitted < min(window, count) { submit() }
      while let (index, result) = try await group.next() {
        pending[index] = result
        // An item waits here until those before it have been emitted.
        while let ready = pending.removeValue(forKey: emitted) {
          try emit(emitted, ready)
          emitted += 1
        }
        while submitted < count && submitted - emitted < window { submit() }
      }
    }
  }
}
