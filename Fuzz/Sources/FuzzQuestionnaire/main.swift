import CLibFuzzer
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// SwiftPM gives every executable a `main` of its own (under another name), so libFuzzer's
/// `main` is never linked: this one hands the command line to libFuzzer's driver instead.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv as UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzQuestionnaire))
