// Segmentation throughput against ICU's own BreakIterator loop over the same text, in one run.
//
//   swift run -c release namesake-bench [--corpus DIR] [--megabytes N] [--repetitions N]
//   swift run -c release namesake-bench matcher    (glossary matcher at 1k, 100k and 1M variants)
//   swift run -c release namesake-bench end-to-end (segment and align as whole processes; see EndToEndBenchmark)
//   swift run -c release namesake-bench stream     (decoding of `namesake stream` input lines)
//
// The generated corpus: per language, the sample articles' paragraphs shuffled (seeded) into
// documents of about 16 KB until N MB. Each repetition runs the reference and Namesake in turn
// (A B A B …) so drift of a shared machine hits both; medians and the median ratio are printed.
import CICUShim
import Foundation
import Namesake

struct Options {
  var corpus = "corpus"
  var megabytes = 8.0
  var repetitions = 5

  init(_ arguments: [String]) {
    var iterator = arguments.dropFirst().makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--corpus": corpus = iterator.next() ?? corpus
      case "--megabytes": megabytes = iterator.next().flatMap(Double.init) ?? megabytes
      case "--repetitions": repetitions = iterator.next().flatMap(Int.init) ?? repetitions
      default:
        FileHandle.standardError.write(Data("usage: namesake-bench [--corpus DIR] [--megabytes N] [--repetitions N]\n".utf8))
        exit(64)
      }
    }
  }
}

/// Runs a benchmark; a usage or ICU error is printed with status 64 or 70, not a trap.
func runReporting(_ body: ([String]) throws -> Void) -> Never {
  do {
    try body(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  } catch BenchmarkError.usage(let message) {
    FileHandle.standardError.write(Data("usage: namesake-bench \(message)\n".utf8))
    exit(64)
  } catch {
    FileHandle.standardError.write(Data("namesake-bench: \(error)\n".utf8))
    exit(70)
  }
}

switch CommandLine.arguments.dropFirst().first {
case "end-to-end": runReporting(EndToEndBenchmark.run)
case "stream": runReporting(StreamBenchmark.run)
case "matcher": runReporting(MatcherBenchmark.run)
default: break
}
let options = Options(CommandLine.arguments)
var generator = SplitMix64(seed: 2026)
let paragraphs = try sampleLines(corpus: options.corpus)

print("Segmentation throughput, MB/s of UTF-8 input (median of \(options.repetitions); ICU \(SentenceSegmenter.icuVersion))")
print("language | MB | ICU loop (UTF-8→UTF-16 + BreakIterator) | namesake segment (read + segment) | + JSONL records | ratio segment/ICU | ratio records/ICU")
print("---|---|---|---|---|---|---")
for language in [Language.english, .japanese, .swedish] {
  guard let pool = paragraphs[language], !pool.isEmpty else { continue }
  let documents = makeDocuments(from: pool, megabytes: options.megabytes, generator: &generator)
  let bytes = documents.reduce(0) { $0 + $1.count }
  let segmenter = try SentenceSegmenter(language: language)
  let icu = try ICUReference(locale: try LanguageProfile(language: language).icuLocale)
  var icuTimes = [Double]()
  var segmentTimes = [Double]()
  var recordTimes = [Double]()
  var ratios = [Double]()
  var recordRatios = [Double]()
  for _ in 0..<options.repetitions {
    let reference = try measure { try icu.run(documents) }
    let segmentation = try measure {
      var count = 0
      for (index, bytes) in documents.enumerated() {
        let document = try Document(id: "d\(index)", origin: "bench", utf8: bytes)
        count += try segmenter.segments(in: document).segments.count
      }
      return count
    }
    let records = try measure {
      var writer = JSONWriter()
      var written = 0
      for (index, bytes) in documents.enumerated() {
        let document = try Document(id: "d\(index)", origin: "bench", utf8: bytes)
        writer.removeAll()
        SegmentRecordWriter.appendJSONLines(try segmenter.segments(in: document), to: &writer)
        written += writer.bytes.count
      }
      return written
    }
    icuTimes.append(reference)
    segmentTimes.append(segmentation)
    recordTimes.append(records)
    ratios.append(reference / segmentation)
    recordRatios.append(reference / records)
  }
  let megabytes = Double(bytes) / 1_000_000
  func rate(_ times: [Double]) -> String { String(format: "%.1f", megabytes / median(times)) }
  print(
    "\(language.rawValue) | \(String(format: "%.1f", megabytes)) | \(rate(icuTimes)) | \(rate(segmentTimes)) | "
      + "\(rate(recordTimes)) | \(String(format: "%.0f%%", median(ratios) * 100)) | "
      + "\(String(format: "%.0f%%", median(recordRatios) * 100))")
}

/// Seconds taken by `body`; its result is kept alive so the work cannot be optimised away.
func measure(_ body: () throws -> Int) throws -> Double {
  let start = ContinuousClock.now
  let result = try body()
  let elapsed = ContinuousClock.now - start
  if result == -1 { print("") }
  return elapsed.seconds
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

/// Documents of about 16 KB of shuffled paragraphs, `megabytes` in all.
func makeDocuments(from pool: [String], megabytes: Double, generator: inout SplitMix64) -> [[UInt8]] {
  var documents = [[UInt8]]()
  var total = 0
  while Double(total) < megabytes * 1_000_000 {
    var document = [UInt8]()
    while document.count < 16_000 {
      document += Array(pool[Int(generator.next() % UInt64(pool.count))].utf8)
      document.append(0x0A)
    }
    total += document.count
    documents.append(document)
  }
  return documents
}

/// The reference: what a program using ICU directly does, per document.
struct ICUReference {
  let iterator: OpaquePointer

  init(locale: String) throws {
    var pointer: OpaquePointer?
    let status = nsk_sentence_iterator_open(locale, &pointer)
    guard status <= 0, let pointer else { throw BenchmarkError.icu(status) }
    iterator = pointer
  }

  func run(_ documents: [[UInt8]]) throws -> Int {
    var units = [UInt16]()
    var total: Int64 = 0
    for bytes in documents {
      units = [UInt16](repeating: 0, count: bytes.count + 1)
      var length: Int32 = 0
      let status = bytes.withUnsafeBufferPointer { input in
        input.withMemoryRebound(to: CChar.self) { chars in
          nsk_utf8_to_utf16(chars.baseAddress, Int32(chars.count), &units, Int32(units.count), &length)
        }
      }
      guard status <= 0 else { throw BenchmarkError.icu(status) }
      var count: Int64 = 0
      let loop = nsk_sentence_count(iterator, units, length, &count)
      guard loop <= 0 else { throw BenchmarkError.icu(loop) }
      total += count
    }
    return Int(total)
  }
}


