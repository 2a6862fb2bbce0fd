/// Proposals as JSON Lines, one object per proposal with its structured evidence, for tools and
/// for review beyond what a CSV note holds.
enum ProposalJSONL {
  static func render(_ proposals: [Proposal]) -> [UInt8] {
    var writer = JSONWriter()
    for proposal in proposals {
      writer.beginObject()
      writer.field("kind", proposal.kind.rawValue)
      writer.field("entity", proposal.entity)
      writer.field("entity_kind", proposal.entityKind.rawValue)
      writer.field("canonical", proposal.canonical)
      writer.field("new_entity", proposal.isNewEntity)
      if let name = proposal.name {
        writer.field("lang", name.language.rawValue)
        writer.field("form", name.form)
        writer.field("status", name.status.rawValue)
      } else {
        writer.nullField("lang")
        writer.nullField("form")
        writer.nullField("status")
      }
      writer.field("score", proposal.score)
      writer.field("source", proposal.sources.joined(separator: " "))
      writer.beginArray("tenures")
      for tenure in proposal.tenures {
        writer.beginObject()
        writer.field("person", tenure.person)
        writer.field("office", tenure.office)
        if let of = tenure.of { writer.field("of", of) } else { writer.nullField("of") }
        if let seenIn = tenure.seenIn { writer.field("seen_in", seenIn) } else { writer.nullField("seen_in") }
        writer.field("source", tenure.sources.joined(separator: " "))
        writer.endObject()
      }
      writer.endArray()
      writer.beginArray("remarks")
      for remark in proposal.remarks { writer.value(remark) }
      writer.endArray()
      writer.beginArray("evidence")
      for item in proposal.evidence {
        writer.beginObject()
        writer.field("doc", item.doc)
        writer.field("segment", item.segment)
        writer.field("start", item.start)
        writer.field("end", item.end)
        writer.field("surface", item.surface)
        writer.field("score", item.score)
        writer.endObject()
      }
      writer.endArray()
      writer.field("note", ProposalNote.text(proposal))
      writer.endObject()
      writer.newline()
    }
    return writer.bytes
  }
}
