/// An Aho–Corasick automaton over Unicode scalar values: every occurrence of every pattern in one
/// left-to-right pass, in time linear in the text plus the occurrences, whatever the number of
/// patterns.
///
/// Built from sorted patterns level by level, so each node's children are contiguous and sorted
/// (a compressed sparse row layout, about 20 bytes a node, no hash tables). The root's children
/// are also in a direct table for BMP scalars, since every step that fails returns there.
///
/// The arrays are module-internal so a compiled glossary can store them and read them back
/// (`AhoCorasickAutomaton+Tables`); nothing else writes them.
public struct AhoCorasickAutomaton: Sendable {
  /// Per node: the scalar on the edge into it.
  var labels: [UInt32] = [0]
  /// Children of node `n` are nodes `childStart[n] ..< childStart[n + 1]`, sorted by label.
  var childStart: [Int32] = []
  var failure: [Int32] = []
  /// The pattern that ends at the node, or -1.
  var output: [Int32] = []
  /// The nearest node on the failure chain (excluding the node) with an output, or -1.
  var outputLink: [Int32] = []
  private var rootTable: [Int32] = []
  /// Scalar length of each pattern.
  public internal(set) var patternLengths: [Int32] = []
  /// The next pattern equal to this one, or -1: equal patterns share one node.
  var nextEqual: [Int32] = []

  public var nodeCount: Int { labels.count }

  /// Builds the automaton over `patterns` (pattern `i` is `patterns[i]`). Patterns may repeat;
  /// an empty pattern never matches.
  ///
  /// - Complexity: O(L log P) for patterns of total length L, P patterns (the sort).
  public init(patterns: PatternSet) {
    let count = patterns.count
    patternLengths = (0..<count).map { Int32(patterns.length(of: $0)) }
    nextEqual = [Int32](repeating: -1, count: count)
    let order = Self.sortedOrder(patterns)
    // The patterns copied out in sorted order: the level-by-level walk below then reads them
    // nearly in sequence instead of jumping through the pattern set (cache misses were most of
    // building the automaton for 400,000 forms).
    var sortedScalars = [UInt32]()
    var sortedStarts = [Int32]()
    sortedStarts.reserveCapacity(order.count + 1)
    patterns.withScalars { scalars, offsets in
      sortedScalars.reserveCapacity(scalars.count)
      for pattern in order {
        sortedStarts.append(Int32(sortedScalars.count))
        sortedScalars.append(contentsOf: scalars[Int(offsets[Int(pattern)])..<Int(offsets[Int(pattern) + 1])])
      }
      sortedStarts.append(Int32(sortedScalars.count))
    }
    // Breadth-first: a node is a run [low, high) of the sorted patterns sharing `depth` scalars.
    struct Pending {
      var low: Int32
      var high: Int32
      var depth: Int32
    }
    var queue = [Pending(low: 0, high: Int32(order.count), depth: 0)]
    output = [-1]
    var head = 0
    // Queue entries are nodes in creation order; `node` counts them even after the queue's
    // consumed front is dropped.
    var nodeIndex = 0
    sortedScalars.withUnsafeBufferPointer { scalars in
      sortedStarts.withUnsafeBufferPointer { starts in
        func scalar(_ position: Int, _ depth: Int32) -> UInt32 { scalars[Int(starts[position]) + Int(depth)] }
        func length(_ position: Int) -> Int32 { starts[position + 1] - starts[position] }
        while head < queue.count {
          let node = queue[head]
          head += 1
          defer { nodeIndex += 1 }
          childStart.append(Int32(labels.count))
          var index = Int(node.low)
          // Patterns that end here sort first; they are equal, so they chain behind the first.
          var last: Int32 = -1
          while index < Int(node.high) && length(index) == node.depth {
            if last < 0 { output[nodeIndex] = order[index] } else { nextEqual[Int(last)] = order[index] }
            last = order[index]
            index += 1
          }
          while index < Int(node.high) {
            let label = scalar(index, node.depth)
            var end = index + 1
            while end < Int(node.high) && scalar(end, node.depth) == label { end += 1 }
            labels.append(label)
            output.append(-1)
            queue.append(Pending(low: Int32(index), high: Int32(end), depth: node.depth + 1))
            index = end
          }
          // Free the queue as it is consumed: for a million patterns it is the largest structure.
          if head >= 1 << 16 && head * 2 > queue.count {
            queue.removeFirst(head)
            head = 0
          }
        }
      }
    }
    childStart.append(Int32(labels.count))
    buildRootTable()
    buildFailureLinks()
  }

