/// A whole-line regular expression from the language data ("Comment \(\d+\)").
struct LinePattern: @unchecked Sendable {
  // Regex is immutable once built; @unchecked because its type is not declared Sendable.
  private let regex: Regex<AnyRegexOutput>
  let source: String

  init(_ source: String, file: String) throws(SegmentationError) {
    do {
      regex = try Regex(source)
    } catch {
      throw .invalidPattern(file: file, pattern: source)
    }
    self.source = source
  }

  func matches(_ units: ArraySlice<UInt16>) -> Bool {
    matches(String(decoding: units, as: UTF16.self))
  }

  func matches(_ text: String) -> Bool {
    (try? regex.wholeMatch(in: text)) != nil
  }
}
