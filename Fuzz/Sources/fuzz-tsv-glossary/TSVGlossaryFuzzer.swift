import Foundation
import FuzzSupport
import Namesake

// The project format: the input holds the four files, entities.tsv, names.tsv, tenures.tsv and
// relations.tsv in that order, separated by form feeds (U+000C). Reading never crashes: bad
// bytes throw, bad lines become issues; a glossary that validates must survive every export.

private let files = [
  TSVGlossaryFormat.entitiesFile, TSVGlossaryFormat.namesFile, TSVGlossaryFormat.tenuresFile, TSVGlossaryFormat.relationsFile,
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTSVGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let parts = inputBytes(data, size).split(separator: 0x0C, maxSplits: files.count - 1, omittingEmptySubsequences: false)
  var records = GlossaryRecords()
  for (name, bytes) in zip(files, parts) {
    let read: Void? = readOrRefuse(name) { () throws(GlossaryError) in try TSVGlossaryFormat.read(Data(bytes), file: name, name: name, into: &records) }
    guard read != nil else { return 0 }
  }
  checkGlossary(records, origin: "TSV input")
  return 0
}
