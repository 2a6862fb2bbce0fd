import Foundation
import Testing

/// A run of `namesake` with its peak memory and wall time, for the tests that bound them.
struct MeasuredResult {
  var status: Int32
  var stdout: [UInt8]
  var stderr: String
  /// The child's peak resident set size (`ru_maxrss` from wait4), in bytes; 0 if not measured.
  var peakRSS: Int
  var seconds: Double

  var peakMB: Int { peakRSS / 1_000_000 }
}

extension CLI {
  /// An optimised `namesake`, which the tests that need its speed (100 MB through the whole job)
  /// require: `$NAMESAKE_RELEASE_EXECUTABLE` (CI passes the static release build it makes for the
  /// Spark test), else the one beside the tests when they are built optimised (`swift test -c release`).
  static var releaseExecutable: String? {
    if let path = ProcessInfo.processInfo.environment["NAMESAKE_RELEASE_EXECUTABLE"], !path.isEmpty { return path }
    #if DEBUG
      return nil
    #else
      return builtExecutable
    #endif
  }

  /// Runs `namesake` with standard input read from `stdinPath` and standard output written to
  /// `stdoutPath` (default: a temporary file, returned as `stdout`), and measures it.
  ///
  /// The peak RSS is what wait4 reports for the child, taken by a small Python launcher that forks
  /// and execs namesake. Reaping namesake from this process would not do: Linux keeps a process's
  /// peak RSS across execve, and a child spawned from the test process (vfork) starts with the
  /// test process's own peak, hundreds of MB once a test has built a large input.
  static func measure(_ arguments: [String], stdinPath: String = "/dev/null", stdoutPath: String? = nil, executable: String? = nil) throws -> MeasuredResult {
    _ = brokenPipesIgnored
    let scratch = try Scratch()
    let outPath = stdoutPath ?? scratch.path("stdout")
    let errPath = scratch.path("stderr")
    let rssPath = scratch.path("maxrss")
    let launcher = """
      import os, sys
      pid = os.fork()
      if pid == 0:
          try:
              os.execv(sys.argv[2], sys.argv[2:])
          finally:
              os._exit(127)
      _, status, usage = os.wait4(pid, 0)
      open(sys.argv[1], "w").write(str(usage.ru_maxrss))
      sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
      """
    let executable = executable ?? Self.executable
    let python = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "python3"
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([python, "-c", launcher, rssPath, executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let start = ContinuousClock.now
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, python, &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
    }
    let elapsed = ContinuousClock.now - start
    // WIFEXITED / WEXITSTATUS, and 128 + the signal otherwise, as a shell reports it.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let stdout = stdoutPath == nil ? [UInt8](try Data(contentsOf: URL(fileURLWithPath: outPath))) : []
    let kilobytes = Int((try? String(contentsOfFile: rssPath, encoding: .utf8)) ?? "") ?? 0
    return MeasuredResult(
      status: exitStatus, stdout: stdout,
      stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self),
      peakRSS: kilobytes * 1024,  // ru_maxrss is in kilobytes on Linux
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  }

  /// setpriv, when the tests run as root: root reads a file whatever its mode, so the
  /// unreadable-file tests run the child without the capabilities that let it (CAP_DAC_OVERRIDE,
  /// CAP_DAC_READ_SEARCH). Nil when not root (a mode-000 file is unreadable anyway) or when
  /// setpriv is missing.
  static var withoutFileCapabilities: [String]? {
    guard geteuid() == 0 else { return [] }
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }
    return setpriv.map { [$0, "--inh-caps=-all", "--bounding-set=-dac_override,-dac_read_search", "--"] }
  }

  /// Runs `namesake` as `run` does, unable to read a mode-000 file even as root.
  static func runUnprivileged(_ arguments: [String], input: [UInt8] = []) throws -> CommandResult? {
    guard let prefix = withoutFileCapabilities else { return nil }
    guard let launcher = prefix.first else { return try run(arguments, input: input) }
    return try run(Array(prefix.dropFirst()) + [Self.executable] + arguments, input: input, executable: launcher)
  }
}

/// A fresh temporary directory, removed when the value goes away.
final class Scratch {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("namesake-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit {
    // Restore permissions first, or a mode-000 file's directory could not be emptied as non-root.
    if let names = FileManager.default.enumerator(atPath: url.path) {
      for case let name as String in names { chmod(url.appendingPathComponent(name).path, 0o755) }
    }
    try? FileManager.default.removeItem(at: url)
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Writes `bytes` to `name` (creating intermediate directories) and returns its path.
  @discardableResult
  func write(_ name: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  func directory(_ name: String) throws -> String {
    try FileManager.default.createDirectory(at: url.appendingPathComponent(name), withIntermediateDirectories: true)
    return path(name)
  }

  /// Every file under `name` (relative paths, hidden ones included) with its bytes.
  func contents(of name: String) -> [String: [UInt8]] {
    var result = [String: [UInt8]]()
    let base = url.appendingPathComponent(name)
    guard let names = FileManager.default.enumerator(atPath: base.path) else { return result }
    for case let relative as String in names {
      var isDirectory: ObjCBool = false
      let full = base.appendingPathComponent(relative).path
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
        result[relative] = (try? Data(contentsOf: URL(fileURLWithPath: full))).map { [UInt8]($0) } ?? []
      } else {
        result[relative + "/"] = []
      }
    }
    return result
  }
}
