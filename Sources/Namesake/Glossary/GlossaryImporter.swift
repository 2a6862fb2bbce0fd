import Foundation

/// Merges an imported glossary file into a glossary directory, all or nothing.
public enum GlossaryImporter {
  public struct Summary: Sendable, Equatable {
    public var entitiesAdded: Int
    public var namesAdded: Int
    public var tenuresAdded: Int
    public var relationsAdded: Int

    public init(entitiesAdded: Int, namesAdded: Int, tenuresAdded: Int, relationsAdded: Int) {
      self.entitiesAdded = entitiesAdded
      self.namesAdded = namesAdded
      self.tenuresAdded = tenuresAdded
      self.relationsAdded = relationsAdded
    }
  }

  /// Adds what `imported` holds and `directory` lacks; if the merged glossary has any problem,
  /// throws them all and writes nothing.
  public static func importRecords(_ imported: GlossaryRecords, into directory: String) throws(GlossaryError) -> Summary {
    let existing = try TSVGlossaryFormat.read(directory: directory)
    if !existing.issues.isEmpty { throw .invalid(existing.issues) }
    var merged = existing
    merged.issues += imported.issues
    let known = Dictionary(existing.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var summary = Summary(entitiesAdded: 0, namesAdded: 0, tenuresAdded: 0, relationsAdded: 0)
    for record in imported.entities {
      if let current = known[record.id], current.kind == record.kind, current.canonical == record.canonical { continue }
      merged.entities.append(record)  // a conflicting duplicate is reported by validation
      summary.entitiesAdded += 1
    }
    var names = Set(existing.names.map { "\($0.entity)\t\($0.language)\t\($0.form)" })
    for record in imported.names where names.insert("\(record.entity)\t\(record.language)\t\(record.form)").inserted {
      merged.names.append(record)
      summary.namesAdded += 1
    }
    var tenures = Set(existing.tenures.map { [$0.person, $0.office, $0.of, $0.from, $0.to, $0.seenIn].joined(separator: "\t") })
    for record in imported.tenures
    where tenures.insert([record.person, record.office, record.of, record.from, record.to, record.seenIn].joined(separator: "\t")).inserted {
      merged.tenures.append(record)
      summary.tenuresAdded += 1
    }
    var relations = Set(existing.relations.map { [$0.subject, $0.relation, $0.object, $0.date].joined(separator: "\t") })
    for record in imported.relations
    where relations.insert([record.subject, record.relation, record.object, record.date].joined(separator: "\t")).inserted {
      merged.relations.append(record)
      summary.relationsAdded += 1
    }
    let glossary = try GlossaryBuilder.build(merged)
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    let files = TSVGlossaryFormat.render(glossary)
    // Write every file to a temporary name first, then rename them all: a failure leaves the old files.
    var written = [(String, String)]()
    do {
      for (name, text) in files.sorted(by: { $0.key < $1.key }) {
        let temporary = base + ".\(name).importing"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        written.append((temporary, base + name))
      }
      for (temporary, final) in written where rename(temporary, final) != 0 {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: final])
      }
    } catch {
      for (temporary, _) in written { try? FileManager.default.removeItem(atPath: temporary) }
      throw .unreadable(path: directory, reason: "cannot write: \((error as NSError).localizedDescription)")
    }
    return summary
  }
}
