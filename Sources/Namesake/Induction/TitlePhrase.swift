/// A title phrase the glossary does not know, next to a person's name.
struct TitlePhrase: Sendable, Hashable {
  /// A known place inside the phrase, which may be the office's slot (ハノイ市党委員会書記).
  struct Place: Sendable, Hashable {
    var entity: String
    /// The place as written, with a Swedish genitive -s when it has one.
    var range: Range<Int>
    var isGenitive: Bool
  }

  var range: Range<Int>
  var text: String
  /// The phrase's words (Japanese: the phrase itself).
  var words: [String]
  var language: Language
  var places: [Place]

  /// The phrase with `place` as a slot: "{place}市党委員会書記", "sekreterare för {place:gen} stadspartikommitté".
  func form(slotting place: Place?) -> String {
    guard let place else { return text }
    let before = text.unicodeScalars.prefix(place.range.lowerBound - range.lowerBound)
    let after = text.unicodeScalars.dropFirst(place.range.upperBound - range.lowerBound)
    return String(String.UnicodeScalarView(before)) + (place.isGenitive ? "{place:gen}" : "{place}") + String(String.UnicodeScalarView(after))
  }
}

extension LinkedDocument {
  /// Known places wholly inside `range`.
  func places(in range: Range<Int>) -> [TitlePhrase.Place] {
    mentions.compactMap { mention in
      guard mention.kind == .place, let entity = mention.entity else { return nil }
      let genitive = mention.flags.contains("genitive")
      let span = mention.start..<LinkedDocument.end(of: mention, scalars)
      return range.contains(span.lowerBound) && span.upperBound <= range.upperBound
        ? TitlePhrase.Place(entity: entity, range: span, isGenitive: genitive) : nil
    }
  }
}
