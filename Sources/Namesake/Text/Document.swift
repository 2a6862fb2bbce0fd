/// One article: its bytes as read, and the UTF-16 form ICU works on.
///
/// Offsets everywhere else are Unicode scalar offsets into `text` (the original text, including a
/// byte order mark if the file had one), unless a name says `utf16` or `utf8`.
public struct Document: Sendable {
  /// The largest input accepted: ICU indexes UTF-16 with `Int32`, and UTF-8 never has fewer
  /// bytes than UTF-16 code units.
  public static let maximumUTF8Count = Int(Int32.max)
  /// Documents over this many bytes are long: linked in windows of segments and rendered batch
  /// by batch as they are written, so their memory stays a few times their size.
  public static let longUTF8Count = 4 << 20

  /// Identifier, by convention the file stem ("000_d5b902f5b96ca96d").
  public var id: String
  /// Where the document came from, for messages ("corpus/000.txt", "<stdin>").
  public var origin: String
  /// The original bytes (valid UTF-8).
  public let utf8: [UInt8]
  /// The text as UTF-16 code units.
  public let utf16: [UInt16]
  /// The number of Unicode scalars in the text (the bytes that do not continue a sequence).
  public var scalarCount: Int { utf8.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) } }

  /// Reads UTF-8 bytes; throws naming `origin` and the first bad byte (UTF-16 and NUL bytes too:
  /// see `TextFile.checkIsText`).
  public init(id: String, origin: String, utf8 bytes: [UInt8]) throws(InputError) {
    if bytes.count > Document.maximumUTF8Count {
      throw .tooLarge(file: origin, bytes: bytes.count)
    }
    try bytes.withUnsafeBufferPointer { buffer throws(InputError) in try TextFile.checkIsText(buffer, origin: origin) }
    if let units = bytes.withUnsafeBufferPointer(ICUTranscoder.utf16) {
      utf16 = units
    } else {
      switch bytes.withUnsafeBufferPointer({ UTF8Transcoder.transcode($0) }) {
      case .failure(let failure): throw .invalidUTF8(file: origin, byteOffset: failure.byteOffset)
      case .success(let decoded):
        // ICU refused what the strict decoder accepts: trust the decoder, which follows Table 3-7.
        utf16 = decoded.utf16
      }
    }
    self.id = id
    self.origin = origin
    self.utf8 = bytes
  }

  /// A document from a Swift string (always valid).
  public init(id: String, text: String) {
    self.id = id
    self.origin = id
    self.utf8 = Array(text.utf8)
    self.utf16 = Array(text.utf16)
  }

  /// The whole text.
  public var text: String { String(decoding: utf8, as: UTF8.self) }

  /// The text of a range.
  public func text(in range: TextRange) -> String {
    String(decoding: utf8[range.utf8], as: UTF8.self)
  }
}
