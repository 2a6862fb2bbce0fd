import Foundation
import PackagePlugin

/// Compiles `Languages/Data/*.tsv` of the target into a Swift source, so the data ships inside the
/// binary (a statically linked `namesake` needs no resource bundle beside it).
@main
struct EmbedLanguageData: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: any Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    let dataDirectory = target.directoryURL.appending(path: "Languages/Data")
    let inputs = try FileManager.default.contentsOfDirectory(
      at: dataDirectory, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "tsv" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedLanguageData.swift")
    return [
      .buildCommand(
        displayName: "Embedding language data for \(target.name)",
        executable: try context.tool(named: "embed-language-data").url,
        arguments: [output.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }
}
