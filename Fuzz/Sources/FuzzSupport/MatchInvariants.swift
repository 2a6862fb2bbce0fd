import Namesake

/// Glossary matches are in the text, ordered, non-overlapping and non-empty, and name at least
/// one glossary form.
public func checkMatches(_ matches: [GlossaryMatch], in text: String, language: Language) {
  let scalarCount = text.unicodeScalars.count
  var previousEnd = 0
  for match in matches {
    let label = "\(language.rawValue) match \(match.start)..<\(match.end) (+\(match.endWithSuffix)) in \(scalarCount) scalars"
    invariant(match.start >= previousEnd, "\(label): overlaps the previous match, which ended at \(previousEnd)")
    invariant(match.start < match.end && match.end <= match.endWithSuffix && match.endWithSuffix <= scalarCount, "\(label): out of bounds or empty")
    invariant(!match.candidates.isEmpty, "\(label): no candidate")
    previousEnd = match.endWithSuffix
  }
}
