extension GlossaryBuilder {
  /// A name line that passed the checks that read only the line and its entity's kind.
  struct CheckedName: Sendable {
    /// The entity's position in record order.
    var position: Int
    /// The line's index among the name records.
    var record: Int
    var location: RecordLocation
    var name: Name
  }

  /// An issue with the index of the name line it is about, so that issues found in separate
  /// passes go out in line order, as one pass would give them.
  typealias LineIssue = (record: Int, issue: GlossaryIssue)

  /// The names of each entity (indexed by position), in line order, and the issues of the name
  /// lines. Two passes, each split over two cores for a large glossary: the checks of each line
  /// on its own, then those against the entity's other names (a form listed twice, a second
  /// preferred form), entity by entity. One serial pass with a hash of every name took a third
  /// of loading a 100,000-person glossary directory, on one core.
  static func checkedNames(
    _ records: [GlossaryRecords.NameRecord], positions: [String: Int], kinds: [EntityKind], parallelFrom threshold: Int
  ) -> ([[Name]], [GlossaryIssue]) {
    let parallel = records.count >= threshold
    let middle = records.count / 2
    let (first, second) = concurrently(
      if: parallel,
      { checkLines(records[..<middle], positions: positions, kinds: kinds) },
      { checkLines(records[middle...], positions: positions, kinds: kinds) })
    let checked = CheckedLines(first: first.names, second: second.names)
    // Each entity's lines, in line order (a counting sort by entity).
    var starts = [Int](repeating: 0, count: kinds.count + 1)
    for name in first.names { starts[name.position + 1] += 1 }
    for name in second.names { starts[name.position + 1] += 1 }
    for position in kinds.indices { starts[position + 1] += starts[position] }
    var order = [Int](repeating: 0, count: checked.count)
    var next = starts
    for index in 0..<checked.count {
      let position = checked.position(of: index)
      order[next[position]] = index
      next[position] += 1
    }
    let lines = order, entityStarts = starts
    let half = kinds.count / 2
    let (low, high) = concurrently(
      if: parallel,
      { namesOfEntities(0..<half, checked: checked, order: lines, starts: entityStarts, records: records) },
      { namesOfEntities(half..<kinds.count, checked: checked, order: lines, starts: entityStarts, records: records) })
    // The second pass gives a line one issue at most, after those of the first.
    let later = (low.issues + high.issues).sorted { $0.record < $1.record }
    let issues = mergedInOrder(first.issues + second.issues, later) { $0.record }.map(\.issue)
    return (low.names + high.names, issues)
  }

  /// The two halves' checked lines as one list, without copying them into one.
  struct CheckedLines: Sendable {
    let first, second: [CheckedName]
    var count: Int { first.count + second.count }
    subscript(index: Int) -> CheckedName { index < first.count ? first[index] : second[index - first.count] }
    func position(of index: Int) -> Int { index < first.count ? first[index].position : second[index - first.count].position }
  }

  /// The checks of each line on its own: fields, sources, entity, language, status, slots.
  private static func checkLines(
    _ records: ArraySlice<GlossaryRecords.NameRecord>, positions: [String: Int], kinds: [EntityKind]
  ) -> (names: [CheckedName], issues: [LineIssue]) {
    var names = [CheckedName]()
    names.reserveCapacity(records.count)
    var lineIssues = [LineIssue]()
    var issues = [GlossaryIssue]()
    for (index, record) in zip(records.indices, records) {
      defer {
        lineIssues.append(contentsOf: issues.map { (index, $0) })
        issues.removeAll(keepingCapacity: true)
      }
      func issue(_ field: String, _ message: String) {
        issues.append(GlossaryIssue(file: record.location.file, line: record.location.line, field: field, message: message))
      }
      checkTrimmed(["form": record.form], record.location, &issues)
      let sources = checkedSources(record.sources, record.location, &issues)
      guard let position = positions[record.entity] else {
        issue("entity", unknownReference(record.entity))
        continue
      }
      guard let language = Language(rawValue: record.language) else {
        issue("lang", "unknown language '\(record.language)'; expected one of \(Language.supportedCodes)")
        continue
      }
      let status: NameStatus
      if record.status.isEmpty {
        status = .admitted
      } else if let parsed = NameStatus(rawValue: record.status) {
        status = parsed
      } else {
        issue("status", "unknown status '\(record.status)'; expected preferred, admitted, deprecated or forbidden")
        continue
      }
      guard record.ambiguous.isEmpty || record.ambiguous == "yes" else {
        issue("ambiguous", "expected 'yes' or empty, found '\(record.ambiguous)'")
        continue
      }
      guard !isBlank(record.form) else {
        issue("form", "empty form")
        continue
      }
      if let message = slotProblem(record.form, kind: kinds[position]) { issue("form", message) }
      let name = Name(language: language, form: record.form, status: status, isAmbiguous: record.ambiguous == "yes", sources: sources)
      names.append(CheckedName(position: position, record: index, location: record.location, name: name))
    }
    return (names, lineIssues)
  }

  /// The names of the entities at `positions`, without forms listed twice, and the issues of
  /// those repeats and of second preferred forms. An entity has a few names, so its forms are
  /// compared in a list; past `hashedFrom` names they are hashed, lest one odd entity with
  /// thousands of names be quadratic.
  private static func namesOfEntities(
    _ positions: Range<Int>, checked: CheckedLines, order: [Int], starts: [Int], records: [GlossaryRecords.NameRecord]
  ) -> (names: [[Name]], issues: [LineIssue]) {
    let hashedFrom = 32
    var result = [[Name]]()
    result.reserveCapacity(positions.count)
    var issues = [LineIssue]()
    for position in positions {
      var names = [Name]()
      var hashed = Set<NameKey>()
      // The latest preferred form's line per language: a third preferred form names the second.
      var preferred = [(Language, RecordLocation)]()
      for index in order[starts[position]..<starts[position + 1]] {
        let line = checked[index]
        let name = line.name
        let repeated: Bool
        if names.count < hashedFrom {
          repeated = names.contains { $0.language == name.language && $0.form.utf8.elementsEqual(name.form.utf8) }
        } else {
          if hashed.isEmpty { hashed = Set(names.map(NameKey.init)) }
          repeated = !hashed.insert(NameKey(name)).inserted
        }
        let record = records[line.record]
        if repeated {
          let message = "'\(name.form)' is listed twice for \(record.entity) in \(name.language.rawValue)"
          issues.append((line.record, GlossaryIssue(file: line.location.file, line: line.location.line, field: "form", message: message)))
          continue
        }
        if name.status == .preferred {
          if let earlier = preferred.lastIndex(where: { $0.0 == name.language }) {
            let message = "a second preferred \(name.language.rawValue) form for \(record.entity) (first at line \(preferred[earlier].1.line))"
            issues.append((line.record, GlossaryIssue(file: line.location.file, line: line.location.line, field: "status", message: message)))
          }
          preferred.append((name.language, line.location))
        }
        names.append(name)
      }
      result.append(names)
    }
    return (result, issues)
  }

  /// A name's identity as bytes: hashing a non-ASCII String normalises it first, and two forms
  /// that differ only in normalisation are different lines.
  private struct NameKey: Hashable {
    var language: Language
    var form: [UInt8]

    init(_ name: Name) {
      language = name.language
      form = Array(name.form.utf8)
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(language.hashCode)
      form.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }
}
