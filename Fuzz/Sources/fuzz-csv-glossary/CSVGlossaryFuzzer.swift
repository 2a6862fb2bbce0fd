import Foundation
import FuzzSupport
import Namesake

// CSV import: any bytes either throw (not UTF-8) or give records whose problems are issues; a
// glossary that validates must survive every export.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let records: GlossaryRecords
  do {
    records = try CSVGlossaryFormat.read(Data(inputBytes(data, size)), file: "fuzz.csv")
  } catch {
    guard case .unreadable = error else {
      invariant(false, "unexpected error \(error)")
      return 0
    }
    return 0
  }
  checkGlossary(records, origin: "CSV input")
  return 0
}
