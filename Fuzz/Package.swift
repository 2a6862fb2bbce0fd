// swift-tools-version: 6.1
// libFuzzer targets for Namesake, apart from the main package so that `swift build` and
// `swift test` never see them. Built and run by scripts/fuzz (see the README's Fuzzing section).
import PackageDescription

let fuzzTargets = ["fuzz-segmenter", "fuzz-tsv-glossary", "fuzz-csv-glossary", "fuzz-tbx-glossary", "fuzz-matcher"]

let package = Package(
  name: "NamesakeFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [.package(name: "Namesake", path: "..")],
  targets: [
    .target(name: "CLibFuzzer"),
    .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", .product(name: "Namesake", package: "Namesake")]),
  ]
    + fuzzTargets.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzSupport", .product(name: "Namesake", package: "Namesake")],
        // libFuzzer's main is linked here only: scripts/fuzz instruments every module for coverage
        // without it, so build tools such as the language-data embedder keep their own main.
        linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
      )
    }
)
