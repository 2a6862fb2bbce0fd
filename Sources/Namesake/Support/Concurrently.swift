import Dispatch

/// Runs three independent pieces of work at once, on as many cores as there are, and returns
/// their results in argument order. For start-up work (indexes built from one large glossary)
/// that must finish before the first document, where it would otherwise run on one core.
func concurrently<A: Sendable, B: Sendable, C: Sendable>(
  _ a: @Sendable () -> A, _ b: @Sendable () -> B, _ c: @Sendable () -> C
) -> (A, B, C) {
  let first = Locked<A?>(nil), second = Locked<B?>(nil), third = Locked<C?>(nil)
  DispatchQueue.concurrentPerform(iterations: 3) { index in
    switch index {
    case 0: first.withLock { $0 = a() }
    case 1: second.withLock { $0 = b() }
    default: third.withLock { $0 = c() }
    }
  }
  // concurrentPerform returns once every iteration has run, so all three are set; were one not,
  // computing it again here is still right.
  return (first.withLock { $0 } ?? a(), second.withLock { $0 } ?? b(), third.withLock { $0 } ?? c())
}

/// `concurrently` for two pieces of work (glossary loading: a large file read while the others
/// are, checks that need only the records run while the rest are made).
func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
  let first = Locked<A?>(nil), second = Locked<B?>(nil)
  DispatchQueue.concurrentPerform(iterations: 2) { index in
    if index == 0 { first.withLock { $0 = a() } } else { second.withLock { $0 = b() } }
  }
  return (first.withLock { $0 } ?? a(), second.withLock { $0 } ?? b())
}

/// `concurrently(a, b)` if `parallel`, else both in turn on this thread: for work that is only
/// worth another thread when large (a fuzzer or a test building many small glossaries).
func concurrently<A: Sendable, B: Sendable>(if parallel: Bool, _ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
  parallel ? concurrently(a, b) : (a(), b())
}
