#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value shared between tasks, behind a pthread mutex: the caches the tasks of a job fill
/// (segmenters per language, idle ICU iterators, the katakana ranker's memo).
///
/// Not the standard library's `Mutex`: on Linux its contended path spins and blocks inside
/// libswiftSynchronization, which is not built with ThreadSanitizer, so a TSan build cannot see
/// the lock and reports every contended use as a data race (a two-thread `Mutex.withLock` counter
/// is reported). ThreadSanitizer intercepts pthread mutexes, so `scripts/sanitize thread` checks
/// what the locks protect. Uncontended, both cost an atomic exchange per lock and unlock.
final class Locked<Value: Sendable>: @unchecked Sendable {
  // Allocated, not stored inline: a pthread mutex must not move, and a stored property's address
  // is only guaranteed for the duration of one `&` access.
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private var value: Value

  init(_ value: Value) {
    self.value = value
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` with the value while holding the lock; `body` must not call back into this lock.
  func withLock<Result: Sendable, Failure: Error>(_ body: (inout Value) throws(Failure) -> Result) throws(Failure) -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body(&value)
  }
}
