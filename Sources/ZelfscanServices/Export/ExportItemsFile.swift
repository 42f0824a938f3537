#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZelfscanCore
import ZelfscanFiles

/// A part's `items.csv` for `export --merge`, opened once (after the part's audit) and read at
/// offsets (`pread`) in both of the merge's passes, so both passes read the same file even if a
/// name in the folder is replaced meanwhile. A link is not followed, as the audit does not follow
/// one. A file swapped between the audit and this open is caught by the pool's own audit.
final class ExportItemsFile: ExportPartItems {
    private let path: String
    private let descriptor: Int32
    static let chunkSize = 1 << 16

    init(path: String) throws(FileReadError) {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReadError(path: path, errno: errno) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            let error = FileReadError(path: path, reason: status.st_mode & S_IFMT == S_IFDIR ? .isDirectory : .notRegular)
            close(descriptor)
            throw error
        }
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func read(_ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        var offset = 0
        while true {
            let count = try buffer.withUnsafeMutableBytes { try readAt(offset, into: $0) }
            if count == 0 { return }
            try buffer.withUnsafeBytes { try chunk(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            offset += count
        }
    }

    func read(offset: Int, count: Int) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let read = try bytes.withUnsafeMutableBytes { try readAt(offset + filled, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if read == 0 { break }
            filled += read
        }
        return Array(bytes[..<filled])
    }

    /// One `pread`, retried when a signal interrupts it; 0 at the end of the file.
    private func readAt(_ offset: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
            if count >= 0 { return count }
            if errno != EINTR { throw FileReadError(path: path, errno: errno) }
        }
    }
}
