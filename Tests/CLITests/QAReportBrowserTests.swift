import Foundation
import Testing

/// Renders the QA report `namesake qa` writes in headless Chromium and reads back what the page
/// shows: the two columns side by side, every mention visible, every link resolving, nothing
/// fetched, the text shown unchanged, and the note filter working. Chromium comes from
/// `scripts/setup`; without it this test fails rather than passing unseen.
@Suite("QA report in a browser")
struct QAReportBrowserTests {
  /// Appended to a copy of the report; writes its measurements into the DOM, which Chromium's
  /// `--dump-dom` prints after the page has loaded and the script has run.
  static let probe = """
    <script>
    (() => {
      const result = {};
      const visible = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
      result.documents = document.querySelectorAll('section.doc').length;
      const mentions = [...document.querySelectorAll('.mention')];
      result.mentions = mentions.length;
      result.hiddenMentions = mentions.filter((e) => !visible(e)).length;
      result.unstyledMentions = mentions.filter((e) => getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)' && !e.classList.contains('unlinked')).length;
      result.danglingLinks = [...document.querySelectorAll('a[href^="#"]')].filter((a) => !document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)))).map((a) => a.getAttribute('href'));
      const rows = [...document.querySelectorAll('table.parallel tbody tr')];
      result.rows = rows.length;
      result.rowsNotSideBySide = rows.filter((row) => {
        const original = row.querySelector('td.original').getBoundingClientRect(), normalized = row.querySelector('td.normalized').getBoundingClientRect();
        return !(original.right <= normalized.left + 1 && Math.abs(original.top - normalized.top) < 1 && original.width > 200 && normalized.width > 200);
      }).length;
      result.overflow = document.documentElement.scrollWidth > window.innerWidth;
      result.resources = performance.getEntriesByType('resource').length;
      result.originals = {};
      for (const section of document.querySelectorAll('section.doc')) {
        result.originals[section.querySelector('h2').textContent] = [...section.querySelectorAll('td.original')].map((td) => td.textContent);
      }
      const notes = () => [...document.querySelectorAll('.finding.sev-info')].filter(visible).length;
      result.findings = document.querySelectorAll('li.finding').length;
      result.notesShown = notes();
      document.getElementById('hide-info').checked = true;
      result.notesShownWhenHidden = notes();
      const pre = document.createElement('pre');
      pre.id = 'namesake-probe';
      pre.textContent = JSON.stringify(result);
      document.body.appendChild(pre);
    })();
    </script>
    """

  static func chromium() -> String? {
    let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      for name in names where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") { return "\(directory)/\(name)" }
    }
    return nil
  }

  struct Probe: Decodable {
    var documents: Int
    var mentions: Int
    var hiddenMentions: Int
    var unstyledMentions: Int
    var danglingLinks: [String]
    var rows: Int
    var rowsNotSideBySide: Int
    var overflow: Bool
    var resources: Int
    var originals: [String: [String]]
    var findings: Int
    var notesShown: Int
    var notesShownWhenHidden: Int
  }

  @Test func rendersInHeadlessChromium() throws {
    let browser = try #require(Self.chromium(), "no Chromium on PATH: run scripts/setup")
    let work = try AlignCommandTests.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let report = work.appendingPathComponent("report.html")
    let run = try CLI.run(["qa", "corpus", "--html", report.path])
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(contentsOf: report, encoding: .utf8)
    let probed = work.appendingPathComponent("probed.html")
    try html.replacingOccurrences(of: "</body>", with: Self.probe + "</body>").write(to: probed, atomically: true, encoding: .utf8)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--window-size=1280,900",
      "--user-data-dir=\(work.appendingPathComponent("profile").path)", "--dump-dom", probed.absoluteString,
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let dom = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)

    let start = try #require(dom.range(of: "<pre id=\"namesake-probe\">"), "the probe did not run; the page did not load")
    let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
    let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    let probe = try JSONDecoder().decode(Probe.self, from: Data(json.utf8))

    // What the page shows against what the job wrote.
    let records = try FileManager.default.contentsOfDirectory(atPath: CLI.repository.appendingPathComponent("aligned").path)
      .filter { $0.hasSuffix(".jsonl") && $0 != "qa.jsonl" }.sorted()
    var mentionCount = 0, rowCount = 0
    for name in records {
      let lines = try String(contentsOf: CLI.repository.appendingPathComponent("aligned/\(name)"), encoding: .utf8).split(separator: "\n")
      var texts = [String]()
      for line in lines {
        let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        texts.append(try #require(record["text"] as? String))
        mentionCount += (record["mentions"] as? [Any])?.count ?? 0
      }
      rowCount += lines.count
      #expect(probe.originals[String(name.dropLast(".jsonl".count))] == texts, "\(name): the report shows the text changed")
    }
    let findings = try String(contentsOf: CLI.repository.appendingPathComponent("aligned/qa.jsonl"), encoding: .utf8).split(separator: "\n").count
    #expect(probe.documents == records.count)
    #expect(probe.rows == rowCount)
    #expect(probe.mentions == mentionCount)
    #expect(probe.findings == findings)
    #expect(probe.hiddenMentions == 0)
    #expect(probe.unstyledMentions == 0)
    #expect(probe.danglingLinks.isEmpty, "\(probe.danglingLinks)")
    #expect(probe.rowsNotSideBySide == 0)
    #expect(!probe.overflow, "the page is wider than the window")
    #expect(probe.resources == 0, "the report fetched something")
    #expect(probe.notesShown > 0)
    #expect(probe.notesShownWhenHidden == 0, "the note filter does not hide notes")
  }
}
