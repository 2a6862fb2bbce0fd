import Foundation
import Testing

@testable import Namesake

/// Invariants of the whole job on generated documents: sample lines from every language shuffled
/// and cut at random points, with random Unicode spliced in. Mentions lie inside one segment and do
/// not overlap; every linked entity exists; a normalised segment differs from its text only where
/// mentions were replaced; and the files are the same whatever the number of tasks.
@Suite("Alignment invariants")
struct AlignmentInvariantTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized

  static func documents(count: Int, seed: UInt64) throws -> [Document] {
    let corpus = repository.appendingPathComponent("corpus")
    var lines = [String]()
    for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".txt") {
      lines += try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
    }
    let noise: [Unicode.Scalar] = ["・", "ー", "。", " ", "\n", "\t", "(", ")", "「", "」", "'", "s", "A", "é", "ơ", "Đ", "\u{FEFF}", "\u{0301}", "𠀋", "🙂", "\r"]
    var generator = SplitMix64(seed: seed)
    var documents = [Document]()
    for index in 0..<count {
      var text = ""
      for _ in 0..<(1 + Int(generator.next() % 6)) {
        let line = Array(lines[Int(generator.next() % UInt64(lines.count))].unicodeScalars)
        let cut = line.isEmpty ? 0 : Int(generator.next() % UInt64(line.count + 1))
        text += String(String.UnicodeScalarView(line[..<cut]))
        for _ in 0..<Int(generator.next() % 3) { text.unicodeScalars.append(noise[Int(generator.next() % UInt64(noise.count))]) }
        text += String(String.UnicodeScalarView(line[cut...])) + "\n"
      }
      documents.append(Document(id: "g\(index)", text: text))
    }
    // A mix that names no supported language is refused (tested elsewhere); keep the rest.
    let pipeline = try SegmentationPipeline()
    return documents.filter { document in
      do {
        return try pipeline.segment(document) != nil
      } catch {
        return false
      }
    }
  }

  @Test func enoughDocumentsAreGenerated() throws {
    #expect(try Self.documents(count: 60, seed: 11).count >= 40)
  }

  @Test func mentionsNormalisationAndLinks() throws {
    let glossary = try GlossaryLoader.load(Self.repository.appendingPathComponent("glossary").path)
    try Self.checkInvariants(try Self.documents(count: 60, seed: 11), glossary: glossary)
  }

  /// Mentions inside one segment, in order, not overlapping, equal to their span; linked
  /// entities and candidates in the glossary; normalised text equal to the original outside
  /// replaced spans.
  /// Returns the ids of the entities linked, so a caller can see the glossary was exercised.
  @discardableResult
  static func checkInvariants(_ documents: [Document], glossary: Glossary) throws -> Set<String> {
    let aligner = try Aligner(glossary: glossary)
    var linked = Set<String>()
    for document in documents {
      guard let aligned = try aligner.align(document) else { continue }
      let scalars = Array(document.text.unicodeScalars)
      var previousEnd = 0
      for mention in aligned.mentions {
        #expect(mention.start >= previousEnd && mention.start < mention.end, "\(document.id): overlapping or empty mention \(mention.surface)")
        previousEnd = mention.end
        let segment = aligned.segmented.segments.first { $0.range.scalars.contains(mention.start) }
        #expect(segment.map { mention.end <= $0.range.scalars.upperBound } ?? false, "\(document.id): \(mention.surface) crosses a segment")
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.surface)
        if let entity = mention.entity {
          #expect(glossary[entity] != nil, "\(entity)")
          linked.insert(entity)
        }
        for candidate in mention.candidates { #expect(glossary[candidate] != nil, "\(candidate)") }
      }
      let window = ScalarWindow(scalars)
      for segment in aligned.segmented.segments {
        let range = segment.range.scalars
        let inside = aligned.mentions.filter { range.contains($0.start) }
        // Outside replaced spans, the normalised text is the segment's own text, in order.
        var original = String(String.UnicodeScalarView(scalars[range]))
        for piece in AlignedRecordWriter.normalizedPieces(window, range: range, mentions: inside) where piece.mention == nil {
          guard let found = original.range(of: piece.text) else {
            Issue.record("\(document.id) segment \(segment.index): '\(piece.text)' is not from the text")
            break
          }
          original = String(original[found.upperBound...])
        }
      }
    }
    return linked
  }

  @Test func sameFilesForAnyNumberOfTasks() async throws {
    let glossary = try GlossaryLoader.load(Self.repository.appendingPathComponent("glossary").path)
    let documents = try Self.documents(count: 24, seed: 29)
    try await Self.checkSameFiles(documents, glossary: glossary)
  }

  /// The files of 1, 2 and 5 tasks, and of a second run with 2, are identical.
  static func checkSameFiles(_ documents: [Document], glossary: Glossary) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-invariants-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var paths = [String]()
    for document in documents {
      let path = directory.appendingPathComponent(document.id + ".txt").path
      try Data(document.utf8).write(to: URL(fileURLWithPath: path))
      paths.append(path)
    }
    let aligner = try Aligner(glossary: glossary)
    var outputs = [[String: [UInt8]]]()
    for tasks in [1, 2, 5, 2] {
      var sink = MemorySink()
      _ = try await AlignmentJob(aligner: aligner, concurrency: tasks).run(paths: paths, into: &sink)
      outputs.append(sink.files)
    }
    #expect(outputs[0] == outputs[1])
    #expect(outputs[0] == outputs[2])
    #expect(outputs[1] == outputs[3], "across runs")
    #expect(outputs[0].keys.filter { $0.hasSuffix(".jsonl") && $0 != "qa.jsonl" }.count == documents.count)
  }
}

/// The same invariants with random glossaries, whose forms are cut from the sample lines the
/// documents are made of, so they are found across words, inside noise and across lines.
extension AlignmentInvariantTests {
  static func sampleLines() throws -> [String] {
    let corpus = repository.appendingPathComponent("corpus")
    var lines = [String]()
    for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".txt") {
      lines += try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
    }
    return lines
  }

  @Test(arguments: [101, 202, 303] as [UInt64])
  func invariantsHoldWithRandomGlossaries(_ seed: UInt64) throws {
    let glossary = try RandomGlossary.make(count: 300, seed: seed, lines: try Self.sampleLines(), base: Self.repository.appendingPathComponent("glossary").path)
    #expect(glossary.entities.count > 400, "most random entities survive validation")
    let linked = try Self.checkInvariants(try Self.documents(count: 40, seed: seed), glossary: glossary)
    #expect(linked.filter { $0.contains("/random-") }.count >= 10, "random entities are found and linked")
  }

  @Test func sameFilesForAnyNumberOfTasksWithARandomGlossary() async throws {
    let glossary = try RandomGlossary.make(count: 300, seed: 404, lines: try Self.sampleLines(), base: Self.repository.appendingPathComponent("glossary").path)
    try await Self.checkSameFiles(try Self.documents(count: 16, seed: 404), glossary: glossary)
  }
}
