import FuzzSupport
import Namesake

// Bytes → Document (UTF-8 decoding, checked against the standard library's validator) → sentence
// segmentation in every language; the segments, the whitespace between them and the leading
// whitespace must tile the document byte for byte, with consistent offsets in all three units.

private let segmenters: [SentenceSegmenter] = Language.allCases.compactMap { try? SentenceSegmenter(language: $0) }
private let uncorrectedSegmenters: [SentenceSegmenter] =
  Language.allCases.compactMap { try? SentenceSegmenter(language: $0, appliesCorrections: false) }

/// Makes the segmenters before fuzzing starts: compiling their patterns allocates memory the
/// standard library's regex parser never frees, which would count as a leak of the first input.
@_cdecl("LLVMFuzzerInitialize")
public func prepareSegmenter(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
  invariant(segmenters.count == Language.allCases.count && uncorrectedSegmenters.count == Language.allCases.count, "a segmenter could not be made")
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = inputBytes(data, size)
  guard let document = decodedDocument(bytes) else { return 0 }
  for segmenter in segmenters { checkTiling(segmenter, document) }
  // ICU's own boundaries, in one language chosen by the input, so each input costs five runs.
  checkTiling(uncorrectedSegmenters[bytes.count % uncorrectedSegmenters.count], document)
  return 0
}

/// The document, or nil when it is refused; refusals must match what the bytes are.
private func decodedDocument(_ bytes: [UInt8]) -> Document? {
  let validated = String(validating: bytes, as: UTF8.self)
  do {
    let document = try Document(id: "fuzz", origin: "fuzz", utf8: bytes)
    invariant(validated != nil, "accepted invalid UTF-8")
    invariant(!bytes.contains(0), "accepted a NUL byte")
    invariant(document.utf16 == Array((validated ?? "").utf16), "UTF-16 differs from the standard library's decoding")
    invariant(document.scalarCount == (validated ?? "").unicodeScalars.count, "scalar count differs")
    return document
  } catch {
    switch error {
    case .invalidUTF8(_, let byteOffset):
      invariant(validated == nil, "refused valid UTF-8 at byte \(byteOffset)")
      invariant(!bytes.contains(0), "invalid UTF-8 reported for bytes with a NUL, which makes them binary")
      invariant(byteOffset >= 0 && byteOffset < bytes.count, "bad byte offset \(byteOffset) of \(bytes.count)")
      invariant(String(validating: bytes[..<byteOffset], as: UTF8.self) != nil, "bytes before offset \(byteOffset) are not valid")
    case .binary(_, let byteOffset):
      // Binary data is checked before UTF-8: refused at its first NUL, whatever comes before it.
      invariant(byteOffset >= 0 && byteOffset < bytes.count && bytes[byteOffset] == 0, "binary refusal at byte \(byteOffset), which is not a NUL")
      invariant(!bytes[..<byteOffset].contains(0), "a NUL before byte \(byteOffset)")
    case .utf16: break
    default: invariant(false, "unexpected refusal: \(error)")
    }
    return nil
  }
}

private func checkTiling(_ segmenter: SentenceSegmenter, _ document: Document) {
  let label = "\(segmenter.language.rawValue)\(segmenter.appliesCorrections ? "" : " (ICU only)")"
  let segmented: SegmentedDocument
  do {
    segmented = try segmenter.segments(in: document)
  } catch {
    invariant(false, "\(label): segmentation failed: \(error)")
    return
  }
  var next = segmented.leading
  invariant(next.utf8.lowerBound == 0 && next.utf16.lowerBound == 0 && next.scalars.lowerBound == 0, "\(label): leading does not start at 0")
  var rebuilt = [UInt8]()
  func append(_ range: TextRange, _ what: String) {
    invariant(range.utf8.lowerBound == rebuilt.count, "\(label): \(what) starts at byte \(range.utf8.lowerBound), expected \(rebuilt.count)")
    invariant(range.utf8.upperBound <= document.utf8.count, "\(label): \(what) ends past the text")
    let bytes = Array(document.utf8[range.utf8])
    let units = Array(document.utf16[range.utf16])
    let text = String(decoding: bytes, as: UTF8.self)
    invariant(Array(text.utf16) == units, "\(label): \(what) has UTF-8 and UTF-16 ranges that disagree")
    invariant(text.unicodeScalars.count == range.scalars.count, "\(label): \(what) has a wrong scalar range")
    rebuilt += bytes
  }
  append(next, "leading")
  invariant(segmented.leading.isEmpty || segmented.document.text(in: next).unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0 == "\u{FEFF}" },
    "\(label): leading text is not whitespace")
  for (index, segment) in segmented.segments.enumerated() {
    invariant(segment.index == index, "\(label): segment \(index) numbered \(segment.index)")
    invariant(!segment.range.isEmpty, "\(label): segment \(index) is empty")
    invariant(segment.range.scalars.lowerBound == next.scalars.upperBound && segment.range.utf16.lowerBound == next.utf16.upperBound,
      "\(label): segment \(index) does not follow the previous range")
    append(segment.range, "segment \(index)")
    let text = segmented.text(of: segment).unicodeScalars
    invariant(!(text.first?.properties.isWhitespace ?? true) && !(text.last?.properties.isWhitespace ?? true),
      "\(label): segment \(index) is not trimmed")
    append(segment.trailing, "gap after segment \(index)")
    invariant(segmented.document.text(in: segment.trailing).unicodeScalars.allSatisfy(\.properties.isWhitespace),
      "\(label): text between segments \(index) and \(index + 1)")
    next = segment.trailing
  }
  invariant(rebuilt == document.utf8, "\(label): segments do not tile the text (\(rebuilt.count) of \(document.utf8.count) bytes)")
  invariant(next.utf16.upperBound == document.utf16.count && next.scalars.upperBound == document.scalarCount, "\(label): ranges end early")
}
