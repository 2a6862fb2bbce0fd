import Testing

@testable import Namesake

/// A large glossary is checked in passes split over two cores; a small one in one pass. Both
/// must give the same glossary, or the same issues in the same order.
@Suite("Glossary building split over two cores")
struct GlossaryBuilderSplitTests {
  /// Records with every fault the split passes look for: forms listed twice, second and third
  /// preferred forms, forms shared between entities (some ambiguous), unknown entities,
  /// languages and statuses, slots outside offices, padded forms, and lines shared by several
  /// records (a TBX entry or a CSV row gives all its names one line).
  static func records(seed: UInt64, entities count: Int) -> GlossaryRecords {
    var generator = SplitMix64(seed: seed)
    func roll(_ sides: UInt64) -> Int { Int(generator.next() % sides) }
    let forms = ["Tô Lâm", "トー・ラム", "Lâm", "Phạm Minh Chính", "ファム・ミン・チン", "Hà Nội", "ハノイ", "Nguyễn", "Le\u{0301}", "Lé", "Minister", "{place} minister"]
    var records = GlossaryRecords()
    var line = 1
    for index in 0..<count {
      let kind = index % 5 == 0 ? "office" : "person"
      let id = "\(kind)/e-\(index)"
      line += 1
      records.entities.append(.init(location: .init(file: "entities.tsv", line: line), id: id, kind: kind, canonical: forms[roll(11)] + " \(index % 7)", sources: "000", note: ""))
      let shared = roll(4) == 0 ? line : nil
      for _ in 0..<(1 + roll(6)) {
        let entity = roll(50) == 0 ? "person/missing-\(roll(3))" : "\(kind)/e-\(roll(8) == 0 ? roll(UInt64(index + 1)) : index)"
        let language = ["en", "ja", "sv", "vi", "xx"][roll(40) == 0 ? 4 : roll(4)]
        let status = ["", "", "preferred", "admitted", "deprecated", "bogus"][roll(30) == 0 ? 5 : roll(5)]
        let form = (roll(25) == 0 ? " " : "") + forms[roll(UInt64(forms.count))]
        line += shared == nil || roll(3) == 0 ? 1 : 0
        records.names.append(
          .init(location: .init(file: "names.tsv", line: shared ?? line), entity: entity, language: language, form: form, status: status, ambiguous: roll(3) == 0 ? "yes" : "", sources: "002"))
      }
    }
    return records
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
  func splitPassesAgreeWithOnePass(seed: UInt64) throws {
    let records = Self.records(seed: seed, entities: 400 + Int(seed) * 37)
    let oneCore = Result { () throws(GlossaryError) in try GlossaryBuilder.build(records, parallelFrom: .max) }
    let twoCores = Result { () throws(GlossaryError) in try GlossaryBuilder.build(records, parallelFrom: 1) }
    switch (oneCore, twoCores) {
    case (.success(let one), .success(let two)):
      #expect(one.entities == two.entities)
    case (.failure(.invalid(let one)), .failure(.invalid(let two))):
      #expect(one == two)
      // The faults were there to be found: a test that found none would pass on any order.
      for fragment in ["is listed twice", "a second preferred", "also names", "no entity", "unknown language", "unknown status", "begins or ends"] {
        #expect(one.contains { $0.message.contains(fragment) }, "no issue with '\(fragment)'")
      }
    default:
      Issue.record("one pass gave \(oneCore), two gave \(twoCores)")
    }
  }

  /// A line's own issues come before those against its entity's other lines, as in one pass.
  @Test(arguments: [1, Int.max])
  func issuesOfOneLineKeepTheirOrder(parallelFrom threshold: Int) {
    var records = GlossaryRecords()
    records.entities.append(.init(location: .init(file: "e.tsv", line: 2), id: "person/a", kind: "person", canonical: "A", sources: "000", note: ""))
    for (line, form, status) in [(2, " X", "preferred"), (3, " X", "preferred"), (4, "Y", "preferred"), (5, "Z", "preferred")] {
      records.names.append(.init(location: .init(file: "n.tsv", line: line), entity: "person/a", language: "en", form: form, status: status, ambiguous: "", sources: "000"))
    }
    let expected = [
      GlossaryIssue(file: "n.tsv", line: 2, field: "form", message: "' X' begins or ends with whitespace"),
      GlossaryIssue(file: "n.tsv", line: 3, field: "form", message: "' X' begins or ends with whitespace"),
      GlossaryIssue(file: "n.tsv", line: 3, field: "form", message: "' X' is listed twice for person/a in en"),
      GlossaryIssue(file: "n.tsv", line: 4, field: "status", message: "a second preferred en form for person/a (first at line 2)"),
      GlossaryIssue(file: "n.tsv", line: 5, field: "status", message: "a second preferred en form for person/a (first at line 4)"),
    ]
    #expect(throws: GlossaryError.invalid(expected)) { try GlossaryBuilder.build(records, parallelFrom: threshold) }
  }

  @Test func sharedFormsAndTheirOrderAgree() throws {
    let records = Self.records(seed: 9, entities: 600)
    // Entities that passed, sorted as the builder sorts them, to weigh shared forms directly.
    var entities = [Entity]()
    for record in records.entities {
      let names = records.names.filter { $0.entity == record.id && Language(rawValue: $0.language) != nil }.map {
        Name(language: Language(rawValue: $0.language) ?? .english, form: $0.form, isAmbiguous: $0.ambiguous == "yes", sources: Sources(["002"]))
      }
      var entity = Entity(id: record.id, kind: EntityKind(rawValue: record.kind) ?? .person, canonical: record.canonical, sources: Sources(["000"]), note: "")
      entity.names = names
      entities.append(entity)
    }
    entities.sort { $0.id < $1.id }
    let (oneIssues, oneForms) = GlossaryBuilder.sharedFormIssues(entities, records, parallelFrom: .max)
    let (twoIssues, twoForms) = GlossaryBuilder.sharedFormIssues(entities, records, parallelFrom: 1)
    #expect(oneIssues.count > 10)
    #expect(oneIssues == twoIssues)
    #expect(oneForms.scalars == twoForms.scalars && oneForms.offsets == twoForms.offsets)
  }

  /// A names file parsed in two halves gives the records and issues of one pass, with the
  /// same line numbers, whichever line ends surround the middle.
  @Test(arguments: ["\n", "\r\n", "\r", "mixed"])
  func namesFileHalvesAgreeWithOnePass(lineEnd: String) {
    var generator = SplitMix64(seed: 11)
    var text = "# entity\tlang\tform\tstatus\tambiguous\tsource\n"
    for index in 0..<400 {
      let end = lineEnd == "mixed" ? ["\n", "\r\n", "\r"][Int(generator.next() % 3)] : lineEnd
      switch generator.next() % 10 {
      case 0: text += "person/p-\(index)\tja\tトー・ラム" + end  // too few fields
      case 1: text += end  // blank line
      case 2: text += "# a comment" + end
      default: text += "person/p-\(index)\tvi\tTô Lâm \(index)\t\t\t002" + end
      }
    }
    var onePass = GlossaryRecords(), halves = GlossaryRecords()
    TSVGlossaryFormat.parse(text, file: "names.tsv", name: TSVGlossaryFormat.namesFile, into: &onePass, parallelFrom: .max)
    TSVGlossaryFormat.parse(text, file: "names.tsv", name: TSVGlossaryFormat.namesFile, into: &halves, parallelFrom: 0)
    #expect(onePass.names.count > 250 && onePass.issues.count > 20)
    #expect(onePass.names.map(\.location) == halves.names.map(\.location))
    #expect(onePass.names.map(\.form) == halves.names.map(\.form))
    #expect(onePass.issues == halves.issues)
  }

  @Test func patternSetsAppendWithShiftedOffsets() {
    var first = PatternSet(), second = PatternSet()
    first.append([1, 2])
    second.append([3])
    second.append([4, 5, 6])
    first.append(contentsOf: second)
    #expect(first.count == 3)
    #expect(Array(first[0]) == [1, 2] && Array(first[1]) == [3] && Array(first[2]) == [4, 5, 6])
  }
}
