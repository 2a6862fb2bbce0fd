import Foundation

/// A validated glossary compiled into one binary file (`namesake glossary compile`), loaded without
/// parsing or checking its records again: with 100,000 people, reading the TSV files, validating
/// them and checking shared forms is most of a run's start-up.
///
/// Layout: the magic "NSKGLOSS", the format version (UInt32), the payload's length (UInt64) and
/// the FNV-1a checksum of its table (UInt64); then the payload: the table — the entity count and
/// the chunk count (UInt32 each), per chunk its entity count (UInt32), byte length and checksum
/// (UInt64 each), and the matcher index's revision (UInt32), byte length and checksum (UInt64
/// each) — then the chunks, each a run of entities in id order, then the matcher index (see
/// `GlossaryImage+MatcherIndex`). Chunks are checked and decoded on all cores. Integers are
/// little-endian; a string is its UTF-8 length (UInt32) and bytes; an optional is a flag byte and
/// the value; enums are their raw strings, so a reordered case cannot change what an image means.
/// The entities are facts; the index is derived from them and only used when this build would
/// derive the same one (its revision and the forms it was built from match), so an image is never
/// read differently by a newer build, at worst more slowly.
public enum GlossaryImage {
  public static let fileExtension = "nsglossary"
  static let magic = Array("NSKGLOSS".utf8)
  /// Bumped whenever the layout or an entity's fields change.
  static let formatVersion: UInt32 = 2
  static let headerSize = 8 + 4 + 8 + 8
  static let chunkEntryBytes = 4 + 8 + 8
  /// Entities per chunk: small enough to share among cores, large enough to cost nothing.
  static let chunkSize = 8_192

  struct Chunk: Sendable {
    var entities: Int
    var bytes: Range<Int>
    var checksum: UInt64
  }

  /// Whether `path` names an image (by its extension, as `.tbx` and `.csv` are recognised).
  public static func isImage(path: String) -> Bool {
    URL(fileURLWithPath: path).pathExtension.lowercased() == fileExtension
  }

  public static func encode(_ glossary: Glossary) -> [UInt8] { encode(glossary, chunkSize: chunkSize) }

  static func encode(_ glossary: Glossary, chunkSize: Int) -> [UInt8] {
    let chunks = stride(from: 0, to: glossary.entities.count, by: chunkSize).map { start in
      var chunk = ImageWriter()
      for entity in glossary.entities[start..<min(start + chunkSize, glossary.entities.count)] { chunk.entity(entity) }
      return (entities: min(chunkSize, glossary.entities.count - start), writer: chunk)
    }
    let index = encodeIndex(GlossaryMatcher(glossary: glossary).storedIndex)
    return seal(chunks, index: (GlossaryMatcher.indexRevision, index))
  }

  /// The whole image around encoded chunks (tests seal hand-made ones).
  static func seal(
    _ chunks: [(entities: Int, writer: ImageWriter)], version: UInt32 = formatVersion, index: (revision: UInt32, writer: ImageWriter)? = nil
  ) -> [UInt8] {
    let indexBytes = index?.writer.bytes ?? []
    var table = ImageWriter()
    table.count(chunks.reduce(0) { $0 + $1.entities })
    table.count(chunks.count)
    for chunk in chunks {
      table.count(chunk.entities)
      table.integer(UInt64(chunk.writer.bytes.count))
      table.integer(checksum(chunk.writer.bytes[...]))
    }
    table.integer(index?.revision ?? 0)
    table.integer(UInt64(indexBytes.count))
    table.integer(checksum(indexBytes[...]))
    var image = ImageWriter()
    image.bytes.append(contentsOf: magic)
    image.integer(version)
    image.integer(UInt64(table.bytes.count + chunks.reduce(0) { $0 + $1.writer.bytes.count } + indexBytes.count))
    image.integer(checksum(table.bytes[...]))
    image.bytes.append(contentsOf: table.bytes)
    for chunk in chunks { image.bytes.append(contentsOf: chunk.writer.bytes) }
    image.bytes.append(contentsOf: indexBytes)
    return image.bytes
  }

