// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Namesake",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "Namesake", targets: ["Namesake"]),
    .executable(name: "namesake", targets: ["namesake"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // ICU4C behind plain C types: ICU headers appear only in its .c files, so Swift code
    // that also imports Foundation (with its bundled ICU) never sees two sets of ICU types.
    .target(
      name: "CICUShim",
      linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
    ),
    .target(
      name: "Namesake",
      dependencies: ["CICUShim"],
      exclude: ["Languages/Data"],
      swiftSettings: [.enableUpcomingFeature("ExistentialAny")],
      plugins: ["EmbedLanguageData"]
    ),
    .executableTarget(
      name: "namesake",
      dependencies: ["Namesake", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    .executableTarget(
      name: "namesake-bench",
      dependencies: ["Namesake", "CICUShim"]
    ),
    // Build-time tool: turns the language data files into a Swift source, so the library and a
    // statically linked binary need no resource bundle at run time.
    .executableTarget(name: "embed-language-data"),
    .plugin(
      name: "EmbedLanguageData",
      capability: .buildTool(),
      dependencies: ["embed-language-data"]
    ),
    .testTarget(
      name: "NamesakeTests",
      dependencies: ["Namesake"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "GoldenTests", dependencies: ["Namesake"], exclude: ["Snapshots"]),
    .testTarget(name: "CLITests", dependencies: ["namesake"]),
  ]
)
