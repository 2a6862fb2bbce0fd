import Testing

@testable import Namesake

/// The TMX units and mention rows of a document whose id and text hold what XML and TSV must not
/// carry as they are.
@Suite("TMX units and mention rows")
struct AlignmentOutputsTests {
  static func rendered(id: String, text: String) throws -> (tmx: String, rows: String) {
    let aligned = try #require(try Aligner(glossary: try LinkingWindowTests.glossary.get()).align(Document(id: id, text: text)))
    var tmx = [UInt8](), rows = [UInt8]()
    RenderedDocument.renderBatches(aligned.segmented, mentions: aligned.mentions, segmentsPerBatch: 2) { batch in
      tmx += batch.tmxUnits
      rows += batch.mentionRows
    }
    return (String(decoding: tmx, as: UTF8.self), String(decoding: rows, as: UTF8.self))
  }

  @Test func idAndTextAreEscapedInTheTMX() throws {
    let (tmx, _) = try Self.rendered(id: "a&b\"<c>'", text: "トー・ラム書記長は「国と人民」を語った。ラム氏は述べた。\n")
    #expect(tmx.contains(#"<tu tuid="a&amp;b&quot;&lt;c&gt;'-0">"#))
    #expect(tmx.contains(#"<prop type="x-doc">a&amp;b&quot;&lt;c&gt;'</prop>"#))
    #expect(tmx.contains(#"<tuv xml:lang="ja"><seg>トー・ラム書記長は「国と人民」を語った。</seg></tuv>"#))
    #expect(tmx.contains(#"<tuv xml:lang="en"><seg>"#))
    #expect(tmx.components(separatedBy: "<tu ").count - 1 == 2, "one unit per sentence, across batches of 2")
  }

  @Test func englishHasNoTMXUnits() throws {
    #expect(try Self.rendered(id: "en", text: "General Secretary To Lam spoke.\n").tmx.isEmpty)
  }

  /// Seven fields a row, a tab inside a field written as a space.
  @Test func mentionRowsHaveSevenFieldsAndNoTabInside() throws {
    let (_, rows) = try Self.rendered(id: "tab\tid", text: "General Secretary To Lam met Pham Minh Chinh.\n")
    let lines = rows.split(separator: "\n")
    #expect(lines.count >= 2)
    for line in lines {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      #expect(fields.count == 7, "\(line)")
      #expect(fields.first == "tab id")
      #expect(fields[1] == "en")
    }
  }
}
