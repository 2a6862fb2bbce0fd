import Foundation

/// A validated glossary compiled into one binary file (`namesake glossary compile`), loaded without
/// parsing or checking its records again: with 100,000 people, reading the TSV files, validating
/// them and checking shared forms is most of a run's start-up.
///
/// Layout: the magic "NSKGLOSS", the format version (UInt32), the payload's length and its FNV-1a
/// checksum (UInt64 each), then the payload: the entities in id order. Integers are little-endian;
/// a string is its UTF-8 length (UInt32) and bytes; an optional is a flag byte and the value; enums
/// are their raw strings, so a reordered case cannot change what an image means. The image holds
/// facts only (no normalised forms or indexes), so a newer build reads it the same way.
public enum GlossaryImage {
  public static let fileExtension = "nsglossary"
  static let magic = Array("NSKGLOSS".utf8)
  /// Bumped whenever an entity's fields change.
  static let formatVersion: UInt32 = 1
  static let headerSize = 8 + 4 + 8 + 8

  /// Whether `path` names an image (by its extension, as `.tbx` and `.csv` are recognised).
  public static func isImage(path: String) -> Bool {
    URL(fileURLWithPath: path).pathExtension.lowercased() == fileExtension
  }

  public static func encode(_ glossary: Glossary) -> [UInt8] {
    var payload = ImageWriter()
    payload.count(glossary.entities.count)
    for entity in glossary.entities { payload.entity(entity) }
    var image = ImageWriter()
    image.bytes.append(contentsOf: magic)
    image.integer(formatVersion)
    image.integer(UInt64(payload.bytes.count))
    image.integer(checksum(payload.bytes[...]))
    image.bytes.append(contentsOf: payload.bytes)
    return image.bytes
  }

  /// The glossary in `bytes`, read from `path` (for messages); a damaged, truncated or foreign
  /// file is an error naming the byte where reading stopped.
  public static func decode(_ bytes: [UInt8], path: String) throws(GlossaryError) -> Glossary {
    func failure(_ offset: Int, _ reason: String) -> GlossaryError { .damagedImage(path: path, reason: "byte \(offset): \(reason)") }
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
      throw failure(0, "not a compiled glossary image (no NSKGLOSS header)")
    }
    var header = ImageReader(bytes: bytes[magic.count...])
    let version: UInt32, length: UInt64, expected: UInt64
    do throws(ImageReader.Failure) {
      version = try header.integer()
      length = try header.integer()
      expected = try header.integer()
    } catch {
      throw failure(error.offset, "truncated header")
    }
    guard version == formatVersion else {
      throw failure(magic.count, "image format \(version); this build reads format \(formatVersion): compile the glossary again")
    }
    guard length == UInt64(bytes.count - headerSize) else {
      throw failure(bytes.count, "the image is \(bytes.count - headerSize) bytes after its header, its header says \(length): truncated or damaged")
    }
    let payload = bytes[headerSize...]
    guard checksum(payload) == expected else { throw failure(headerSize, "checksum mismatch: the image is damaged") }
    var reader = ImageReader(bytes: payload)
    do throws(ImageReader.Failure) {
      var entities = [Entity]()
      let count = try reader.count()
      entities.reserveCapacity(count)
      for _ in 0..<count { entities.append(try reader.entity()) }
      guard reader.isAtEnd else { throw ImageReader.Failure(offset: reader.offset, reason: "bytes after the last entity") }
      return Glossary(sorted: entities, normalizedForms: nil)
    } catch {
      throw failure(error.offset, error.reason)
    }
  }

  public static func read(path: String) throws(GlossaryError) -> Glossary {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot open" : "no such file or directory")
    }
    return try decode([UInt8](data), path: path)
  }

  /// FNV-1a, 64 bits: catches a damaged or partly copied image (not tampering).
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    bytes.withUnsafeBufferPointer { buffer in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in buffer { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      return hash
    }
  }
}
