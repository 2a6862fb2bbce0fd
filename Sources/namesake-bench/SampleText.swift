import Namesake

/// The sample articles' lines per language: the material every benchmark shuffles into documents.
func sampleLines(corpus: String) throws -> [Language: [String]] {
  let pipeline = try SegmentationPipeline()
  var lines = [Language: [String]]()
  for path in try DocumentReader.expand(paths: [corpus]) {
    let document = try DocumentReader.read(path: path)
    guard let segmented = try pipeline.segment(document) else { continue }
    lines[segmented.language, default: []] += document.text.split(separator: "\n").map(String.init)
  }
  return lines
}

extension Duration {
  var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
