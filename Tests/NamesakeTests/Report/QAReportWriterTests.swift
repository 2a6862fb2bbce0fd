import Foundation
import Testing

@testable import Namesake

/// The HTML report: escaped, every internal link resolves, nothing loaded from elsewhere, every
/// mention and finding shown. (The rendering itself is checked in a browser by a CLI test.)
@Suite("QA report")
struct QAReportWriterTests {
  static func report(_ texts: [(id: String, text: String)]) throws -> String {
    let glossary = try QACheckerTests.glossary()
    let aligner = try Aligner(glossary: glossary, forcedLanguage: .japanese)
    var writer = QAReportWriter(glossary: glossary)
    for (id, text) in texts { writer.append(try #require(try aligner.align(Document(id: id, text: text)))) }
    return String(decoding: writer.render(), as: UTF8.self)
  }

  static func matches(_ pattern: String, in html: String) throws -> [String] {
    let regex = try NSRegularExpression(pattern: pattern)
    return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
  }

  @Test func escapesTextAndIds() throws {
    let html = try Self.report([(id: "a <b> & \"c\"#1", text: "<script>alert(1)</script> & トゥ・ラム書記長が出席した。")])
    #expect(!html.contains("<script>alert"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "))
    #expect(html.contains("<h2>a &lt;b&gt; &amp; &quot;c&quot;#1</h2>"))
    let ids = try Self.matches(#"id="([^"]*)""#, in: html)
    #expect(ids.allSatisfy { !$0.contains(" ") && !$0.contains("#") && !$0.contains("&") })
  }

  @Test func everyInternalLinkResolvesAndIdsAreUnique() throws {
    let html = try Self.report([
      (id: "one", text: "トー・ラム書記長が訪れた。トゥ・ラム氏は述べた。グエン・タイン・ nghi氏も。"),
      (id: "two", text: "ファム・ヴァン・ドン氏が出席した。ト・ラム氏も。"),
    ])
    let ids = try Self.matches(#"id="([^"]*)""#, in: html)
    #expect(Set(ids).count == ids.count, "duplicate ids")
    let targets = try Self.matches(##"href="#([^"]*)""##, in: html)
    #expect(!targets.isEmpty)
    for target in targets { #expect(ids.contains(target), "dangling link #\(target)") }
  }

  @Test func selfContained() throws {
    let html = try Self.report([(id: "one", text: "トー・ラム書記長が訪れた。")])
    for loader in ["<script", "<link", "src=", "@import", "url("] { #expect(!html.contains(loader), "\(loader)") }
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.hasSuffix("</html>\n"))
  }

  @Test func showsEveryMentionAndFinding() throws {
    let text = "トー・ラム書記長が訪れた。トゥ・ラム氏は述べた。グエン・タイン・ nghi氏も。"
    let glossary = try QACheckerTests.glossary()
    let aligner = try Aligner(glossary: glossary, forcedLanguage: .japanese)
    let aligned = try #require(try aligner.align(Document(id: "one", text: text)))
    var writer = QAReportWriter(glossary: glossary)
    writer.append(aligned)
    let html = String(decoding: writer.render(), as: UTF8.self)
    #expect(try Self.matches(#"class="(mention [^"]*)""#, in: html).count == aligned.mentions.count)
    #expect(try Self.matches(#"<li class="(finding [^"]*)""#, in: html).count == aligned.findings.count)
    #expect(aligned.findings.count >= 2)
    #expect(html.contains("<td class=\"normalized\" lang=\"en\"><a class=\"canonical kind-person\" href=\"#e-person~2fto~2dlam\">General Secretary To Lam</a>が訪れた。</td>"))
    #expect(html.contains("id=\"e-person~2fto~2dlam\""))
  }

  @Test func deterministic() throws {
    let texts = [(id: "one", text: "トー・ラム書記長が訪れた。トゥ・ラム氏は述べた。")]
    #expect(try Self.report(texts) == Self.report(texts))
  }
}
