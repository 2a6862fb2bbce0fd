import Foundation
import FuzzSupport
import Namesake

// CSV import: any bytes either throw a file refusal (not text, entity declarations) or give records whose problems are issues; a
// glossary that validates must survive every export.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let records = readOrRefuse("fuzz.csv", { () throws(GlossaryError) in try CSVGlossaryFormat.read(Data(inputBytes(data, size)), file: "fuzz.csv") }) else {
    return 0
  }
  checkGlossary(records, origin: "CSV input")
  return 0
}
