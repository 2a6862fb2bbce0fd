/// The reviewer's note for a proposal, one line: the score, where it was seen, the tenures it
/// implies and the remarks ("score 0.93; seen in 002 segment 0 ('…'), 004 segment 7 ('…')").
enum ProposalNote {
  /// Occurrences named in full; the rest are counted.
  static let listedEvidence = 3
  /// Quoted text is cut to this many characters.
  static let quoteLength = 60

  static func text(_ proposal: Proposal) -> String {
    var parts = ["score \(JSONWriter.format(proposal.score))"]
    let listed = proposal.evidence.prefix(listedEvidence).map { "\(shortID($0.doc)) segment \($0.segment) ('\(quote($0.surface))')" }
    var seen = "seen in " + listed.joined(separator: ", ")
    if proposal.evidence.count > listedEvidence { seen += " and \(proposal.evidence.count - listedEvidence) more" }
    parts.append(seen)
    for tenure in proposal.tenures {
      let place = tenure.of.map { " of \($0)" } ?? ""
      parts.append("tenure: \(tenure.person) as \(tenure.office)\(place)")
    }
    parts += proposal.remarks
    return parts.joined(separator: "; ")
  }

  /// "002" for a sample document, else the document id.
  static func shortID(_ doc: String) -> String { DocumentCitation.sampleID(of: doc) ?? doc }

  private static func quote(_ text: String) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return flat.count <= quoteLength ? flat : String(flat.prefix(quoteLength - 1)) + "…"
  }
}
