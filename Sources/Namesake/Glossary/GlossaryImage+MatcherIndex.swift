/// The matcher's automaton in an image: the checksum of the forms it indexes (UInt64), then its
/// arrays in `AhoCorasickAutomaton.Tables` order, each its count (UInt64) and 4-byte values.
/// Storing it saves every start the automaton's build (a third of starting with 100,000 people).
extension GlossaryImage {
  /// The matcher index's revision, byte length and checksum in the table.
  static let indexEntryBytes = 4 + 8 + 8

  static func encodeIndex(_ index: StoredMatcherIndex) -> ImageWriter {
    encodeIndex(formsChecksum: index.formsChecksum, tables: index.automaton.tables)
  }

  /// Any tables, valid or not (tests write invalid ones, as a wrong writer would).
  static func encodeIndex(formsChecksum: UInt64, tables: AhoCorasickAutomaton.Tables) -> ImageWriter {
    var writer = ImageWriter()
    writer.integer(formsChecksum)
    writer.words(tables.labels)
    for array in [tables.childStart, tables.failure, tables.output, tables.outputLink, tables.patternLengths, tables.nextEqual] {
      writer.words(array)
    }
    return writer
  }

  /// The stored index, checked; none when the image has none or one of another revision (the
  /// matcher then builds its own, as this build would).
  static func decodeIndex(
    _ section: Range<Int>, checksum expected: UInt64, revision: UInt32, _ bytes: [UInt8]
  ) -> Result<StoredMatcherIndex?, ImageReader.Failure> {
    let slice = bytes[section]
    guard checksum(slice) == expected else {
      return .failure(ImageReader.Failure(offset: section.lowerBound, reason: "checksum mismatch in the matcher index: the image is damaged"))
    }
    guard !slice.isEmpty, revision == GlossaryMatcher.indexRevision else { return .success(nil) }
    var reader = ImageReader(bytes: slice)
    return Result { () throws(ImageReader.Failure) -> StoredMatcherIndex? in
      let formsChecksum: UInt64 = try reader.integer()
      let tables = AhoCorasickAutomaton.Tables(
        labels: try reader.words(), childStart: try reader.words(), failure: try reader.words(), output: try reader.words(),
        outputLink: try reader.words(), patternLengths: try reader.words(), nextEqual: try reader.words())
      guard reader.isAtEnd else { throw ImageReader.Failure(offset: reader.offset, reason: "bytes after the matcher index") }
      do throws(AhoCorasickAutomaton.InvalidTables) {
        return StoredMatcherIndex(formsChecksum: formsChecksum, automaton: try AhoCorasickAutomaton(validating: tables))
      } catch {
        throw ImageReader.Failure(offset: section.lowerBound, reason: "matcher index: \(error.reason)")
      }
    }
  }
}

extension ImageWriter {
  /// A count (UInt64) and the 4-byte values.
  mutating func words<T: FixedWidthInteger>(_ values: [T]) {
    precondition(MemoryLayout<T>.size == 4)
    integer(UInt64(values.count))
    bytes.reserveCapacity(bytes.count + 4 * values.count)
    for value in values { integer(value) }
  }
}

extension ImageReader {
  /// Values `ImageWriter.words` wrote, the count checked against the bytes left.
  mutating func words<T: FixedWidthInteger>() throws(Failure) -> [T] {
    let at = offset
    let count: UInt64 = try integer()
    guard count <= UInt64(bytesLeft / 4) else { throw Failure(offset: at, reason: "count \(count) exceeds the bytes left") }
    let values = try take(Int(count) * 4)
    return [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
      values.withUnsafeBytes { raw in
        for index in 0..<Int(count) { buffer[index] = T(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * index, as: T.self)) }
      }
      initialized = Int(count)
    }
  }
}
