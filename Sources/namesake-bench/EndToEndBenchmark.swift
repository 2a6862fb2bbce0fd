import Foundation
import Namesake

/// The whole pipeline against ICU's own loop, in one run: a generated corpus of shuffled sample
/// paragraphs per language and a glossary of the real entries plus generated people (katakana and
/// Swedish forms), then per language the raw ICU BreakIterator loop over the same bytes (in
/// process), `namesake segment` and `namesake align` (whole processes: start, glossary load,
/// reads, writes), interleaved and repeated; medians. Also align pinned to one core (taskset)
/// against all cores, and checks that their outputs are byte-identical; align without the HTML
/// report (`--no-report`) on all cores; and align on all cores and on one with the glossary
/// compiled once into an image (`namesake glossary compile`), whose output must be the same too.
///
///   namesake-bench end-to-end [--megabytes 50] [--people 100000] [--repetitions 3] [--work DIR] [--glossary DIR] [--outputs DIR] [--segment-only]
enum EndToEndBenchmark {
  struct Options {
    var megabytes = 50.0
    var people = 100_000
    var repetitions = 3
    var work = ".build-bench/end-to-end"
    var glossary = "glossary"
    var corpus = "corpus"
    /// Where the aligns write; default: a directory in /dev/shm when there is one (see `outputRoot`).
    var outputs: String?
    /// Only the ICU loop and `namesake segment`: a quick check of segmentation speed.
    var segmentOnly = false
  }

