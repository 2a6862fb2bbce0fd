import Foundation
import FuzzSupport
import Namesake

// TBX import: any bytes either throw a file refusal (not text, entity declarations) or give records, malformed XML an issue at its
// line; a glossary that validates must survive every export.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTBXGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let records = readOrRefuse("fuzz.tbx", { () throws(GlossaryError) in try TBXGlossaryFormat.read(Data(inputBytes(data, size)), file: "fuzz.tbx") }) else {
    return 0
  }
  checkGlossary(records, origin: "TBX input")
  return 0
}
