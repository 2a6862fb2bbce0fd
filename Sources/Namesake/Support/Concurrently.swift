#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs three independent pieces of work at once and returns their results in argument order.
/// For start-up work (indexes built from one large glossary) that must finish before the first
/// document, where it would otherwise run on one core.
func concurrently<A: Sendable, B: Sendable, C: Sendable>(
  _ a: @Sendable () -> A, _ b: @Sendable () -> B, _ c: @Sendable () -> C
) -> (A, B, C) {
  let (first, (second, third)) = concurrently(a, { concurrently(b, c) })
  return (first, second, third)
}

/// `a` on this thread while `b` runs on a thread of its own, joined before returning.
///
/// A plain thread rather than `DispatchQueue.concurrentPerform`: Dispatch runs a
/// `concurrentPerform` nested in another one serially, so the normalisation that glossary
/// building splits in two (inside the build, itself beside the field checks) ran on one core.
func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
  withoutActuallyEscaping(b) { b in
    let second = Locked<B?>(nil)
    let work = ThreadWork { second.withLock { $0 = b() } }
    guard let thread = work.start() else { return (a(), b()) }  // no thread to be had: in turn
    let first = a()
    thread.join()
    // The thread has ended (joined) and released the work, so `b` has not escaped.
    return (first, second.withLock { $0 } ?? b())
  }
}

/// `concurrently(a, b)` if `parallel`, else both in turn on this thread: for work that is only
/// worth another thread when large (a fuzzer or a test building many small glossaries).
func concurrently<A: Sendable, B: Sendable>(if parallel: Bool, _ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
  parallel ? concurrently(a, b) : (a(), b())
}

/// A closure run on a POSIX thread of its own.
private final class ThreadWork: @unchecked Sendable {
  private let body: () -> Void

  init(_ body: @escaping () -> Void) { self.body = body }

  struct Running {
    fileprivate let thread: pthread_t

    func join() { pthread_join(thread, nil) }
  }

  /// Starts the thread (8 MB of stack, as the main thread has); nil if none could be made.
  func start() -> Running? {
    var attributes = pthread_attr_t()
    guard pthread_attr_init(&attributes) == 0 else { return nil }
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, 8 << 20)
    let retained = Unmanaged.passRetained(self)
    #if canImport(Darwin)
      var thread: pthread_t?
    #else
      var thread = pthread_t()
    #endif
    let status = pthread_create(
      &thread, &attributes,
      { context in
        guard let context else { return nil }
        Unmanaged<ThreadWork>.fromOpaque(context).takeRetainedValue().body()
        return nil
      }, retained.toOpaque())
    guard status == 0 else {
      retained.release()
      return nil
    }
    #if canImport(Darwin)
      guard let thread else { return nil }
    #endif
    return Running(thread: thread)
  }
}