  static func run(_ arguments: [String]) throws {
    var options = Options()
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--megabytes": options.megabytes = iterator.next().flatMap(Double.init) ?? options.megabytes
      case "--people": options.people = iterator.next().flatMap(Int.init) ?? options.people
      case "--repetitions": options.repetitions = iterator.next().flatMap(Int.init) ?? options.repetitions
      case "--work": options.work = iterator.next() ?? options.work
      case "--glossary": options.glossary = iterator.next() ?? options.glossary
      case "--corpus": options.corpus = iterator.next() ?? options.corpus
      case "--outputs": options.outputs = iterator.next()
      case "--segment-only": options.segmentOnly = true
      default: throw BenchmarkError.usage("end-to-end [--megabytes N] [--people N] [--repetitions N] [--work DIR] [--glossary DIR] [--corpus DIR] [--outputs DIR] [--segment-only]")
      }
    }
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("namesake").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { throw BenchmarkError.usage("build namesake beside namesake-bench first") }
    let work = URL(fileURLWithPath: options.work)
    try? FileManager.default.removeItem(at: work)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

    let outputs = try outputRoot(options.outputs, work: work)
    defer { if outputs != work { try? FileManager.default.removeItem(at: outputs) } }
    let glossary = work.appendingPathComponent("glossary")
    let added = try GeneratedGlossary.write(people: options.people, base: options.glossary, to: glossary)
    let image = work.appendingPathComponent("glossary.nsglossary")
    let paragraphs = try sampleLines(corpus: options.corpus)
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let taskset = "/usr/bin/taskset"
    guard FileManager.default.isExecutableFile(atPath: taskset) else { throw BenchmarkError.usage("needs taskset (util-linux) to pin the one-core run") }
    let compile = options.segmentOnly ? 0 : try wallClock(binary, ["glossary", "compile", "--glossary", glossary.path, "--out", image.path])
    print("End to end: \(String(format: "%.0f", options.megabytes)) MB per language of shuffled sample paragraphs (16 KB documents); "
      + "glossary: \(options.glossary) + \(added) generated people with ja and sv forms; median of \(options.repetitions); \(cores) cores; ICU \(SentenceSegmenter.icuVersion)")
    if !options.segmentOnly {
      print("glossary compile (once, before the runs): \(String(format: "%.2f", compile)) s; align writes into \(outputs.path), and once per repetition into \(work.path)")
    }
    print("language | MB | ICU loop MB/s (1 core) | segment MB/s (1 core) | segment MB/s (\(cores) cores) | align MB/s (1 core) | align MB/s (\(cores) cores) | align --no-report MB/s (\(cores) cores) | align, compiled glossary MB/s (\(cores) cores) | segment/ICU (1 core) | segment/ICU (\(cores) cores) | align/ICU (1 core) | align/ICU (\(cores) cores) | align --no-report/ICU (\(cores) cores) | align, compiled glossary/ICU (\(cores) cores) | align \(cores) cores/1 | align, compiled glossary MB/s (1 core) | align, compiled glossary \(cores) cores/1 | align MB/s (\(cores) cores), output on disk | same output")
    print("---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---")
    var generator = SplitMix64(seed: 5050)
    var floors = [WriteFloorRow]()
    let matchFloor = options.segmentOnly ? nil : try MatchFloor(glossary: glossary.path)
    for language in [Language.english, .japanese, .swedish] {
      guard let pool = paragraphs[language], !pool.isEmpty else { continue }
      let documents = makeDocuments(from: pool, megabytes: options.megabytes, generator: &generator)
      let corpus = work.appendingPathComponent("corpus-\(language.rawValue)")
      try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
      for (index, bytes) in documents.enumerated() {
        try Data(bytes).write(to: corpus.appendingPathComponent(String(format: "%@-%06d.txt", language.rawValue, index)))
      }
      let megabytes = Double(documents.reduce(0) { $0 + $1.count }) / 1_000_000
      let icu = try ICUReference(locale: try LanguageProfile(language: language).icuLocale)
      let outOne = outputs.appendingPathComponent("aligned-\(language.rawValue)-1"), outAll = outputs.appendingPathComponent("aligned-\(language.rawValue)-n")
      let outBare = outputs.appendingPathComponent("aligned-\(language.rawValue)-bare")
      let outImage = outputs.appendingPathComponent("aligned-\(language.rawValue)-image")
      let outImageOne = outputs.appendingPathComponent("aligned-\(language.rawValue)-image-1")
      let outDisk = work.appendingPathComponent("aligned-\(language.rawValue)-disk")
      let common = ["--lang", language.rawValue]
      var times = [[Double]](repeating: [], count: 9)
      for _ in 0..<options.repetitions {
        times[0].append(try measure { try icu.run(documents) })
        times[4].append(try wallClock(taskset, ["-c", "0", binary, "segment", corpus.path, "--format", "jsonl", "--jobs", "1"] + common))
        times[1].append(try wallClock(binary, ["segment", corpus.path, "--format", "jsonl", "--jobs", String(cores)] + common))
        guard !options.segmentOnly else { continue }
        // One core: pinned with taskset, since even one task overlaps with the ordered writer.
        times[2].append(try wallClock(taskset, ["-c", "0", binary, "align", corpus.path, "--glossary", glossary.path, "--out", try emptied(outOne), "--jobs", "1"] + common))
        times[3].append(try wallClock(binary, ["align", corpus.path, "--glossary", glossary.path, "--out", try emptied(outAll), "--jobs", String(cores)] + common))
        times[5].append(
          try wallClock(binary, ["align", corpus.path, "--glossary", glossary.path, "--out", try emptied(outBare), "--jobs", String(cores), "--no-report"] + common))
        times[6].append(try wallClock(binary, ["align", corpus.path, "--glossary", image.path, "--out", try emptied(outImage), "--jobs", String(cores)] + common))
        // The compiled glossary's start-up is short, so this pair shows how the per-document
        // work scales.
        times[7].append(
          try wallClock(taskset, ["-c", "0", binary, "align", corpus.path, "--glossary", image.path, "--out", try emptied(outImageOne), "--jobs", "1"] + common))
        times[8].append(try wallClock(binary, ["align", corpus.path, "--glossary", glossary.path, "--out", try emptied(outDisk), "--jobs", String(cores)] + common))
      }
      if !options.segmentOnly {
        // One output in memory at a time: Japanese writes 540 MB.
        func floor(of output: URL, align: [Double]) throws -> WriteFloor {
          let floor = try OutputWriteFloor(directory: output)
          let writes = try (0..<options.repetitions).map { _ in try floor.measure(into: outputs.appendingPathComponent("write-floor"), threads: cores) }
          return WriteFloor(outputMegabytes: Double(floor.byteCount) / 1_000_000, write: median(writes), align: median(align))
        }
        let texts = documents.map { String(decoding: $0, as: UTF8.self) }
        let matches = (0..<options.repetitions).compactMap { _ in matchFloor?.measure(texts, language: language, threads: cores) }
        floors.append(
          WriteFloorRow(
            language: language, megabytes: megabytes, icu: median(times[0]), segment: median(times[1]), match: median(matches),
            report: try floor(of: outAll, align: times[3]), bare: try floor(of: outBare, align: times[5])))
      }
      let rates = times.map { $0.isEmpty ? .nan : megabytes / median($0) }
      let same = options.segmentOnly ? "—" : try sameFiles(outOne, outAll) && sameFiles(outAll, outImage) && sameFiles(outImage, outImageOne) && sameFiles(outAll, outDisk) ? "yes" : "NO"
      // Not measured (--segment-only): a dash rather than "nan".
      func f(_ value: Double) -> String { value.isNaN ? "—" : String(format: "%.1f", value) }
      func percent(_ value: Double) -> String { value.isNaN ? "—" : String(format: "%.0f%%", value * 100) }
      print("\(language.rawValue) | \(f(megabytes)) | \(f(rates[0])) | \(f(rates[4])) | \(f(rates[1])) | \(f(rates[2])) | \(f(rates[3])) | \(f(rates[5])) | \(f(rates[6])) | "
        + "\(percent(rates[4] / rates[0])) | \(percent(rates[1] / rates[0])) | \(percent(rates[2] / rates[0])) | \(percent(rates[3] / rates[0])) | \(percent(rates[5] / rates[0])) | \(percent(rates[6] / rates[0])) | "
        + "\(options.segmentOnly ? "—" : String(format: "%.2f×", pairedSpeedUp(one: times[2], all: times[3]))) | \(f(rates[7])) | "
        + "\(options.segmentOnly ? "—" : String(format: "%.2f×", pairedSpeedUp(one: times[7], all: times[6]))) | \(f(rates[8])) | \(same)")
      fflush(nil)  // each row as it is measured, also into a file (a run takes minutes)
      try? FileManager.default.removeItem(at: corpus)
      // The outputs may be in memory (/dev/shm): 3 GB per language.
      for output in [outOne, outAll, outBare, outImage, outImageOne, outDisk, outputs.appendingPathComponent("write-floor")] { try? FileManager.default.removeItem(at: output) }
    }
    if !floors.isEmpty { printFloors(floors, cores: cores) }
  }

  /// Seconds (medians): writing one align's output bytes alone, on all cores, and that align.
  struct WriteFloor {
    var outputMegabytes: Double
    var write: Double
    var align: Double
  }

  /// Per language, seconds (medians) on all cores, but the ICU loop's (one core); for align
  /// with its report and without (`--no-report`).
  struct WriteFloorRow {
    var language: Language
    var megabytes: Double
    var icu: Double
    var segment: Double
    /// Finding glossary forms in the documents, in process, on all cores.
    var match: Double
    var report: WriteFloor
    var bare: WriteFloor
  }

  /// How close align could come to the ICU loop at best: it segments, finds the glossary's forms
  /// and writes its output. All three take the same cores, so their times add up; linking,
  /// formatting and QA come on top.
  static func printFloors(_ rows: [WriteFloorRow], cores: Int) {
    print("\nFloors under align, on \(cores) cores: writing align's output bytes alone (staged and renamed as align does), "
      + "and finding the glossary's forms alone (in process); percentages of the ICU loop's MB/s")
    print("language | input MB | match only/ICU | align output MB | write only/ICU | segment + match + write only/ICU | align/ICU | "
      + "align --no-report output MB | write only/ICU | segment + match + write only/ICU | align --no-report/ICU")
    print("---|---|---|---|---|---|---|---|---|---|---")
    for row in rows {
      func percent(_ seconds: Double) -> String { String(format: "%.0f%%", row.icu / seconds * 100) }
      func columns(_ floor: WriteFloor) -> String {
        "\(String(format: "%.0f", floor.outputMegabytes)) | \(percent(floor.write)) | \(percent(row.segment + row.match + floor.write)) | \(percent(floor.align))"
      }
      print("\(row.language.rawValue) | \(String(format: "%.1f", row.megabytes)) | \(percent(row.match)) | \(columns(row.report)) | \(columns(row.bare))")
    }
  }

  /// The median of each repetition's one-core time over its all-cores time. The two runs of a
  /// repetition follow each other, so the machine's drift between repetitions (it is shared)
  /// cancels out of each pair, which a ratio of two medians taken minutes apart does not do.
  static func pairedSpeedUp(one: [Double], all: [Double]) -> Double {
    median(zip(one, all).map { $0 / $1 })
  }

  /// Where the aligns write: `requested`, else a fresh directory in /dev/shm (tmpfs) when there
  /// is one, else `work`. Not the work disk by default: this machine's root file system is ext4
  /// without a journal, where creating a file skips every inode deleted in the last minute or
  /// more (`recently_deleted` in the kernel's inode allocator), and each align here creates 3,000
  /// files right after the previous one's were deleted. perf put up to 1 s of one align's CPU
  /// time there, and align on 50 MB of Japanese took 1.4 times as long as into tmpfs. One align
  /// per repetition still writes to the work disk (its own column), for comparison.
  static func outputRoot(_ requested: String?, work: URL) throws -> URL {
    if let requested {
      try FileManager.default.createDirectory(atPath: requested, withIntermediateDirectories: true)
      return URL(fileURLWithPath: requested)
    }
    let memory = "/dev/shm"
    guard FileManager.default.isWritableFile(atPath: memory) else { return work }
    let root = URL(fileURLWithPath: memory).appendingPathComponent("namesake-bench-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    return root
  }

  /// `directory`'s path, emptied: each align writes into an empty directory, as a first run
  /// does. Renaming over the previous run's 540 MB of files made ext4 flush and free them
  /// within the timed run (0.12 s per 10 MB of Japanese, serial).
  static func emptied(_ directory: URL) throws -> String {
    if FileManager.default.fileExists(atPath: directory.path) { try FileManager.default.removeItem(at: directory) }
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.path
  }

  /// Seconds a whole `namesake` process takes, from `posix_spawn` to `waitpid`. Not Foundation's
  /// `Process`: its `waitUntilExit` polls every 50 ms, which added up to 50 ms to each figure
  /// (a fifth of `segment` on 50 MB). Dirty pages are written out first (`sync`): otherwise the
  /// previous align's few hundred MB of output are flushed while the next command is timed,
  /// which slowed `segment` by about 1.4×.
  static func wallClock(_ binary: String, _ arguments: [String]) throws -> Double {
    sync()
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid = pid_t()
    let start = ContinuousClock.now
    let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchmarkError.usage("cannot start \(binary): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { throw BenchmarkError.usage("waitpid: \(String(cString: strerror(errno)))") }
    }
    let elapsed = (ContinuousClock.now - start).seconds
    // Exited (low 7 bits 0) with status 0 (the next 8 bits).
    guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else {
      throw BenchmarkError.usage("\(binary) \(arguments.joined(separator: " ")) ended with wait status \(status)")
    }
    return elapsed
  }

  static func sameFiles(_ a: URL, _ b: URL) throws -> Bool {
    let names = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
    guard names == (try FileManager.default.contentsOfDirectory(atPath: b.path).sorted()) else { return false }
    for name in names where try Data(contentsOf: a.appendingPathComponent(name)) != Data(contentsOf: b.appendingPathComponent(name)) { return false }
    return true
  }
}

