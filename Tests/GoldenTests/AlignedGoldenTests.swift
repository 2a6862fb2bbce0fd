import Foundation
import Namesake
import Testing

/// A fresh run of the main job equals the checked-in `aligned/` byte for byte. Only the README's
/// main command rewrites `aligned/`; this test never does, so a changed result is reviewed as a diff.
@Suite("Golden: aligned/")
struct AlignedGoldenTests {
  static let aligned = SegmentationGoldenTests.repository.appendingPathComponent("aligned")

  static func render() throws -> [String: [UInt8]] {
    let dates = try ArticleDates(path: SegmentationGoldenTests.corpus.appendingPathComponent("dates.tsv").path)
    let aligner = try Aligner(glossary: try GlossaryLoader.load(BuiltInGlossaryTests.directory), dates: dates)
    let documents = try SegmentationGoldenTests.samples.map {
      try DocumentReader.read(path: SegmentationGoldenTests.corpus.appendingPathComponent($0).path)
    }
    return try aligner.render(documents)
  }

  @Test func freshRunEqualsCheckedInFiles() throws {
    let files = try Self.render()
    #expect(files.count == 9)
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
      let checkedIn = [UInt8](try Data(contentsOf: Self.aligned.appendingPathComponent(name)))
      guard checkedIn != bytes else { continue }
      let ours = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      let theirs = String(decoding: checkedIn, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
      let line = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, theirs.count)
      Issue.record(
        "aligned/\(name):\(line + 1): first differing record\n  checked in: \(line < theirs.count ? String(theirs[line]) : "<end>")\n  fresh run:  \(line < ours.count ? String(ours[line]) : "<end>")\nRegenerate with the README's main command and review the diff.")
    }
  }

  @Test func runsAreByteIdentical() throws {
    #expect(try Self.render() == Self.render())
  }

  /// Every record and QA finding validates against its checked-in JSON Schema (Python's jsonschema, which the
  /// build machines have; the test fails if it is missing rather than passing silently).
  @Test func recordsValidateAgainstTheSchema() throws {
    let script = """
      import glob, json, sys, jsonschema
      records = jsonschema.Draft202012Validator(json.load(open(sys.argv[1] + '/record.schema.json')))
      findings = jsonschema.Draft202012Validator(json.load(open(sys.argv[1] + '/qa.schema.json')))
      count = 0
      for path in sorted(glob.glob(sys.argv[1] + '/*.jsonl')):
          validator = findings if path.endswith('/qa.jsonl') else records
          for number, line in enumerate(open(path, encoding='utf-8'), 1):
              for error in validator.iter_errors(json.loads(line)):
                  print(f'{path}:{number}: {error.message}')
                  sys.exit(1)
              count += 1
      print(count)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, Self.aligned.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect((Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 200, "\(text)")
  }
}
