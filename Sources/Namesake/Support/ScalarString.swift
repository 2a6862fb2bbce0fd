extension String {
  /// A String of `scalars`, encoded to UTF-8 in one buffer: appending scalars one by one to a
  /// String's scalar view costs several times more, and the pipeline builds many such pieces.
  init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
    var bytes = [UInt8]()
    bytes.reserveCapacity(scalars.count * 2)
    for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
    self = String(decoding: bytes, as: UTF8.self)
  }
}

extension String {
  /// `split(whereSeparator:)` on characters equal to one of `separators` (empty pieces omitted),
  /// done on scalars when every scalar is a character of its own, which is most names: breaking
  /// characters dominated building the name indexes of a large glossary.
  func split(separatorScalars separators: [Unicode.Scalar]) -> [Substring] {
    let scalars = unicodeScalars
    guard scalars.allSatisfy({ Self.isOwnCharacter($0.value) }) else {
      return split(whereSeparator: { character in separators.contains { Character($0) == character } })
    }
    var pieces = [Substring]()
    var start = scalars.startIndex
    var index = start
    while index != scalars.endIndex {
      let next = scalars.index(after: index)
      if separators.contains(scalars[index]) {
        if start != index { pieces.append(self[start..<index]) }
        start = next
      }
      index = next
    }
    if start != scalars.endIndex { pieces.append(self[start..<scalars.endIndex]) }
    return pieces
  }

  /// Scalars that are a character of their own whatever surrounds them (UAX #29): below the
  /// combining marks (U+0300) none extends or prepends, except CR before LF; nor does katakana
  /// (U+30A0–U+30FF, voicing marks are outside it) or the half-width middle dot.
  private static func isOwnCharacter(_ value: UInt32) -> Bool {
    (value < 0x300 && value != 0x0D) || (0x30A0...0x30FF).contains(value) || value == 0xFF65
  }
}
