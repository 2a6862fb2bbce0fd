/// Two lists, each in order of `key`, as one list in that order; where keys tie, `first`'s
/// elements come before `second`'s. For results computed in parts on several cores, put back in
/// the order one pass would give.
func mergedInOrder<Element>(_ first: [Element], _ second: [Element], by key: (Element) -> Int) -> [Element] {
  var result = [Element]()
  result.reserveCapacity(first.count + second.count)
  var (i, j) = (0, 0)
  while i < first.count || j < second.count {
    if j == second.count || (i < first.count && key(first[i]) <= key(second[j])) {
      result.append(first[i])
      i += 1
    } else {
      result.append(second[j])
      j += 1
    }
  }
  return result
}
