#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to the standard streams through their file descriptors: Glibc's `stdout`/`stderr`
/// globals are not concurrency-safe in Swift 6.
enum Output {
    static func out(_ text: String) { write(text, to: 1) }
    static func error(_ text: String) { write(text, to: 2) }

    private static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

/// The exit codes of `sysexits.h`, which the README documents.
enum ExitStatus {
    static let usage: Int32 = 64
    static let invalidData: Int32 = 65
    static let cannotRead: Int32 = 66
    /// A file could not be created, e.g. a workspace that already exists.
    static let cannotCreate: Int32 = 73
    /// Input ended before the work was done; the draft is saved and can be resumed.
    static let tryAgainLater: Int32 = 75
}
