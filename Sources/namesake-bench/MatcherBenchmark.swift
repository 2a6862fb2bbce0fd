import Foundation
import Namesake

/// Glossary matcher at growing glossary sizes over the same text: time until ready to match,
/// peak memory, and matching throughput. Each size runs in its own process, so peak memory is that
/// size's alone.
///
///   namesake-bench matcher [--sizes 1000,100000,1000000] [--corpus DIR] [--megabytes N]
///   namesake-bench matcher --one N ...   (one size; used by the driver)
enum MatcherBenchmark {
  static func run(_ arguments: [String]) throws {
    var sizes = [1_000, 100_000, 1_000_000]
    var corpus = "corpus"
    var megabytes = 4.0
    var one: Int?
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--sizes": sizes = (iterator.next() ?? "").split(separator: ",").compactMap { Int($0) }
      case "--corpus": corpus = iterator.next() ?? corpus
      case "--megabytes": megabytes = iterator.next().flatMap(Double.init) ?? megabytes
      case "--one": one = iterator.next().flatMap(Int.init)
      default: throw BenchmarkError.usage("matcher [--sizes A,B,C] [--corpus DIR] [--megabytes N]")
      }
    }
    if let one {
      try measure(variants: one, corpus: corpus, megabytes: megabytes)
      return
    }
    print("Glossary matcher: generated Vietnamese names (Latin and katakana forms) over \(megabytes) MB of English sample text")
    print("variants | patterns | ready to match (s) | peak RSS (MB) | automaton (MB) | MB/s | matches | throughput vs smallest")
    print("---|---|---|---|---|---|---|---")
    var baseline: Double?
    for size in sizes {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
      process.arguments = ["matcher", "--one", String(size), "--corpus", corpus, "--megabytes", String(megabytes)]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      let fields = output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count == 7, let rate = Double(fields[5]) else {
        print("\(size) | failed: \(output)")
        continue
      }
      baseline = baseline ?? rate
      print(output.trimmingCharacters(in: .whitespacesAndNewlines) + " | " + String(format: "%.0f%%", rate / (baseline ?? rate) * 100))
    }
  }

  static func measure(variants: Int, corpus: String, megabytes: Double) throws {
    var generator = SplitMix64(seed: 30042)
    var forms = [GlossaryMatcher.Candidate]()
    forms.reserveCapacity(variants)
    do {
      var seen = Set<String>()
      while forms.count < variants {
        let (latin, katakana) = GeneratedNames.name(&generator)
        let id = "person/generated-\(forms.count)"
        for (form, language) in [(latin, Language.english), (katakana, .japanese)] where forms.count < variants {
          guard seen.insert(form).inserted else { continue }
          forms.append(.init(entity: id, language: language, form: form, status: .admitted, isCanonical: false))
        }
      }
    }
    let text = try benchmarkText(corpus: corpus, megabytes: megabytes)
    let start = ContinuousClock.now
    let matcher = GlossaryMatcher(candidates: forms)
    forms = []
    let ready = (ContinuousClock.now - start).seconds
    var times = [Double]()
    var count = 0
    for _ in 0..<3 {
      let matchStart = ContinuousClock.now
      count = 0
      for document in text { count += matcher.matches(in: document, language: .english).count }
      times.append((ContinuousClock.now - matchStart).seconds)
    }
    if ProcessInfo.processInfo.environment["NAMESAKE_BENCH_SHOW"] != nil, let document = text.first {
      let scalars = Array(document.unicodeScalars)
      for match in matcher.matches(in: document, language: .english).prefix(5) {
        print(String(String.UnicodeScalarView(scalars[match.start..<match.end])), match.candidates.map(\.form))
      }
    }
    let bytes = text.reduce(0) { $0 + $1.utf8.count }
    let rate = Double(bytes) / 1_000_000 / times.sorted()[1]
    print(
      "\(variants) | \(matcher.patternCount) | \(String(format: "%.2f", ready)) | \(String(format: "%.0f", peakResidentMegabytes())) | "
        + "\(String(format: "%.0f", Double(matcher.memoryFootprint) / 1_000_000)) | \(String(format: "%.1f", rate)) | \(count)")
  }

  /// The English sample articles, repeated to `megabytes`, as documents.
  static func benchmarkText(corpus: String, megabytes: Double) throws -> [String] {
    let pipeline = try SegmentationPipeline()
    var articles = [String]()
    for path in try DocumentReader.expand(paths: [corpus]) {
      let document = try DocumentReader.read(path: path)
      if try pipeline.segment(document)?.language == .english { articles.append(document.text) }
    }
    guard !articles.isEmpty else { throw BenchmarkError.usage("no English articles in \(corpus)") }
    var documents = [String]()
    var total = 0
    while Double(total) < megabytes * 1_000_000 {
      let article = articles[documents.count % articles.count]
      documents.append(article)
      total += article.utf8.count
    }
    return documents
  }

  static func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
  }
}

/// Vietnamese-style names with the conventional katakana of each syllable, for generated glossaries.
enum GeneratedNames {
  static let family: [(String, String)] = [
    ("Nguyen", "グエン"), ("Tran", "チャン"), ("Le", "レ"), ("Pham", "ファム"), ("Hoang", "ホアン"), ("Phan", "ファン"),
    ("Vu", "ヴー"), ("Dang", "ダン"), ("Bui", "ブイ"), ("Do", "ドー"), ("Ho", "ホー"), ("Ngo", "ゴー"), ("Duong", "ズオン"), ("Ly", "リー"),
  ]
  static let syllables: [(String, String)] = [
    ("Van", "ヴァン"), ("Thi", "ティ"), ("Duc", "ドゥック"), ("Minh", "ミン"), ("Thanh", "タイン"), ("Huu", "フウ"), ("Quang", "クアン"),
    ("Ngoc", "ゴック"), ("Hong", "ホン"), ("Anh", "アイン"), ("Tuan", "トゥアン"), ("Hai", "ハイ"), ("Long", "ロン"), ("Son", "ソン"),
    ("Hung", "フン"), ("Dung", "ズン"), ("Binh", "ビン"), ("Lam", "ラム"), ("Nam", "ナム"), ("Phuc", "フック"), ("Khanh", "カイン"),
    ("Tam", "タム"), ("Trung", "チュン"), ("Vinh", "ヴィン"), ("Tien", "ティエン"), ("Chau", "チャウ"), ("Giang", "ザン"), ("Hien", "ヒエン"),
    ("Tung", "トゥン"), ("Nghia", "ギア"), ("Khang", "カン"), ("Triet", "チエット"), ("Thang", "タン"), ("Hoa", "ホア"), ("Phong", "フォン"),
    ("Bao", "バオ"), ("Cuong", "クオン"), ("Dat", "ダット"), ("Hieu", "ヒエウ"), ("Khoa", "コア"), ("Linh", "リン"), ("Mai", "マイ"),
  ]

  static func name(_ generator: inout SplitMix64) -> (String, String) {
    var latin = [String]()
    var katakana = [String]()
    let first = family[Int(generator.next() % UInt64(family.count))]
    latin.append(first.0)
    katakana.append(first.1)
    for _ in 0..<Int(2 + generator.next() % 3) {
      let syllable = syllables[Int(generator.next() % UInt64(syllables.count))]
      latin.append(syllable.0)
      katakana.append(syllable.1)
    }
    return (latin.joined(separator: " "), katakana.joined(separator: "・"))
  }
}

enum BenchmarkError: Error { case icu(Int32), usage(String) }
