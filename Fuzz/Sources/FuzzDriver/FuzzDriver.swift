import CLibFuzzer
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// SwiftPM gives every executable a `main` of its own (under another name), so libFuzzer's
/// `main` is never linked: each target's `main.swift` hands the command line to libFuzzer's
/// driver through this, with its test function.
public func runLibFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv as UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}
