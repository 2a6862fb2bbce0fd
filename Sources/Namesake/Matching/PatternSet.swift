/// Patterns stored back to back in one buffer: a million small arrays would cost a header and an
/// allocation each.
public struct PatternSet: Sendable {
  private(set) var scalars: [UInt32] = []
  private(set) var offsets: [Int32] = [0]

  public init() {}

  public var count: Int { offsets.count - 1 }

  public mutating func append<S: Sequence>(_ pattern: S) where S.Element == UInt32 {
    scalars.append(contentsOf: pattern)
    offsets.append(Int32(scalars.count))
  }

  /// `other`'s patterns after these.
  public mutating func append(contentsOf other: PatternSet) {
    let base = Int32(scalars.count)
    scalars.append(contentsOf: other.scalars)
    offsets.append(contentsOf: other.offsets.dropFirst().lazy.map { $0 + base })
  }

  public func length(of index: Int) -> Int { Int(offsets[index + 1] - offsets[index]) }

  public subscript(index: Int) -> ArraySlice<UInt32> { scalars[Int(offsets[index])..<Int(offsets[index + 1])] }

  func withScalars<R>(_ body: (UnsafeBufferPointer<UInt32>, UnsafeBufferPointer<Int32>) -> R) -> R {
    scalars.withUnsafeBufferPointer { scalars in offsets.withUnsafeBufferPointer { body(scalars, $0) } }
  }
}
