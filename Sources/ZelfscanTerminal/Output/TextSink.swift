#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the session writes: a file descriptor, or a recorder in tests.
public protocol TextSink {
    func write(_ text: String)
}

/// Writes straight to a file descriptor: Glibc's `stdout`/`stderr` globals are not
/// concurrency-safe in Swift 6, and unbuffered writes show each screen at once.
public struct FileDescriptorSink: TextSink {
    public let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func write(_ text: String) {
        _ = Self.writeAll(Array(text.utf8), to: descriptor)
    }

    /// Writes every byte, retrying after interrupts; the `errno` of a failed write, nil on success.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #else
                Darwin.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
