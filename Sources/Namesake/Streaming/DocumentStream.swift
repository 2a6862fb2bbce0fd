/// Aligns a stream of JSON Lines documents one line at a time: each line gives the records
/// `namesake align` writes into `<id>.jsonl` for the same text, or one error record.
///
/// A document's own `lang` wins over the stream's language. Each language in use gets its own
/// `Aligner` (whose language is fixed when it is made), built on first use from the one loaded
/// glossary; the identifying one is made up front.
public struct DocumentStream {
  private let glossary: Glossary
  private let language: Language?
  private var aligners: [Language?: Aligner] = [:]
  public private(set) var summary = RunSummary()

  /// `language`: the language of documents that name none; nil to identify each one.
  public init(glossary: Glossary, language: Language?) throws {
    self.glossary = glossary
    self.language = language
    aligners[language] = try Aligner(glossary: glossary, forcedLanguage: language)
  }

  /// Appends to `writer` the records of the document on `line` (numbered `lineNumber`), or its
  /// error record; a blank line appends nothing and is not counted.
  ///
  /// Throws only what is no fault of the document (ICU or language-data failures), which
  /// should end the stream.
  public mutating func process(line: UnsafeBufferPointer<UInt8>, lineNumber: Int, into writer: inout JSONWriter) throws {
    guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return }
    summary.read += 1
    let decoded: StreamDocument
    do {
      decoded = try StreamDocumentDecoder.decode(line)
    } catch {
      return refuse(id: error.id, lineNumber: lineNumber, message: error.error.description, into: &writer)
    }
    do {
      // "text" names the field in messages: "text: cannot identify a supported language …".
      let document = try Document(id: decoded.id, origin: "text", utf8: decoded.text)
      let wanted = decoded.language ?? language
      let aligner = try aligners[wanted] ?? aligners[language].map { try $0.forcing(wanted) } ?? Aligner(glossary: glossary, forcedLanguage: wanted)
      aligners[wanted] = aligner
      let result = try aligner.mentions(in: document)
      summary.aligned += 1
      guard let (segmented, mentions) = result else {
        summary.withoutRecords += 1
        return
      }
      let before = writer.bytes.count
      AlignedRecordWriter.appendJSONLines(segmented, mentions: mentions, to: &writer)
      if writer.bytes.count == before { summary.withoutRecords += 1 }
    } catch let error as any DocumentRefusalError {
      refuse(id: decoded.id, lineNumber: lineNumber, message: error.description, into: &writer)
    }
  }

  private mutating func refuse(id: String?, lineNumber: Int, message: String, into writer: inout JSONWriter) {
    summary.refused += 1
    StreamErrorRecord.append(id: id, line: lineNumber, message: message, to: &writer)
  }
}
