import Namesake
import Testing

/// Invariants of segmentation on random text, checked for every language.
@Suite("Segmentation invariants")
struct LosslessSegmentationTests {
  /// Pieces random documents are built from: astral characters, combining marks, lone CR, CRLF,
  /// mixed scripts, abbreviations, brackets and quotes, BOMs and separators.
  static let pieces: [String] = [
    "a", "Word", " ", "  ", ".", "!", "?", "\n", "\r", "\r\n", "\n\n", "\u{2028}", "\u{2029}", "\u{85}",
    "。", "「", "」", "（", "）", "“", "”", "\"", "…", "...", "𝐀", "😀", "e\u{301}", "\u{301}", "\u{FEFF}",
    "\t", "\u{3000}", "\u{A0}", "U.S.", "t.ex.", "No.", "nr.", "Gen.", "A.", "I.", "1964", "7.1%", "57-NQ/TW",
    "Nguyễn", "Tô Lâm", "グエン・タイン", "書記長", "år", "Källa: x", "Comment (0)", "https://x.vn/a.b", "(1)",
    "はい", "と", "The", "det", "5", "-", ",", ":",
  ]

  @Test(arguments: Language.allCases)
  func randomDocumentsAreTiledExactly(_ language: Language) throws {
    let segmenter = try SentenceSegmenter(language: language)
    var generator = SplitMix64(seed: language.rawValue.utf8.reduce(0x5EED) { $0 &* 31 &+ UInt64($1) })
    for caseIndex in 0..<400 {
      let count = Int(generator.next() % 40)
      var text = ""
      for _ in 0..<count { text += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
      let segmented = try segmenter.segments(in: Document(id: "case\(caseIndex)", text: text))
      checkInvariants(segmented, text: text, label: "\(language.rawValue) case \(caseIndex): \(text.debugDescription)")
    }
  }

  @Test func emptyDocumentHasNoSegments() throws {
    for language in Language.allCases {
      #expect(try segment("", language).segments.isEmpty)
      #expect(try segment("\u{FEFF} \n\r\n\u{3000}", language).segments.isEmpty)
    }
  }

  @Test func byteOrderMarkIsLeadingAndOffsetsCountIt() throws {
    let segmented = try segment("\u{FEFF}Hello. World.", .english)
    #expect(segmented.document.text(in: segmented.leading) == "\u{FEFF}")
    #expect(segmented.segments.map(\.range.scalars) == [1..<7, 8..<14])
  }

  @Test func carriageReturnsAreHardBoundaries() throws {
    #expect(try segmentTexts("One\r\nTwo\rThree", .english) == ["One", "Two", "Three"])
  }
}

/// Segments are ordered, non-empty, non-overlapping and trimmed; everything else is whitespace;
/// the records' texts reproduce the document; scalar offsets index the original scalars.
func checkInvariants(_ segmented: SegmentedDocument, text: String, label: String) {
  let scalars = Array(text.unicodeScalars)
  let document = segmented.document
  var rebuilt = document.text(in: segmented.leading)
  var previousEnd = segmented.leading.scalars.upperBound
  #expect(segmented.leading.scalars.lowerBound == 0, "\(label)")
  for (index, segment) in segmented.segments.enumerated() {
    let range = segment.range.scalars
    #expect(segment.index == index, "\(label)")
    #expect(!range.isEmpty, "\(label): empty segment \(index)")
    #expect(range.lowerBound == previousEnd, "\(label): segment \(index) does not follow the gap")
    let segmentText = segmented.text(of: segment)
    #expect(String(String.UnicodeScalarView(scalars[range])) == segmentText, "\(label): offsets of \(index)")
    #expect(segmentText.unicodeScalars.first.map { !$0.properties.isWhitespace } ?? false, "\(label): leading space")
    #expect(segmentText.unicodeScalars.last.map { !$0.properties.isWhitespace } ?? false, "\(label): trailing space")
    let gap = document.text(in: segment.trailing)
    #expect(
      gap.unicodeScalars.allSatisfy { $0.properties.isWhitespace }, "\(label): non-space between segments")
    rebuilt += segmentText + gap
    previousEnd = segment.trailing.scalars.upperBound
  }
  if segmented.segments.isEmpty {
    #expect(
      text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" },
      "\(label): text without segments")
  } else {
    #expect(rebuilt == text, "\(label): not lossless")
    #expect(previousEnd == scalars.count, "\(label)")
  }
}
