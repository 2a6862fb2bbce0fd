import Foundation
import Testing

/// A run killed with SIGKILL at any moment leaves the previous output: every file in `--out` is
/// whole, either the previous version or the new one, and the next run completes.
@Suite("namesake align, killed mid-run")
struct AlignKillTests {
  /// The five samples and `copies` renamed copies of each, so a run lasts long enough to be cut.
  static func corpus(copies: Int) throws -> URL {
    let directory = try AlignCommandTests.temporaryDirectory()
    let samples = try FileManager.default.contentsOfDirectory(atPath: CLI.repository.appendingPathComponent("corpus").path)
      .filter { $0.hasSuffix(".txt") }
    for name in samples {
      let text = try Data(contentsOf: CLI.repository.appendingPathComponent("corpus/\(name)"))
      for copy in 0...copies {
        try text.write(to: directory.appendingPathComponent(copy == 0 ? name : "copy\(copy)-\(name)"))
      }
    }
    return directory
  }

  static func files(in directory: URL) throws -> [String: Data] {
    var files = [String: Data]()
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where !name.hasPrefix(".namesake-staging-") {
      files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return files
  }

  @Test func killedAtAnyMomentLeavesThePreviousFilesWhole() throws {
    let corpus = try Self.corpus(copies: 15)
    let fresh = try AlignCommandTests.temporaryDirectory()
    let out = try AlignCommandTests.temporaryDirectory()
    defer { for directory in [corpus, fresh, out] { try? FileManager.default.removeItem(at: directory) } }

    // The previous output: the checked-in aligned/ (with its schemas, which align does not write).
    let checkedIn = CLI.repository.appendingPathComponent("aligned")
    for name in try FileManager.default.contentsOfDirectory(atPath: checkedIn.path) {
      try FileManager.default.copyItem(at: checkedIn.appendingPathComponent(name), to: out.appendingPathComponent(name))
    }
    let previous = try Self.files(in: out)

    let started = ContinuousClock.now
    let complete = try CLI.run(["align", corpus.path, "--out", fresh.path, "--jobs", "2"])
    let duration = ContinuousClock.now - started
    #expect(complete.status == 0, "\(complete.stderr)")
    let new = try Self.files(in: fresh)

    var killedBeforeCommit = 0
    for step in 1...6 {
      let process = Process()
      process.executableURL = CLI.executableURL
      process.arguments = ["align", corpus.path, "--out", out.path, "--jobs", "2"]
      process.currentDirectoryURL = CLI.repository
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Spread over the run, the last ones late enough to fall near or after the commit.
      pause(duration * (Double(step) / 6.0) * 0.95)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let after = try Self.files(in: out)
      #expect(Set(after.keys).isSuperset(of: previous.keys), "no previous file lost")
      for (name, bytes) in after {
        #expect(bytes == previous[name] || bytes == new[name], "\(name) is whole, old or new (kill \(step))")
      }
      if after == previous { killedBeforeCommit += 1 }
    }
    #expect(killedBeforeCommit > 0, "some kills fell before the commit")

    // The next run removes the killed runs' staging directories and writes everything.
    let rerun = try CLI.run(["align", corpus.path, "--out", out.path])
    #expect(rerun.status == 0, "\(rerun.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
    #expect(!names.contains { $0.hasPrefix(".namesake-staging-") })
    let final = try Self.files(in: out)
    for (name, bytes) in new { #expect(final[name] == bytes, "\(name)") }
  }

  private func pause(_ duration: Duration) {
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    usleep(useconds_t(seconds * 1_000_000))
  }
}
