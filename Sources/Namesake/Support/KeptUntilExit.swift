/// Large structures left for the operating system to reclaim when the process ends. Freeing a
/// 100,000-person glossary and its indexes (millions of small allocations) took a quarter of a
/// second after the last output was written, so the commands keep them here instead.
public enum KeptUntilExit {
  private static let objects = Locked<[any Sendable]>([])

  public static func keep(_ object: any Sendable) {
    objects.withLock { $0.append(object) }
  }
}
