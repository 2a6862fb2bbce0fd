import Foundation
import Namesake

/// Decoding of `namesake stream` input lines: Foundation's JSONSerialization and JSONDecoder
/// against the hand-written StreamDocumentDecoder, over the same generated JSON Lines.
///
///   namesake-bench stream [--corpus DIR] [--megabytes N] [--repetitions N] [--write FILE]
///
/// The input: the sample articles' paragraphs shuffled (seeded) into ~16 KB documents, an equal
/// share per language, as `{"id":"gen-000001","text":"…"}` lines. `--write FILE` also writes
/// them to FILE and, as `<id>.txt` files, to the directory FILE.d, for timing `namesake stream`
/// against `namesake align` on the same text.
enum StreamBenchmark {
  /// What the Foundation decoders decode into.
  struct Line: Decodable {
    var id: String
    var lang: String?
    var text: String
  }

  static func run(_ arguments: [String]) throws {
    var corpus = "corpus"
    var megabytes = 50.0
    var repetitions = 3
    var output: String?
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--corpus": corpus = iterator.next() ?? corpus
      case "--megabytes": megabytes = iterator.next().flatMap(Double.init) ?? megabytes
      case "--repetitions": repetitions = iterator.next().flatMap(Int.init) ?? repetitions
      case "--write": output = iterator.next()
      default: throw BenchmarkError.usage("stream [--corpus DIR] [--megabytes N] [--repetitions N] [--write FILE]")
      }
    }
    let (lines, texts) = try generate(corpus: corpus, megabytes: megabytes)
    let bytes = lines.reduce(0) { $0 + $1.count + 1 }
    if let output { try write(lines: lines, texts: texts, to: output) }

    print("Decoding stream input: \(lines.count) documents, \(String(format: "%.1f", Double(bytes) / 1e6)) MB of JSON Lines (median of \(repetitions))")
    print("decoder | MB/s | lines that differ from the input text")
    print("---|---|---")
    let decoders: [(String, ([UInt8]) throws -> [UInt8])] = [
      ("JSONSerialization", { line in
        let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        return Array(((object?["text"] as? String) ?? "").utf8)
      }),
      ("JSONDecoder", { line in Array(try JSONDecoder().decode(Line.self, from: Data(line)).text.utf8) }),
      ("StreamDocumentDecoder", { line in try StreamDocumentDecoder.decode(line).text }),
    ]
    for (name, decode) in decoders {
      var times = [Double]()
      var differing = 0
      for repetition in 0..<repetitions {
        times.append(try measure {
          var total = 0
          for (index, line) in lines.enumerated() {
            let text = try decode(line)
            total += text.count
            if repetition == 0 && text != texts[index] { differing += 1 }
          }
          return total
        })
      }
      print("\(name) | \(String(format: "%.1f", Double(bytes) / 1e6 / median(times))) | \(differing)")
    }
  }

  /// JSON Lines and the texts they hold. Every 50th document starts with a byte order mark, as
  /// files saved by some editors do; the decoders must keep it.
  static func generate(corpus: String, megabytes: Double) throws -> ([[UInt8]], [[UInt8]]) {
    var generator = SplitMix64(seed: 2026)
    let paragraphs = try sampleLines(corpus: corpus)
    let pools = paragraphs.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)
    var texts = [[UInt8]]()
    for pool in pools {
      texts += makeDocuments(from: pool, megabytes: megabytes / Double(pools.count), generator: &generator)
    }
    var lines = [[UInt8]]()
    for (index, text) in texts.enumerated() {
      if index % 50 == 0 { texts[index] = [0xEF, 0xBB, 0xBF] + text }
      var writer = JSONWriter()
      writer.beginObject()
      writer.field("id", String(format: "gen-%06d", index))
      writer.field("text", utf8: texts[index])
      writer.endObject()
      lines.append(writer.bytes)
    }
    return (lines, texts)
  }

  static func write(lines: [[UInt8]], texts: [[UInt8]], to path: String) throws {
    try Data(lines.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: path))
    let directory = path + ".d"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    for (index, text) in texts.enumerated() {
      try Data(text).write(to: URL(fileURLWithPath: directory + String(format: "/gen-%06d.txt", index)))
    }
  }
}
