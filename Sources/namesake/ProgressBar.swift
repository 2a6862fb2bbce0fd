import Foundation
import Namesake

/// A one-line progress bar on standard error (documents, MB/s, ETA), drawn only when standard
/// error is a terminal, so logs and pipes get nothing extra.
struct ProgressBar {
  private let enabled: Bool
  private let totalBytes: Int
  private let start = ContinuousClock.now
  private var lastDraw = ContinuousClock.now - .seconds(1)

  /// `paths` are stat'ed for the total size the ETA needs.
  init(paths: [String], enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.enabled = enabled
    totalBytes = enabled ? paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) } : 0
  }

  mutating func update(_ progress: AlignmentJob.Progress) {
    guard enabled else { return }
    let now = ContinuousClock.now
    guard now - lastDraw >= .milliseconds(100) || progress.documents == progress.total else { return }
    lastDraw = now
    let elapsed = max(Self.seconds(now - start), 0.001)
    let rate = Double(progress.bytes) / elapsed
    let fraction = totalBytes > 0 ? min(1, Double(progress.bytes) / Double(totalBytes)) : Double(progress.documents) / Double(max(progress.total, 1))
    let eta = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
    let width = 24, filled = Int(fraction * Double(width))
    let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    let line = String(format: "\r%@ %d/%d documents  %.1f MB/s  ETA %@ ", bar, progress.documents, progress.total, rate / 1_000_000, Self.clock(eta))
    FileHandle.standardError.write(Data(line.utf8))
  }

  /// Reads the documents at `paths` in order, handing each to `body`, with the bar drawn and cleared
  /// (for the commands that go through a corpus one document at a time).
  static func reading(_ paths: [String], _ body: (Document) throws -> Void) throws {
    var bar = ProgressBar(paths: paths)
    var bytes = 0
    for (index, path) in paths.enumerated() {
      let document = try DocumentReader.read(path: path)
      try body(document)
      bytes += document.utf8.count
      bar.update(AlignmentJob.Progress(documents: index + 1, total: paths.count, bytes: bytes))
    }
    bar.finish()
  }

  /// Writes a line to standard error above the bar (which is redrawn at the next update).
  mutating func message(_ line: String) {
    finish()
    FileHandle.standardError.write(Data((line + "\n").utf8))
    lastDraw = start - .seconds(1)
  }

  /// Clears the bar so the summary line starts clean.
  func finish() {
    guard enabled else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  private static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded())
    return String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
  }
}
