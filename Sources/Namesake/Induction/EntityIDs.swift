/// Mints ids for new entities in the glossary's style (glossary/README.md): the kind's prefix and
/// a slug of the canonical form in lowercase ASCII, "the" dropped, apostrophes dropped
/// ("Chairman of the City People's Committee" → office/chairman-of-city-peoples-committee).
struct EntityIDs {
  private let glossary: Glossary
  /// Ids handed out so far, with the key they were handed out for.
  private var minted: [String: String] = [:]
  private let normalizer = MatchNormalizer()

  init(glossary: Glossary) { self.glossary = glossary }

  /// The id for a new entity; the same key gets the same id, and an id the glossary or another
  /// proposal holds gets a numeric suffix (-2, -3 …).
  mutating func id(kind: EntityKind, canonical: String, key: String) -> String {
    let base = kind.idPrefix + "/" + slug(canonical)
    var candidate = base
    var suffix = 2
    while glossary[candidate] != nil || (minted[candidate] != nil && minted[candidate] != key) {
      candidate = "\(base)-\(suffix)"
      suffix += 1
    }
    minted[candidate] = key
    return candidate
  }

  func slug(_ text: String) -> String {
    let folded = normalizer.normalize(text).text.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "’", with: "")
    let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.filter { $0 != "the" }
    let slug = words.joined(separator: "-")
    return slug.isEmpty ? "unnamed" : slug
  }
}
