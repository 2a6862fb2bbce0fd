import Foundation
import Testing

/// The result of running the built `namesake`.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

enum CLI {
  /// A child that exits before reading its input (a usage error, a bad glossary) must not kill
  /// the test process with SIGPIPE: writes to it fail with EPIPE instead, and runners ignore that.
  static let brokenPipesIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

  /// The directory of the built products: the test bundle sits beside `namesake`.
  static var productsDirectory: URL {
    _ = brokenPipesIgnored
    let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
      + (Bundle.main.executableURL.map { [$0.deletingLastPathComponent()] } ?? [])
    return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("namesake").path) }
      ?? Bundle.main.bundleURL.deletingLastPathComponent()
  }

  /// The `namesake` the tests run: the optimised one when there is one (`releaseExecutable`: CI
  /// passes the static release build it ships to Spark, so the CLI tests cover that binary at its
  /// speed), else the debug build beside the tests.
  static var executable: String { releaseExecutable ?? builtExecutable }
  static var executableURL: URL { URL(fileURLWithPath: executable) }
  /// The `namesake` built beside the tests, in their configuration.
  static var builtExecutable: String { productsDirectory.appendingPathComponent("namesake").path }

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = repository.appendingPathComponent("Tests/NamesakeTests/Fixtures")

  /// Runs `namesake` (or `executable`, a launcher given namesake's path in `arguments`) with
  /// `arguments`, feeding `input` on standard input.
  static func run(_ arguments: [String], input: [UInt8] = [], in directory: URL? = nil, executable: String? = nil) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? executableURL
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? repository
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    try? stdin.fileHandleForWriting.write(contentsOf: Data(input))
    try stdin.fileHandleForWriting.close()
    // Read before waiting so a large output cannot fill the pipe and stall the child.
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
      stderr: String(decoding: err, as: UTF8.self))
  }
}
