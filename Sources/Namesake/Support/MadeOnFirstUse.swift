/// A value made when first asked for, once: the first task to ask makes it, others asking
/// meanwhile wait for it. For an index that only some documents need (the katakana ranker, for
/// Japanese), so a run without them never pays for it.
final class MadeOnFirstUse<Value: Sendable>: Sendable {
  private let make: @Sendable () -> Value
  private let made = Locked<Value?>(nil)

  init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  var value: Value {
    made.withLock { made in
      if let made { return made }
      let value = make()
      made = value
      return value
    }
  }

  /// Whether it has been made (for tests).
  var isMade: Bool { made.withLock { $0 != nil } }
}
