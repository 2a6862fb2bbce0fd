/// Byte-level answers to the builder's checks for the common case, plain ASCII text.
///
/// `String`'s `split`, `hasPrefix`, `count` and `Character` comparisons work on grapheme clusters
/// (a field costs microseconds, most of loading a large glossary); in ASCII without "\r" (which
/// joins a following "\n") every byte is a cluster of its own, so bytes give the same answers.
/// Each shortcut answers only when the text is plain and otherwise leaves it to the general check.
extension GlossaryBuilder {
  /// The items of a plain source field when every one is valid (see `checkedSources`), else nil.
  static func plainSources(_ text: String) -> [String]? {
    let count = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var count = 0
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: " ") {
        defer { start = index + 1 }
        guard start < index else { continue }
        guard isPlainSource(UnsafeBufferPointer(rebasing: bytes[start..<index])) else { return nil }
        count += 1
      }
      return count
    }
    guard let count = count ?? nil, count > 0 else { return nil }
    // Most fields cite one source; `split` on characters equals the byte split here.
    return count == 1 && !text.utf8.isEmpty && text.utf8.first != UInt8(ascii: " ") && text.utf8.last != UInt8(ascii: " ")
      ? [text] : text.split(separator: " ").map(String.init)
  }

  /// `isSampleID(item) || item.hasPrefix("https://") || item.hasPrefix("http://") || item.hasPrefix("imported:")`
  /// for an item of plain ASCII; false for any other.
  private static func isPlainSource(_ item: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !item.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return false }
    if item.count == 3 && item.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
    return hasPrefix(item, https) || hasPrefix(item, http) || hasPrefix(item, imported)
  }

  private static let https = Array("https://".utf8), http = Array("http://".utf8), imported = Array("imported:".utf8)

  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
    bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
  }

  /// `idProblem`'s verdict for a plain id, or nil to ask `idProblem`.
  static func plainIDIsValid(_ id: String, kind: EntityKind) -> Bool? {
    let prefix = Array((kind.idPrefix + "/").utf8)
    let valid = id.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      guard hasPrefix(bytes, prefix) else { return false }
      let slug = bytes[prefix.count...]
      return !slug.isEmpty && slug.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
    }
    return valid ?? nil
  }

  /// `text.trimmingWhitespace.isEmpty`, answered at once when the text starts with a visible
  /// ASCII character.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, (0x21...0x7E).contains(first) { return false }
    return text.trimmingWhitespace.isEmpty
  }

  /// Whether `fieldIssues` has nothing to report on `text`: no byte that begins a control
  /// character or noncharacter (`firstControl`'s own shortcut, which `singleLine` keeps), and
  /// for a form no more bytes than a form may have characters.
  static func isClean(_ text: String, isForm: Bool = false) -> Bool {
    !text.containsByte(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) && (!isForm || text.utf8.count <= maximumFormLength)
  }
}
