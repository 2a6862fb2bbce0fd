import Foundation
import FuzzSupport
import Namesake

// CSV import: any bytes either throw a file refusal (not text, entity declarations) or give records whose problems are issues; a
// glossary that validates must survive every export.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let records: GlossaryRecords
  do {
    records = try CSVGlossaryFormat.read(Data(inputBytes(data, size)), file: "fuzz.csv")
  } catch {
    guard isFileRefusal(error) else {
      invariant(false, "unexpected error \(error)")
      return 0
    }
    return 0
  }
  checkGlossary(records, origin: "CSV input")
  return 0
}
