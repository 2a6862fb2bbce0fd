/// Proposals as glossary CSV (the header of `namesake glossary export --format csv`), ready for
/// `namesake glossary import`: a new entity gets its declaration row (with its source and the
/// note) before its name rows; a form for a known entity is one name row with the note.
///
/// CSV has no tenures: a proposed tenure is in the note only (TBX carries it).
enum ProposalCSV {
  static func render(_ proposals: [Proposal]) -> String {
    var text = CSVGlossaryFormat.header
    for proposal in proposals {
      let base = [proposal.entity, proposal.entityKind.rawValue, proposal.canonical]
      let note = ProposalNote.text(proposal)
      if proposal.isNewEntity {
        text += CSVGlossaryFormat.row(base + ["", "", "", "", proposal.sources.joined(separator: " "), note])
      }
      if let name = proposal.name {
        let status = name.status == .admitted ? "" : name.status.rawValue
        text += CSVGlossaryFormat.row(
          base + [name.language.rawValue, name.form, status, name.isAmbiguous ? "yes" : "", name.sources.text, proposal.isNewEntity ? "" : note])
      }
    }
    return text
  }
}