/// The real glossary plus generated people: Vietnamese-style names with their conventional
/// katakana and a Swedish form, as project-format rows.
enum GeneratedGlossary {
  static func write(people: Int, base: String, to directory: URL) throws -> Int {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for name in ["entities.tsv", "names.tsv", "tenures.tsv", "relations.tsv"] {
      try FileManager.default.copyItem(atPath: base + "/" + name, toPath: directory.appendingPathComponent(name).path)
    }
    let existing = try GlossaryLoader.load(base)
    let normalizer = MatchNormalizer()
    var taken = Set(existing.entities.flatMap { entity in [entity.canonical] + entity.names.map(\.form) }.map { normalizer.normalize($0).text })
    var generator = SplitMix64(seed: 100_000)
    var entities = "", names = ""
    var added = 0
    while added < people {
      let (latin, katakana) = GeneratedNames.name(&generator)
      guard taken.insert(normalizer.normalize(latin).text).inserted, taken.insert(normalizer.normalize(katakana).text).inserted else { continue }
      let id = "person/generated-\(added)"
      let source = "imported:benchmark-generator"
      entities += "\(id)\tperson\t\(latin)\t\(source)\t\n"
      names += "\(id)\tja\t\(katakana)\tpreferred\t\t\(source)\n\(id)\tsv\t\(latin)\tpreferred\t\t\(source)\n"
      added += 1
    }
    try append(entities, to: directory.appendingPathComponent("entities.tsv"))
    try append(names, to: directory.appendingPathComponent("names.tsv"))
    return added
  }

  private static func append(_ text: String, to file: URL) throws {
    let handle = try FileHandle(forWritingTo: file)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }
}