  /// The non-empty patterns' indices sorted by scalars, then length, then index: a total order,
  /// so sorting the halves on two cores and merging them gives the one answer.
  static func sortedOrder(_ patterns: PatternSet) -> [Int32] {
    let order = [Int32]((0..<patterns.count).lazy.filter { patterns.length(of: $0) > 0 }.map { Int32($0) })
    guard order.count >= parallelSortCount else { return sorted(order[...], patterns) }
    let middle = order.count / 2
    let (left, right) = concurrently({ sorted(order[..<middle], patterns) }, { sorted(order[middle...], patterns) })
    return patterns.withScalars { scalars, offsets in
      var merged = [Int32]()
      merged.reserveCapacity(order.count)
      var i = 0, j = 0
      while i < left.count && j < right.count {
        if precedes(right[j], left[i], scalars, offsets) {
          merged.append(right[j])
          j += 1
        } else {
          merged.append(left[i])
          i += 1
        }
      }
      merged += left[i...]
      merged += right[j...]
      return merged
    }
  }

  private static func sorted(_ part: ArraySlice<Int32>, _ patterns: PatternSet) -> [Int32] {
    patterns.withScalars { scalars, offsets in part.sorted { precedes($0, $1, scalars, offsets) } }
  }

  private static func precedes(_ a: Int32, _ b: Int32, _ scalars: UnsafeBufferPointer<UInt32>, _ offsets: UnsafeBufferPointer<Int32>) -> Bool {
    let (aStart, aEnd) = (Int(offsets[Int(a)]), Int(offsets[Int(a) + 1]))
    let (bStart, bEnd) = (Int(offsets[Int(b)]), Int(offsets[Int(b) + 1]))
    var i = aStart
    var j = bStart
    while i < aEnd && j < bEnd {
      if scalars[i] != scalars[j] { return scalars[i] < scalars[j] }
      i += 1
      j += 1
    }
    return (aEnd - aStart, a) < (bEnd - bStart, b)
  }

  /// Patterns from which the sort uses a second core.
  static let parallelSortCount = 50_000

  /// The patterns equal to `pattern` (itself included).
  public func equalPatterns(_ pattern: Int) -> [Int] {
    var result = [pattern]
    var next = nextEqual[pattern]
    while next >= 0 {
      result.append(Int(next))
      next = nextEqual[Int(next)]
    }
    return result
  }

  mutating func buildRootTable() {
    rootTable = [Int32](repeating: -1, count: 0x10000)
    for child in Int(childStart[0])..<Int(childStart[1]) where labels[child] < 0x10000 {
      rootTable[Int(labels[child])] = Int32(child)
    }
  }

  private mutating func buildFailureLinks() {
    failure = [Int32](repeating: 0, count: labels.count)
    outputLink = [Int32](repeating: -1, count: labels.count)
    // Node indices are breadth-first, so a node's failure target is always computed before it.
    for node in 0..<labels.count {
      for child in Int(childStart[node])..<Int(childStart[node + 1]) {
        var target: Int32 = 0
        if node != 0 {
          var state = failure[node]
          while true {
            if let next = step(Int(state), labels[child]) {
              target = Int32(next)
              break
            }
            if state == 0 { break }
            state = failure[Int(state)]
          }
        }
        failure[child] = target
        outputLink[child] = output[Int(target)] >= 0 ? target : outputLink[Int(target)]
      }
    }
  }

  /// The child of `node` along `label`, if any.
  @inline(__always)
  private func step(_ node: Int, _ label: UInt32) -> Int? {
    if node == 0 {
      if label < 0x10000 {
        let child = rootTable[Int(label)]
        return child >= 0 ? Int(child) : nil
      }
    }
    var low = Int(childStart[node])
    var high = Int(childStart[node + 1])
    while low < high {
      let middle = (low + high) >> 1
      let value = labels[middle]
      if value == label { return middle }
      if value < label { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  /// Calls `report(end, pattern)` for every occurrence, `end` being the index after its last
  /// scalar, in order of `end`, longer patterns first at the same end.
  public func forEachOccurrence(in text: [UInt32], _ report: (_ end: Int, _ pattern: Int) -> Void) {
    var state = 0
    for (index, scalar) in text.enumerated() {
      while true {
        if let next = step(state, scalar) {
          state = next
          break
        }
        if state == 0 { break }
        state = Int(failure[state])
      }
      var node = output[state] >= 0 ? state : Int(outputLink[state])
      while node > 0 {
        report(index + 1, Int(output[node]))
        node = Int(outputLink[node])
      }
    }
  }

  /// Approximate bytes held, for benchmarks.
  public var memoryFootprint: Int {
    (labels.count + childStart.count + failure.count + output.count + outputLink.count + rootTable.count
      + patternLengths.count + nextEqual.count) * 4
  }
}
