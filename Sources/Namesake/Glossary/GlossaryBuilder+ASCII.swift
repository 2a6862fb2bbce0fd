/// Byte-level answers to the builder's checks for the common case, plain ASCII text.
///
/// `String`'s `split`, `hasPrefix`, `count` and `Character` comparisons work on grapheme clusters
/// (a field costs microseconds, most of loading a large glossary); in ASCII without "\r" (which
/// joins a following "\n") every byte is a cluster of its own, so bytes give the same answers.
/// Each shortcut answers only when the text is plain and otherwise leaves it to the general check.
extension GlossaryBuilder {
  static func isPlainASCII(_ text: String) -> Bool {
    !anyByte(of: text) { $0 >= 0x80 || $0 == 0x0D }
  }

  /// Whether a byte of `text` satisfies `predicate`, read from contiguous storage where possible
  /// (iterating a String's UTF8View is several times slower).
  static func anyByte(of text: String, where predicate: (UInt8) -> Bool) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? text.utf8.contains(where: predicate)
  }

  /// The items of a plain source field when every one is valid (see `checkedSources`), else nil.
  static func plainSources(_ text: String) -> [String]? {
    let valid = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      var any = false
      for item in bytes.split(separator: UInt8(ascii: " ")) {
        guard isPlainSource(UnsafeBufferPointer(rebasing: item)) else { return false }
        any = true
      }
      return any
    }
    guard (valid ?? nil) == true else { return nil }
    // Most fields cite one source; `split` on characters equals the byte split here.
    return text.utf8.contains(UInt8(ascii: " ")) ? text.split(separator: " ").map(String.init) : [text]
  }

  /// `isSampleID(item) || item.hasPrefix("https://") || item.hasPrefix("http://") || item.hasPrefix("imported:")`.
  private static func isPlainSource(_ item: UnsafeBufferPointer<UInt8>) -> Bool {
    if item.count == 3 && item.allSatisfy({ (0x30...0x39).contains($0) }) { return true }
    return item.starts(with: "https://".utf8) || item.starts(with: "http://".utf8) || item.starts(with: "imported:".utf8)
  }

  /// `idProblem`'s verdict for a plain id, or nil to ask `idProblem`.
  static func plainIDIsValid(_ id: String, kind: EntityKind) -> Bool? {
    guard isPlainASCII(id) else { return nil }
    let prefix = kind.idPrefix + "/"
    guard id.utf8.starts(with: prefix.utf8) else { return false }
    let slug = id.utf8.dropFirst(prefix.utf8.count)
    return !slug.isEmpty && slug.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-") }
  }

  /// Whether `fieldIssues` has nothing to report on `text`: no byte that begins a control
  /// character or noncharacter (`firstControl`'s own shortcut, which `singleLine` keeps), and
  /// for a form no more bytes than a form may have characters.
  static func isClean(_ text: String, isForm: Bool = false) -> Bool {
    !anyByte(of: text, where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) && (!isForm || text.utf8.count <= maximumFormLength)
  }
}
