/// A Vietnamese legal or Party document number found in text: 57-NQ/TW (a Politburo resolution),
/// 35-CT/TW (a directive), 79-KL/TW (a conclusion), 323/QĐ-TTg (a Prime Minister's decision),
/// 35/2021/QH15 (a National Assembly resolution), 123/2020/NĐ-CP (a government decree).
public struct DocumentNumber: Sendable, Hashable {
  /// Unicode scalar offsets in the scanned text.
  public var start: Int
  public var end: Int
  /// The number as written ("323/QĐ-TTg").
  public var surface: String

  /// The glossary id this number would have: lowercase ASCII, "/" and "-" as "-", Đ as d
  /// ("doc/323-qd-ttg").
  public var entityID: String {
    var slug = ""
    for scalar in surface.unicodeScalars {
      switch scalar {
      case "/", "-": slug += "-"
      case "Đ", "đ": slug += "d"
      default: slug += String(scalar).lowercased()
      }
    }
    return "doc/" + slug
  }

  /// Every document number in `text`, in order. A number must stand alone: no letter, digit,
  /// "/" or "-" may touch it.
  public static func find(in text: String) -> [DocumentNumber] { find(in: Array(text.unicodeScalars)) }

  /// `find(in:)` over scalars, which the linker has already decoded.
  static func find(in scalars: [Unicode.Scalar]) -> [DocumentNumber] {
    var result = [DocumentNumber]()
    var index = 0
    while index < scalars.count {
      guard isDigit(scalars[index]), index == 0 || !isAttached(scalars[index - 1]) else {
        index += 1
        continue
      }
      if let end = matchEnd(scalars, from: index), end == scalars.count || !isAttached(scalars[end]) {
        result.append(DocumentNumber(start: index, end: end, surface: String(scalars: scalars[index..<end])))
        index = end
      } else {
        while index < scalars.count && isDigit(scalars[index]) { index += 1 }
      }
    }
    return result
  }

  /// The end of a number starting at `start`, trying the three shapes in turn.
  private static func matchEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
    var i = start
    let number = digits(s, &i, max: 4)
    guard number > 0, i < s.count else { return nil }
    if s[i] == "-" {
      // 57-NQ/TW: number, type code, issuing body.
      var j = i + 1
      guard capitals(s, &j, max: 5) >= 1, j < s.count, s[j] == "/" else { return nil }
      j += 1
      guard capitals(s, &j, max: 5) >= 2 else { return nil }
      return j
    }
    guard s[i] == "/" else { return nil }
    var j = i + 1
    let year = j
    if digits(s, &j, max: 4) == 4 {
      // 35/2021/QH15, 123/2020/NĐ-CP: number, year, type code or body (with a term number).
      guard j < s.count, s[j] == "/" else { return nil }
      j += 1
      guard capitals(s, &j, max: 5) >= 2 else { return nil }
      _ = digits(s, &j, max: 3)
      if j + 1 < s.count, s[j] == "-", isLetter(s[j + 1]) {
        j += 1
        _ = letters(s, &j, max: 6)
      }
      return j
    }
    // 323/QĐ-TTg: number, type code, issuing body (mixed case).
    j = year
    guard capitals(s, &j, max: 5) >= 2, j < s.count, s[j] == "-" else { return nil }
    j += 1
    guard letters(s, &j, max: 6) >= 2 else { return nil }
    return j
  }

  private static func digits(_ s: [Unicode.Scalar], _ i: inout Int, max: Int) -> Int {
    let start = i
    while i < s.count && i - start < max && isDigit(s[i]) { i += 1 }
    return i - start
  }

  private static func capitals(_ s: [Unicode.Scalar], _ i: inout Int, max: Int) -> Int {
    let start = i
    while i < s.count && i - start < max && (("A"..."Z").contains(s[i]) || s[i] == "Đ") { i += 1 }
    return i - start
  }

  private static func letters(_ s: [Unicode.Scalar], _ i: inout Int, max: Int) -> Int {
    let start = i
    while i < s.count && i - start < max && isLetter(s[i]) { i += 1 }
    return i - start
  }

  private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
  private static func isLetter(_ c: Unicode.Scalar) -> Bool { ("A"..."Z").contains(c) || ("a"..."z").contains(c) || c == "Đ" || c == "đ" }
  private static func isAttached(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isLetter(c) || c == "/" || c == "-" }
}
