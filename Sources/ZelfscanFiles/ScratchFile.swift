import Foundation
import ZelfscanCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An export's rounds' bulky bytes on disk: a file made in the folder the export goes to and
/// removed from it at once, so nothing is left behind whether the export ends, fails or is
/// killed. Only the open descriptor reaches it; the kernel frees it when the process ends.
/// Written from every reading thread at once: each write takes its own range.
public final class ScratchFile: RoundScratch, @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var end: Int64 = 0
    /// Named in errors: the folder, since the file has no name once made.
    private let folder: String

    /// A scratch file in `folder`, which must be writable (the export is written there too).
    public init(in folder: String) throws {
        self.folder = folder
        var template = Array((folder + "/.zelfscan-scratch-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: folder, operation: "mkstemp", code: errno) }
        let path = String(cString: template)
        unlink(path)
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    public func keep(_ bytes: [UInt8]) throws -> Int64 {
        let offset = lock.withLock {
            defer { end += Int64(bytes.count) }
            return end
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, bytes.count - written, off_t(offset) + off_t(written)) }
            if result < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError(path: folder, operation: "write", code: errno)
            }
            written += result
        }
        return offset
    }

    public func bytes(at offset: Int64, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var read = 0
        while read < count {
            let result = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + read, count - read, off_t(offset) + off_t(read)) }
            if result < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError(path: folder, operation: "read", code: errno)
            }
            guard result > 0 else { throw AtomicFile.WriteError(path: folder, operation: "read", code: EIO) }
            read += result
        }
        return bytes
    }
}
