import Namesake

/// Segments `text` as `language` and returns the segments' texts.
func segmentTexts(_ text: String, _ language: Language) throws -> [String] {
  let segmented = try segment(text, language)
  return segmented.segments.map { segmented.text(of: $0) }
}

func segment(_ text: String, _ language: Language) throws -> SegmentedDocument {
  try SentenceSegmenter(language: language).segments(in: Document(id: "test", text: text))
}

/// A row of a segmentation table: the input, the segments expected, and why the row exists.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
  var text: String
  var expected: [String]
  var why: String

  init(_ text: String, _ expected: [String], _ why: String) {
    self.text = text
    self.expected = expected
    self.why = why
  }

  var testDescription: String { why }
}

import Testing
