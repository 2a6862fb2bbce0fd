/// The automaton as plain arrays, so a compiled glossary can store it instead of every start
/// rebuilding it (about a third of starting with 100,000 people). The root's BMP table is not
/// stored: it is rebuilt from the root's children in well under a millisecond.
extension AhoCorasickAutomaton {
  struct Tables: Sendable, Equatable {
    var labels: [UInt32]
    var childStart: [Int32]
    var failure: [Int32]
    var output: [Int32]
    var outputLink: [Int32]
    var patternLengths: [Int32]
    var nextEqual: [Int32]
  }

  /// Why stored tables cannot be an automaton.
  struct InvalidTables: Error, Equatable {
    var reason: String
  }

  var tables: Tables {
    Tables(
      labels: labels, childStart: childStart, failure: failure, output: output, outputLink: outputLink, patternLengths: patternLengths,
      nextEqual: nextEqual)
  }

  /// The automaton of `tables`, checked so that no stored value can index out of bounds or stop
  /// a search from ending: children come after their parent in contiguous runs of increasing
  /// labels, failure and output links lead to earlier, shallower nodes, and a pattern ends at a node as
  /// deep as it is long. (Checksums catch damage; this catches a file written wrongly.)
  init(validating tables: Tables) throws(InvalidTables) {
    let t = tables
    let nodes = t.labels.count, patterns = t.patternLengths.count
    guard nodes >= 1, t.childStart.count == nodes + 1, t.failure.count == nodes, t.output.count == nodes, t.outputLink.count == nodes,
      t.nextEqual.count == patterns
    else { throw InvalidTables(reason: "the automaton's arrays disagree in length") }
    guard t.childStart[0] == 1, t.childStart[nodes] == nodes else { throw InvalidTables(reason: "the automaton's child runs do not cover its nodes") }
    var depth = [Int32](repeating: 0, count: nodes)
    for node in 0..<nodes {
      let low = Int(t.childStart[node]), high = Int(t.childStart[node + 1])
      guard low > node, low <= high, high <= nodes else { throw InvalidTables(reason: "node \(node): its children are out of order") }
      for child in low..<high {
        guard child == low || t.labels[child - 1] < t.labels[child] else { throw InvalidTables(reason: "node \(node): child labels not increasing") }
        depth[child] = depth[node] + 1
      }
      let failure = Int(t.failure[node]), output = Int(t.output[node]), link = Int(t.outputLink[node])
      // Earlier nodes only: their depths are final, and links cannot form a cycle.
      guard node == 0 ? failure == 0 : (0..<node).contains(failure) && depth[failure] < depth[node] else {
        throw InvalidTables(reason: "node \(node): failure link \(failure) does not lead to a shallower node")
      }
      guard output == -1 || (node > 0 && (0..<patterns).contains(output) && t.patternLengths[output] == depth[node]) else {
        throw InvalidTables(reason: "node \(node): output \(output) is not a pattern of its depth")
      }
      guard link == -1 || ((0..<node).contains(link) && depth[link] < depth[node] && t.output[link] >= 0) else {
        throw InvalidTables(reason: "node \(node): output link \(link) does not lead to a shallower output")
      }
    }
    for pattern in 0..<patterns {
      let next = Int(t.nextEqual[pattern])
      guard t.patternLengths[pattern] >= 0, next == -1 || (next > pattern && next < patterns) else {
        throw InvalidTables(reason: "pattern \(pattern): bad length or equal-pattern link")
      }
    }
    labels = t.labels
    childStart = t.childStart
    failure = t.failure
    output = t.output
    outputLink = t.outputLink
    patternLengths = t.patternLengths
    nextEqual = t.nextEqual
    buildRootTable()
  }
}
