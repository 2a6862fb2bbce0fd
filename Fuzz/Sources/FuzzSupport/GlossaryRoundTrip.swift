import Foundation
import Namesake

/// What every glossary target checks once a format's records are read: validation either throws
/// or gives a glossary, and a glossary survives export to each format and back (CSV keeps
/// entities and names only), then indexes and matches its own forms.
public func checkGlossary(_ records: GlossaryRecords, origin: String) {
  let glossary: Glossary
  do {
    glossary = try GlossaryBuilder.build(records)
  } catch {
    // Rejected with problems located at file:line: what a loader must do with bad input.
    if case .invalid(let issues) = error { invariant(!issues.isEmpty, "\(origin): invalid with no issue") }
    return
  }
  checkTSVRoundTrip(glossary, origin: origin)
  checkTBXRoundTrip(glossary, origin: origin)
  checkCSVRoundTrip(glossary, origin: origin)
  checkSelfMatching(glossary)
}

func checkTSVRoundTrip(_ glossary: Glossary, origin: String) {
  var records = GlossaryRecords()
  for (name, text) in TSVGlossaryFormat.render(glossary).sorted(by: { $0.key < $1.key }) {
    do {
      try TSVGlossaryFormat.read(Data(text.utf8), file: name, name: name, into: &records)
    } catch {
      invariant(false, "\(origin): rendered \(name) does not read back: \(error)")
    }
  }
  compare(glossary, reloaded(records, "TSV", origin), "TSV", origin, tenuresAndRelations: true)
}

func checkTBXRoundTrip(_ glossary: Glossary, origin: String) {
  checkExportRoundTrip(glossary, "TBX", origin, tenuresAndRelations: true) {
    try TBXGlossaryFormat.read(Data(TBXGlossaryFormat.render(glossary).utf8), file: "export.tbx")
  }
}

func checkCSVRoundTrip(_ glossary: Glossary, origin: String) {
  checkExportRoundTrip(glossary, "CSV", origin, tenuresAndRelations: false) {
    try CSVGlossaryFormat.read(Data(CSVGlossaryFormat.render(glossary).utf8), file: "export.csv")
  }
}

/// The glossary exported in `format` and read back (`readExport`) must be itself.
private func checkExportRoundTrip(
  _ glossary: Glossary, _ format: String, _ origin: String, tenuresAndRelations: Bool, _ readExport: () throws -> GlossaryRecords
) {
  let records: GlossaryRecords
  do {
    records = try readExport()
  } catch {
    invariant(false, "\(origin): rendered \(format) does not read back: \(error)")
    return
  }
  compare(glossary, reloaded(records, format, origin), format, origin, tenuresAndRelations: tenuresAndRelations)
}

private func reloaded(_ records: GlossaryRecords, _ format: String, _ origin: String) -> Glossary? {
  do {
    return try GlossaryBuilder.build(records)
  } catch {
    invariant(false, "\(origin): a valid glossary exported as \(format) is invalid when read back: \(error)")
    return nil
  }
}

private func compare(_ a: Glossary, _ b: Glossary?, _ format: String, _ origin: String, tenuresAndRelations: Bool) {
  guard let b else { return }
  invariant(a.entities.map(\.id) == b.entities.map(\.id), "\(origin): \(format) round trip changed the entity ids")
  for (x, y) in zip(a.entities, b.entities) {
    let label = "\(origin): \(format) round trip changed \(x.id)"
    invariant(x.kind == y.kind && x.canonical == y.canonical, "\(label): \(x.canonical.debugDescription) → \(y.canonical.debugDescription)")
    invariant(x.sources == y.sources, "\(label): sources \(x.sources.items) → \(y.sources.items)")
    invariant(x.note == y.note, "\(label): note \(x.note.debugDescription) → \(y.note.debugDescription)")
    let (before, after) = (Set(x.names), Set(y.names))
    invariant(before == after, "\(label): names \(before.subtracting(after)) became \(after.subtracting(before))")
    if tenuresAndRelations {
      invariant(x.tenures == y.tenures, "\(label): tenures \(x.tenures) → \(y.tenures)")
      invariant(x.relations == y.relations, "\(label): relations \(x.relations) → \(y.relations)")
    }
  }
}

/// Indexes the glossary and matches a text made of its own forms.
func checkSelfMatching(_ glossary: Glossary) {
  let matcher = GlossaryMatcher(glossary: glossary)
  var text = ""
  for entity in glossary.entities.prefix(64) {
    text += entity.canonical + " · "
    for name in entity.names.prefix(4) { text += name.form + "、" }
  }
  for language in [Language.english, .swedish, .japanese] {
    checkMatches(matcher.matches(in: text, language: language), in: text, language: language)
  }
}
