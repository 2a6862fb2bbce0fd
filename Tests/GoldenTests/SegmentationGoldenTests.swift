import Foundation
import Namesake
import Testing

/// The sample corpus segmented, byte-compared with checked-in snapshots.
///
/// A missing snapshot, or NAMESAKE_RECORD_SNAPSHOTS=1, records a new baseline and fails, so a
/// baseline never passes just by being rewritten: review the diff, then run again.
@Suite("Golden: sample corpus")
struct SegmentationGoldenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  static let repository = root.deletingLastPathComponent().deletingLastPathComponent()
  static let corpus = repository.appendingPathComponent("corpus")
  static let samples = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path))?
    .filter { $0.hasSuffix(".txt") }.sorted() ?? []

  @Test func corpusHasTheFiveSamples() {
    #expect(Self.samples.count == 5)
  }

  @Test(arguments: samples)
  func segmentsMatchSnapshot(_ file: String) throws {
    let pipeline = try SegmentationPipeline()
    let document = try DocumentReader.read(path: Self.corpus.appendingPathComponent(file).path)
    let segmented = try #require(try pipeline.segment(document))
    var writer = JSONWriter()
    SegmentRecordWriter.appendJSONLines(segmented, to: &writer)
    let snapshot = Self.root.appendingPathComponent("Snapshots/\(document.id).jsonl")
    try assertSnapshot(writer.bytes, at: snapshot)
  }

  @Test func manifestMatchesCorpus() throws {
    let pipeline = try SegmentationPipeline()
    var entries = [ManifestEntry]()
    for file in Self.samples {
      let document = try DocumentReader.read(path: Self.corpus.appendingPathComponent(file).path)
      entries.append(ManifestEntry(try #require(try pipeline.segment(document))))
    }
    try assertSnapshot(Array(CorpusManifest.render(entries).utf8), at: Self.corpus.appendingPathComponent("manifest.tsv"))
  }

  @Test func corpusFilesAreTheSeedsByteForByte() throws {
    let seeds = Self.repository.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    guard FileManager.default.fileExists(atPath: seeds.path) else { return }  // shared/ is beside CI's clone
    for file in Self.samples {
      let ours = try Data(contentsOf: Self.corpus.appendingPathComponent(file))
      let seed = try Data(contentsOf: seeds.appendingPathComponent(file))
      #expect(ours == seed, "\(file) differs from the seed")
    }
  }
}

/// Compares `bytes` with the file at `url` line by line, naming the first differing line.
func assertSnapshot(_ bytes: [UInt8], at url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
  let record = ProcessInfo.processInfo.environment["NAMESAKE_RECORD_SNAPSHOTS"] == "1"
  guard !record, let expected = FileManager.default.contents(atPath: url.path) else {
    try Data(bytes).write(to: url, options: .atomic)
    Issue.record("Recorded new baseline at \(url.path); review it and run again", sourceLocation: sourceLocation)
    return
  }
  if [UInt8](expected) == bytes { return }
  let ours = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  let theirs = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
  let line = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, theirs.count)
  let got = line < ours.count ? String(ours[line]) : "<end>"
  let want = line < theirs.count ? String(theirs[line]) : "<end>"
  Issue.record(
    "\(url.lastPathComponent):\(line + 1): first difference\n  expected: \(want)\n  actual:   \(got)",
    sourceLocation: sourceLocation)
}
