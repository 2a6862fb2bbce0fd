import Foundation

/// Loads a glossary from a directory in the project format, a TBX file or a CSV file.
public enum GlossaryLoader {
  /// The records of the glossary at `path`, before validation.
  public static func records(at path: String) throws(GlossaryError) -> GlossaryRecords {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadable(path: path, reason: "no such file or directory")
    }
    if isDirectory.boolValue { return try TSVGlossaryFormat.read(directory: path) }
    switch URL(fileURLWithPath: path).pathExtension.lowercased() {
    case GlossaryImage.fileExtension:
      throw .unreadable(path: path, reason: "a compiled glossary image holds no records: give the glossary it was compiled from")
    case "csv": return try CSVGlossaryFormat.read(path: path)
    case "tbx", "xml": return try TBXGlossaryFormat.read(path: path)
    default: throw .unknownFormat(path: path)
    }
  }

  /// The validated glossary at `path`; a compiled image (`.nsglossary`) was validated when it
  /// was compiled and is read as it is.
  public static func load(_ path: String) throws(GlossaryError) -> Glossary {
    if GlossaryImage.isImage(path: path) { return try GlossaryImage.read(path: path) }
    return try GlossaryBuilder.build(records(at: path))
  }
}
