/// Validates glossary records and assembles a `Glossary`, reporting every problem at once.
public enum GlossaryBuilder {
  /// The glossary, or every problem with its `file:line` and field.
  public static func build(_ records: GlossaryRecords) throws(GlossaryError) -> Glossary {
    try build(records, parallelFrom: parallelCount)
  }

  /// Work is split over two cores from `threshold` name lines on (a parameter for tests).
  static func build(_ records: GlossaryRecords, parallelFrom threshold: Int) throws(GlossaryError) -> Glossary {
    // The field checks read only the records, so they run on another core meanwhile.
    let (fieldProblems, (problems, sorted, forms)) = concurrently(
      if: records.names.count >= threshold, { fieldIssues(records) }, { validated(records, parallelFrom: threshold) })
    let issues = records.issues + fieldProblems + problems
    if !issues.isEmpty {
      throw .invalid(issues.sorted { ($0.file, $0.line, $0.field) < ($1.file, $1.line, $1.field) })
    }
    return Glossary(sorted: sorted, normalizedForms: forms)
  }

  /// Records from which loading uses a second core (the built-in glossary has a few hundred).
  static let parallelCount = 10_000

  /// The problems of the records but those of their fields' text, the entities sorted by id,
  /// and their normalised forms (see `Glossary.normalizedForms`).
  private static func validated(_ records: GlossaryRecords, parallelFrom threshold: Int) -> ([GlossaryIssue], [Entity], PatternSet) {
    var issues = [GlossaryIssue]()
    func issue(_ location: RecordLocation, _ field: String, _ message: String) {
      issues.append(GlossaryIssue(file: location.file, line: location.line, field: field, message: message))
    }

    // Entities in record order, found by id through `positions`: one hash per lookup, and facts
    // appended in place (a dictionary of entities took three lookups and a copy per name).
    var entities = [Entity]()
    var entityLocations = [RecordLocation]()
    var positions = [String: Int](minimumCapacity: records.entities.count)
    func kind(of id: String) -> EntityKind? { positions[id].map { entities[$0].kind } }
    for record in records.entities {
      checkTrimmed(["canonical": record.canonical], record.location, &issues)
      let sources = checkedSources(record.sources, record.location, &issues)
      guard let kind = EntityKind(rawValue: record.kind) else {
        issue(record.location, "kind", "unknown kind '\(record.kind)'; expected one of \(EntityKind.allCases.map(\.rawValue).joined(separator: ", "))")
        continue
      }
      if plainIDIsValid(record.id, kind: kind) != true, let message = idProblem(record.id, kind: kind) { issue(record.location, "id", message) }
      if isBlank(record.canonical) { issue(record.location, "canonical", "empty canonical form") }
      if let first = positions[record.id].map({ entityLocations[$0] }) {
        issue(record.location, "id", "duplicate id '\(record.id)' (first at \(first.file):\(first.line))")
        continue
      }
      positions[record.id] = entities.count
      entityLocations.append(record.location)
      // Line breaks in a note become spaces; whitespace around it means nothing, and TBX would drop it.
      let note = String(singleLine(record.note).trimmingWhitespace)
      entities.append(Entity(id: record.id, kind: kind, canonical: record.canonical, sources: sources, note: note))
    }

    let (names, nameIssues) = checkedNames(records.names, positions: positions, kinds: entities.map(\.kind), parallelFrom: threshold)
    issues += nameIssues
    for (position, entityNames) in names.enumerated() { entities[position].names = entityNames }

    for record in records.tenures {
      let sources = checkedSources(record.sources, record.location, &issues)
      guard checkReference(record.person, as: [.person], field: "person", record.location, kind(of:), &issues),
        checkReference(record.office, as: [.office], field: "office", record.location, kind(of:), &issues),
        let person = positions[record.person]
      else { continue }
      if !record.of.isEmpty {
        _ = checkReference(record.of, as: [.place, .organization], field: "of", record.location, kind(of:), &issues)
      }
      let from = checkedDate(record.from, field: "from", record.location, &issues)
      let to = checkedDate(record.to, field: "to", record.location, &issues)
      if let from, let to, to < from { issue(record.location, "to", "ends (\(to)) before it starts (\(from))") }
      if !record.seenIn.isEmpty && !isSampleID(record.seenIn) {
        issue(record.location, "seen_in", "expected a sample document id such as 002, found '\(record.seenIn)'")
      }
      entities[person].tenures.append(
        Tenure(
          office: record.office, of: record.of.isEmpty ? nil : record.of, from: from, to: to,
          seenIn: record.seenIn.isEmpty ? nil : record.seenIn, sources: sources))
    }

    for record in records.relations {
      let sources = checkedSources(record.sources, record.location, &issues)
      guard let kind = RelationKind(rawValue: record.relation) else {
        issue(record.location, "relation", "unknown relation '\(record.relation)'; expected one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", "))")
        continue
      }
      let (subjectKinds, objectKinds) = kind.allowedKinds
      guard checkReference(record.subject, as: subjectKinds, field: "subject", record.location, kind(of:), &issues),
        checkReference(record.object, as: objectKinds, field: "object", record.location, kind(of:), &issues),
        let subject = positions[record.subject]
      else { continue }
      let date = checkedDate(record.date, field: "date", record.location, &issues)
      entities[subject].relations.append(Relation(kind: kind, object: record.object, date: date, sources: sources))
    }

    // Sorted once for the shared-form check and the glossary, which both go in id order.
    let sorted = entities.sorted { $0.id < $1.id }
    let (formIssues, forms) = sharedFormIssues(sorted, records, parallelFrom: threshold)
    return (issues + formIssues, sorted, forms)
  }

