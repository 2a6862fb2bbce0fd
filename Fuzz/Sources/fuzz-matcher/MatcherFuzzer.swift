import Foundation
import FuzzSupport
import Namesake

// Input: glossary forms, one per line, then a blank line, then a text (without a blank line the
// whole input is the text). The forms are indexed and matched against the text, and the
// automaton's occurrences are compared with a naive search; the text is also linked against the
// built-in glossary. Matches and mentions must lie in the text, ordered and non-overlapping.

/// One aligner per language over the built-in glossary, each run once before fuzzing starts so
/// that what is built on first use (segmenters, compiled patterns) is not counted as a leak.
private let aligners: [Language: Aligner] = {
  var aligners = [Language: Aligner]()
  do {
    let aligner = try Aligner(glossary: GlossaryLoader.load(repositoryRoot.appendingPathComponent("glossary").path))
    for language in Language.allCases {
      aligners[language] = try aligner.forcing(language)
      _ = try aligners[language]?.align(Document(id: "warm-up", text: "Tô Lâm. トー・ラム書記長は. Källa: x\n"))
    }
  } catch {
    print("fuzz-matcher: cannot prepare the built-in glossary: \(error)")
  }
  return aligners
}()
private let identifier = try? LanguageIdentifier()

@_cdecl("LLVMFuzzerInitialize")
public func prepareMatcher(_ argc: UnsafeMutablePointer<CInt>?, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>?) -> CInt {
  invariant(aligners.count == Language.allCases.count && identifier != nil, "the built-in glossary or language data did not load")
  return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMatcher(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = String(decoding: inputBytes(data, size), as: UTF8.self)
  var forms = [String]()
  var text = input
  if let blank = input.range(of: "\n\n") {
    forms = input[..<blank.lowerBound].split(separator: "\n").prefix(64).map(String.init)
    text = String(input[blank.upperBound...])
  }
  if !forms.isEmpty {
    let matcher = GlossaryMatcher(
      candidates: forms.enumerated().map { .init(entity: "e/\($0.offset)", language: .english, form: $0.element, status: .admitted, isCanonical: false) })
    for language in [Language.english, .swedish, .japanese] {
      checkMatches(matcher.matches(in: text, language: language), in: text, language: language)
    }
    checkAutomaton(forms: forms, text: text)
  }
  checkMentions(text)
  return 0
}

/// Every occurrence the automaton reports, and only those, by a naive search: in order of end,
/// longer first; equal patterns reported once, as the first of them.
private func checkAutomaton(forms: [String], text: String) {
  let normalizer = MatchNormalizer()
  var patterns = PatternSet()
  let normalizedForms = forms.map { normalizer.normalize($0).scalars }
  for form in normalizedForms { patterns.append(form) }
  let automaton = AhoCorasickAutomaton(patterns: patterns)
  let scalars = normalizer.normalize(text).scalars
  var found = [(end: Int, pattern: Int)]()
  automaton.forEachOccurrence(in: scalars) { found.append(($0, $1)) }

  var expected = [(end: Int, pattern: Int)]()
  let representatives = normalizedForms.indices.filter { index in
    !normalizedForms[index].isEmpty && normalizedForms.firstIndex(of: normalizedForms[index]) == index
  }
  for end in 0...scalars.count {
    for pattern in representatives.sorted(by: { normalizedForms[$0].count > normalizedForms[$1].count }) {
      let form = normalizedForms[pattern]
      if form.count <= end && scalars[(end - form.count)..<end].elementsEqual(form) { expected.append((end, pattern)) }
    }
  }
  invariant(found.map(\.end) == expected.map(\.end), "automaton occurrences end at \(found.map(\.end)), expected \(expected.map(\.end))")
  invariant(found.map(\.pattern) == expected.map(\.pattern), "automaton occurrences are \(found), expected \(expected)")
  for pattern in representatives {
    let equal = normalizedForms.indices.filter { normalizedForms[$0] == normalizedForms[pattern] }
    invariant(automaton.equalPatterns(pattern) == equal, "pattern \(pattern) equals \(equal), automaton says \(automaton.equalPatterns(pattern))")
  }
}

/// Links the text against the built-in glossary and checks mentions and findings against the
/// segments.
private func checkMentions(_ text: String) {
  let document = Document(id: "fuzz", text: text)
  // The identified language, else one chosen by the input: every text gets segmented and linked.
  let identified = (try? identifier?.identify(document)) ?? nil
  let language = identified ?? Language.allCases[text.utf8.count % Language.allCases.count]
  guard let aligner = aligners[language] else { return }
  let aligned: AlignedDocument?
  do {
    aligned = try aligner.align(document)
  } catch {
    invariant(false, "\(language.rawValue): alignment failed: \(error)")
    return
  }
  guard let aligned else { return }
  let scalars = Array(text.unicodeScalars)
  let segments = aligned.segmented.segments
  var previousEnd = 0
  for mention in aligned.mentions {
    let label = "mention \(mention.start)..<\(mention.end) \(mention.surface.debugDescription)"
    invariant(mention.start >= previousEnd, "\(label) overlaps the previous one, which ended at \(previousEnd)")
    invariant(mention.start < mention.end && mention.end <= scalars.count, "\(label) is empty or out of bounds (\(scalars.count))")
    previousEnd = mention.end
    invariant(scalarSlice(scalars, mention.start..<mention.end) == mention.surface, "\(label): surface is not the text")
    invariant(segments.contains { $0.range.scalars.lowerBound <= mention.start && mention.end <= $0.range.scalars.upperBound }, "\(label) crosses a segment")
    for title in mention.titles {
      invariant(title.start < title.end && title.end <= scalars.count, "\(label): title \(title.start)..<\(title.end) out of bounds")
      invariant(scalarSlice(scalars, title.start..<title.end) == title.surface, "\(label): title surface is not the text")
    }
    for id in [mention.entity].compactMap({ $0 }) + mention.candidates {
      invariant(aligner.linker.glossary[id] != nil, "\(label): links to \(id), which the glossary lacks")
    }
  }
  for finding in aligned.findings {
    invariant(finding.start <= finding.end && finding.end <= scalars.count, "finding \(finding.check) \(finding.start)..<\(finding.end) out of bounds")
    invariant(segments.indices.contains(finding.segment), "finding \(finding.check) in segment \(finding.segment) of \(segments.count)")
  }
}
