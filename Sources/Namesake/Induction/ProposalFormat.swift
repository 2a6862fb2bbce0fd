/// The formats `namesake induce` writes proposals in.
public enum ProposalFormat: String, CaseIterable, Sendable {
  /// Glossary CSV with the evidence in `note`: importable with `namesake glossary import`.
  case csv
  /// TBX-Basic with the evidence in concept notes and proposed tenures: importable.
  case tbx
  /// JSON Lines with structured evidence: for tools, not for import.
  case jsonl

  /// The proposals in this format; deterministic for the same proposals.
  public func render(_ proposals: [Proposal], glossary: Glossary) -> [UInt8] {
    switch self {
    case .csv: return Array(ProposalCSV.render(proposals).utf8)
    case .tbx: return Array(ProposalTBX.render(proposals, glossary: glossary).utf8)
    case .jsonl: return ProposalJSONL.render(proposals)
    }
  }
}