  private static func checkReference(
    _ id: String, as kinds: Set<EntityKind>, field: String, _ location: RecordLocation, _ kindOf: (String) -> EntityKind?,
    _ issues: inout [GlossaryIssue]
  ) -> Bool {
    guard let kind = kindOf(id) else {
      issues.append(GlossaryIssue(file: location.file, line: location.line, field: field, message: unknownReference(id)))
      return false
    }
    guard kinds.contains(kind) else {
      let expected = kinds.map(\.rawValue).sorted().joined(separator: " or ")
      issues.append(
        GlossaryIssue(file: location.file, line: location.line, field: field, message: "\(id) is a \(kind.rawValue), expected \(expected)"))
      return false
    }
    return true
  }

  static func unknownReference(_ id: String) -> String {
    id.isEmpty ? "empty reference" : "no entity '\(id)' in the glossary"
  }

  static func idProblem(_ id: String, kind: EntityKind) -> String? {
    let prefix = kind.idPrefix + "/"
    guard id.hasPrefix(prefix) else { return "id '\(id)' must start with '\(prefix)' for a \(kind.rawValue)" }
    let slug = id.dropFirst(prefix.count)
    let valid = !slug.isEmpty && slug.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    return valid ? nil : "id '\(id)': the part after '\(prefix)' takes lowercase ASCII letters, digits and '-'"
  }

  static let slots: Set<String> = ["{place}", "{place:gen}", "{organization}", "{organization:gen}"]

  static func slotProblem(_ form: String, kind: EntityKind?) -> String? {
    guard form.containsByte(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return nil }
    guard kind == .office else { return "slots such as {place} belong to office forms only" }
    // Title patterns fill one slot, written {…} with nothing unbalanced around it.
    let opens = form.utf8.count { $0 == UInt8(ascii: "{") }, closes = form.utf8.count { $0 == UInt8(ascii: "}") }
    if opens > 1 || closes > 1 { return "an office form takes one slot, found \(max(opens, closes)) in '\(form)'" }
    if let close = form.firstIndex(of: "}"), form.firstIndex(of: "{").map({ close < $0 }) ?? true { return "unopened slot in '\(form)'" }
    var rest = Substring(form)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { return "unclosed slot in '\(form)'" }
      let slot = String(rest[open...close])
      guard slots.contains(slot) else {
        return "unknown slot \(slot); expected one of \(slots.sorted().joined(separator: ", "))"
      }
      rest = rest[rest.index(after: close)...]
    }
    return rest.utf8.contains(UInt8(ascii: "}")) ? "unopened slot in '\(form)'" : nil
  }

  private static func checkedDate(_ text: String, field: String, _ location: RecordLocation, _ issues: inout [GlossaryIssue]) -> PartialDate? {
    guard !text.isEmpty else { return nil }
    guard let date = PartialDate(text) else {
      issues.append(GlossaryIssue(file: location.file, line: location.line, field: field, message: "malformed date '\(text)'; expected YYYY, YYYY-MM or YYYY-MM-DD"))
      return nil
    }
    return date
  }

  static func isSampleID(_ text: String) -> Bool {
    text.count == 3 && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Sample ids ("002"), http(s) URLs, or `imported:NAME` for rows imported from a file without sources.
  static func checkedSources(_ text: String, _ location: RecordLocation, _ issues: inout [GlossaryIssue]) -> Sources {
    if let items = plainSources(text) { return Sources(items) }
    let items = text.split(separator: " ").map(String.init)
    if items.isEmpty {
      issues.append(GlossaryIssue(file: location.file, line: location.line, field: "source", message: "no source: every fact cites where it was seen"))
    }
    for item in items where !(isSampleID(item) || item.hasPrefix("https://") || item.hasPrefix("http://") || item.hasPrefix("imported:")) {
      issues.append(
        GlossaryIssue(file: location.file, line: location.line, field: "source", message: "'\(item)' is neither a sample id (000–004) nor a URL"))
    }
    return Sources(items)
  }
}

extension RelationKind {
  /// Kinds of subject and object the relation allows.
  var allowedKinds: (Set<EntityKind>, Set<EntityKind>) {
    switch self {
    case .mergedInto: return ([.place], [.place])
    case .partOf: return ([.place, .organization], [.place, .organization])
    case .issuedBy: return ([.document], [.organization, .office])
    case .heldIn: return ([.event], [.place])
    }
  }
}

extension String {
  var trimmingWhitespace: Substring {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return Substring(scalars[first...last])
  }
}
