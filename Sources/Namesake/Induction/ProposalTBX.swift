/// Proposals as TBX-Basic, ready for `namesake glossary import`: one concept entry per entity
/// touched, holding only what is proposed (forms, tenures) and the evidence as a concept note.
/// A known entity's entry repeats its canonical form, so import recognises it and adds only the
/// new forms and tenures (its note is not imported); a new entity's note becomes its note.
enum ProposalTBX {
  static func render(_ proposals: [Proposal], glossary: Glossary) -> String {
    var entities = [String: Entity]()
    var notes = [String: [String]]()
    /// The entry of a known entity: its canonical form and sources, nothing else.
    func entry(known id: String) -> Entity? {
      glossary[id].map { Entity(id: $0.id, kind: $0.kind, canonical: $0.canonical, sources: $0.sources) }
    }
    for proposal in proposals {
      let id = proposal.entity
      if entities[id] == nil {
        entities[id] = entry(known: id) ?? Entity(id: id, kind: proposal.entityKind, canonical: proposal.canonical, sources: Sources(proposal.sources))
      }
      let note = ProposalNote.text(proposal)
      if let name = proposal.name {
        entities[id]?.names.append(name)
        notes[id, default: []].append(proposal.isNewEntity ? note : "\(name.language.rawValue) \(name.form): \(note)")
      } else {
        notes[id, default: []].append(note)
      }
    }
    // Tenures go to the person's entry: a new person's own, or a known person's made for them.
    for proposal in proposals {
      for tenure in proposal.tenures {
        if entities[tenure.person] == nil { entities[tenure.person] = entry(known: tenure.person) }
        entities[tenure.person]?.tenures.append(Tenure(office: tenure.office, of: tenure.of, seenIn: tenure.seenIn, sources: Sources(tenure.sources)))
        if tenure.person != proposal.entity { notes[tenure.person, default: []].append("tenure as \(tenure.office): \(ProposalNote.text(proposal))") }
      }
    }
    for (id, lines) in notes { entities[id]?.note = lines.joined(separator: " | ") }
    return TBXGlossaryFormat.render(entities: entities.values.sorted { $0.id < $1.id })
  }
}
