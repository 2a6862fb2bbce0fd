import Foundation
import CLibFuzzer

/// Runs libFuzzer on `testOneInput` with the process's command line.
///
/// SwiftPM makes each target's `main.swift` the program's entry; the libFuzzer runtime linked with
/// `-sanitize=fuzzer` brings its own `main`, which may be the one the linker keeps. Both run the
/// same driver on the same function (also exported as `LLVMFuzzerTestOneInput`), so the choice
/// does not matter; state a target needs must live outside `main.swift`, whose top-level code
/// may never run.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}
