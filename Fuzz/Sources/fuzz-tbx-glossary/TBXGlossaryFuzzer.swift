import Foundation
import FuzzSupport
import Namesake

// TBX import: any bytes give records, malformed XML an issue at its line; a glossary that
// validates must survive every export.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTBXGlossary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let records = TBXGlossaryFormat.read(Data(inputBytes(data, size)), file: "fuzz.tbx")
  checkGlossary(records, origin: "TBX input")
  return 0
}
