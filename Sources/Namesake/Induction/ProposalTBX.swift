/// Proposals as TBX-Basic, ready for `namesake glossary import`: one concept entry per entity
/// touched, holding only what is proposed (forms, tenures) and the evidence as a concept note.
/// A known entity's entry repeats its canonical form, so import recognises it and adds only the
/// new forms and tenures (its note is not imported); a new entity's note becomes its note.
enum ProposalTBX {
  static func render(_ proposals: [Proposal], glossary: Glossary) -> String {
    var entities = [String: Entity]()
    var notes = [String: [String]]()
    func ensure(_ id: String, kind: EntityKind, canonical: String, sources: [String]) {
      guard entities[id] == nil else { return }
      if let known = glossary[id] {
        entities[id] = Entity(id: known.id, kind: known.kind, canonical: known.canonical, sources: known.sources)
      } else {
        entities[id] = Entity(id: id, kind: kind, canonical: canonical, sources: Sources(sources))
      }
    }
    for proposal in proposals {
      ensure(proposal.entity, kind: proposal.entityKind, canonical: proposal.canonical, sources: proposal.sources)
      let note = ProposalNote.text(proposal)
      if let name = proposal.name {
        entities[proposal.entity]?.names.append(name)
        notes[proposal.entity, default: []].append(proposal.isNewEntity ? note : "\(name.language.rawValue) \(name.form): \(note)")
      } else {
        notes[proposal.entity, default: []].append(note)
      }
      for tenure in proposal.tenures {
        // A tenure of a known person proposed with a new office lives in the person's entry.
        ensure(tenure.person, kind: .person, canonical: tenure.person, sources: tenure.sources)
        entities[tenure.person]?.tenures.append(
          Tenure(office: tenure.office, of: tenure.of, seenIn: tenure.seenIn, sources: Sources(tenure.sources)))
        if tenure.person != proposal.entity { notes[tenure.person, default: []].append("tenure as \(tenure.office): \(note)") }
      }
    }
    for (id, lines) in notes { entities[id]?.note = lines.joined(separator: " | ") }
    return TBXGlossaryFormat.render(entities: entities.values.sorted { $0.id < $1.id })
  }
}
