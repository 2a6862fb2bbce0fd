import Foundation
import Testing

@Suite("namesake segment")
struct SegmentCommandTests {
  @Test func segmentsAllFiveSamples() throws {
    let result = try CLI.run(["segment", "corpus"])
    #expect(result.status == 0, "\(result.stderr)")
    let records = result.stdout.split(separator: "\n").map { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
    }
    let documents = Set(records.compactMap { $0["doc"] as? String })
    #expect(documents.count == 5)
    for record in records {
      for key in ["doc", "lang", "index", "kind", "start", "end", "text", "trailing"] {
        #expect(record[key] != nil, "missing \(key)")
      }
    }
    #expect(Set(records.compactMap { $0["lang"] as? String }) == ["en", "ja", "sv"])
  }

  /// Documents are segmented concurrently and written in input order: the same bytes for any
  /// --jobs; a bad document stops the run after the documents before it.
  @Test func outputIsTheSameForAnyNumberOfJobs() throws {
    let one = try CLI.run(["segment", "corpus", "corpus", "--jobs", "1"])
    #expect(one.status == 0)
    for jobs in ["2", "5"] { #expect(try CLI.run(["segment", "corpus", "corpus", "--jobs", jobs]).stdout == one.stdout) }
    let single = try CLI.run(["segment", "corpus", "--jobs", "1"])
    let bad = CLI.fixtures.appendingPathComponent("invalid-utf8.txt").path
    let stopped = try CLI.run(["segment", "corpus", bad, "corpus", "--jobs", "3"])
    #expect(stopped.status == 65)
    #expect(stopped.stdout == single.stdout, "the documents before the bad one, and none after")
  }

  @Test func readsStandardInputAndWritesText() throws {
    let result = try CLI.run(["segment", "--lang", "sv", "--format", "text"], input: Array("Vi åt t.ex. Äpplen. Sedan gick vi.".utf8))
    #expect(result.status == 0)
    #expect(result.stdout == "Vi åt t.ex. Äpplen.\nSedan gick vi.\n\n")
  }

  @Test func bomAndCRLFFileKeepsOffsetsIntoTheOriginal() throws {
    let result = try CLI.run(["segment", "--lang", "en", CLI.fixtures.appendingPathComponent("bom-crlf.txt").path])
    #expect(result.status == 0)
    let first = try #require(result.stdout.split(separator: "\n").first)
    #expect(first.contains("\"start\":1,\"end\":13,\"text\":\"Hello there.\""))
  }

  @Test func invalidUTF8NamesFileAndByte() throws {
    let path = CLI.fixtures.appendingPathComponent("invalid-utf8.txt").path
    let result = try CLI.run(["segment", path])
    #expect(result.status == 65)
    #expect(result.stderr == "namesake: error: \(path): byte 22: invalid UTF-8 (Namesake reads UTF-8 only)\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func utf16IsRefused() throws {
    let result = try CLI.run(["segment", CLI.fixtures.appendingPathComponent("utf16le-bom.txt").path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("looks like UTF-16"))
  }

  @Test func unsupportedLanguageListsSupportedCodes() throws {
    let result = try CLI.run(["segment", CLI.fixtures.appendingPathComponent("german.txt").path])
    #expect(result.status == 65)
    #expect(result.stderr.contains("cannot identify a supported language"))
    #expect(result.stderr.contains("supported: en, ja, sv, vi"))
  }

  @Test func unknownLangOptionIsAUsageError() throws {
    let result = try CLI.run(["segment", "--lang", "de"], input: Array("x".utf8))
    #expect(result.status == 64)
    #expect(result.stderr.contains("en"))
  }

  @Test func missingFileAndDirectoryArguments() throws {
    let missing = try CLI.run(["segment", "no-such-file.txt"])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("no-such-file.txt"))
  }

  @Test func emptyInputGivesNoRecords() throws {
    let result = try CLI.run(["segment", CLI.fixtures.appendingPathComponent("empty.txt").path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
  }
}

@Suite("namesake summary and manifest")
struct SummaryCommandTests {
  @Test func summaryListsEachDocument() throws {
    let result = try CLI.run(["summary", "corpus"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(lines.last?.hasPrefix("5 documents:") == true)
    #expect(lines.contains { $0.hasPrefix("004_c2cfcc593b8402a2\tsv\t") })
  }

  @Test func manifestIsWrittenAtomicallyAndRefusesMissingDirectory() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let out = directory.appendingPathComponent("manifest.tsv").path
    let ok = try CLI.run(["manifest", "corpus", "--out", out])
    #expect(ok.status == 0)
    let written = try String(contentsOfFile: out, encoding: .utf8)
    #expect(written == (try String(contentsOfFile: CLI.repository.appendingPathComponent("corpus/manifest.tsv").path, encoding: .utf8)))
    let missing = try CLI.run(["manifest", "corpus", "--out", directory.appendingPathComponent("nope/m.tsv").path])
    #expect(missing.status == 73)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("nope").path))
  }
}