  /// The glossary in `bytes`, read from `path` (for messages); a damaged, truncated or foreign
  /// file is an error naming the byte where reading stopped.
  public static func decode(_ bytes: [UInt8], path: String) throws(GlossaryError) -> Glossary {
    func failure(_ offset: Int, _ reason: String) -> GlossaryError { .damagedImage(path: path, reason: "byte \(offset): \(reason)") }
    guard bytes.count >= magic.count, Array(bytes[0..<magic.count]) == magic else {
      throw failure(0, "not a compiled glossary image (no NSKGLOSS header)")
    }
    var reader = ImageReader(bytes: bytes[magic.count...])
    do throws(ImageReader.Failure) {
      let version: UInt32 = try reader.integer()
      guard version == formatVersion else {
        throw ImageReader.Failure(offset: magic.count, reason: "image format \(version); this build reads format \(formatVersion): compile the glossary again")
      }
      let length: UInt64 = try reader.integer()
      let expected: UInt64 = try reader.integer()
      guard length == UInt64(bytes.count - headerSize) else {
        throw ImageReader.Failure(
          offset: bytes.count, reason: "the image is \(bytes.count - headerSize) bytes after its header, its header says \(length): truncated or damaged")
      }
      let entityCount = try reader.count()
      let chunkCount = try reader.count()
      let tableEnd = headerSize + 8 + chunkCount * chunkEntryBytes + indexEntryBytes
      guard tableEnd <= bytes.count, checksum(bytes[headerSize..<tableEnd]) == expected else {
        throw ImageReader.Failure(offset: headerSize, reason: "checksum mismatch in the chunk table: the image is damaged")
      }
      var chunks = [Chunk]()
      var start = tableEnd
      for _ in 0..<chunkCount {
        let entities = try reader.count()
        let length = Int(clamping: try reader.integer() as UInt64)
        let sum: UInt64 = try reader.integer()
        guard length <= bytes.count - start else { throw ImageReader.Failure(offset: reader.offset - 16, reason: "a chunk runs past the end") }
        chunks.append(Chunk(entities: entities, bytes: start..<(start + length), checksum: sum))
        start += length
      }
      let indexRevision: UInt32 = try reader.integer()
      let indexLength = Int(clamping: try reader.integer() as UInt64)
      let indexChecksum: UInt64 = try reader.integer()
      guard indexLength == bytes.count - start, chunks.reduce(0, { $0 + $1.entities }) == entityCount else {
        throw ImageReader.Failure(offset: headerSize, reason: "the chunk table does not add up")
      }
      let entityChunks = chunks, indexStart = start
      // The index is checked and read while the chunks decode: it is about 40% of the image.
      let (decoded, storedIndex) = concurrently(
        { decodeChunks(entityChunks[...], bytes) },
        { decodeIndex(indexStart..<bytes.count, checksum: indexChecksum, revision: indexRevision, bytes) })
      var entities = [Entity]()
      entities.reserveCapacity(entityCount)
      for result in decoded { entities += try result.get() }
      return Glossary(sorted: entities, normalizedForms: nil, storedMatcherIndex: try storedIndex.get())
    } catch {
      throw failure(error.offset, error.reason)
    }
  }

  /// Each chunk checked and decoded, halves on two threads; results in chunk order, so the error
  /// reported is always the first.
  private static func decodeChunks(_ chunks: ArraySlice<Chunk>, _ bytes: [UInt8]) -> [Result<[Entity], ImageReader.Failure>] {
    guard chunks.count > 1 else { return chunks.map { decodeChunk($0, bytes) } }
    let middle = chunks.startIndex + chunks.count / 2
    let (left, right) = concurrently({ decodeChunks(chunks[..<middle], bytes) }, { decodeChunks(chunks[middle...], bytes) })
    return left + right
  }

  private static func decodeChunk(_ chunk: Chunk, _ bytes: [UInt8]) -> Result<[Entity], ImageReader.Failure> {
    let slice = bytes[chunk.bytes]
    guard checksum(slice) == chunk.checksum else {
      return .failure(ImageReader.Failure(offset: chunk.bytes.lowerBound, reason: "checksum mismatch: the image is damaged"))
    }
    var reader = ImageReader(bytes: slice)
    return Result { () throws(ImageReader.Failure) -> [Entity] in
      var entities = [Entity]()
      entities.reserveCapacity(chunk.entities)
      for _ in 0..<chunk.entities { entities.append(try reader.entity()) }
      guard reader.isAtEnd else { throw ImageReader.Failure(offset: reader.offset, reason: "bytes after the chunk's last entity") }
      return entities
    }
  }

  public static func read(path: String) throws(GlossaryError) -> Glossary {
    try decode(try fileBytes(path), path: path)
  }

  /// The file's bytes, read straight into one array: through `Data` and a copy into an array,
  /// the image was held twice, and zeroing the second's pages took a tenth of a second of a
  /// start with 100,000 people, on one core.
  private static func fileBytes(_ path: String) throws(GlossaryError) -> [UInt8] {
    func failure(_ code: Int32) -> GlossaryError {
      let reason = String(cString: strerror(code))
      return .unreadable(path: path, reason: reason.prefix(1).lowercased() + reason.dropFirst())
    }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(errno) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw failure(errno) }
    guard status.st_mode & S_IFMT != S_IFDIR else { throw failure(EISDIR) }
    var error: Int32 = 0
    // A file that shrank since `fstat` gives fewer bytes; decoding names what is missing.
    let bytes = [UInt8](unsafeUninitializedCapacity: Int(status.st_size)) { buffer, initialized in
      (initialized, error, _) = TextFile.fill(buffer, from: descriptor, stoppingAtNUL: false)
    }
    guard error == 0 else { throw failure(error) }
    return bytes
  }

  /// FNV-1a, 64 bits: catches a damaged or partly copied image (not tampering).
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash = FNV1a()
    bytes.withUnsafeBufferPointer { hash.add($0) }
    return hash.value
  }
}
