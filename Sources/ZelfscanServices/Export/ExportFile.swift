#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZelfscanCore
import ZelfscanFiles

/// One file of an export folder, written as its bytes come in through a 256 KB buffer and
/// hashed on the way for the manifest. It lives in the hidden staging folder, which is removed
/// whole on any failure, so a half-written file is never seen.
final class ExportFile {
    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var digest = ExportDigest()
    private static let capacity = 1 << 18

    init(path: String) throws {
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, operation: "create", code: errno) }
        self.path = path
        buffer.reserveCapacity(Self.capacity)
    }

    deinit { close(descriptor) }

    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count > Self.capacity { return try put(bytes) }
        buffer.append(contentsOf: bytes)
    }

    /// Appends one CSV record, encoded straight into the buffer.
    func write(record row: [ExportTable.Value]) throws {
        if buffer.count > Self.capacity - 4096 { try flush() }
        CSVFormat.appendRecord(row, to: &buffer)
    }

    /// Writes what is buffered, flushes the file to the disk and returns its SHA-256.
    func finish() throws -> String {
        try flush()
        guard fsync(descriptor) == 0 else { throw AtomicFile.WriteError(path: path, operation: "fsync", code: errno) }
        return digest.hex()
    }

    private func flush() throws {
        try buffer.withUnsafeBytes { try put($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func put(_ bytes: UnsafeRawBufferPointer) throws {
        digest.update(bytes)
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError(path: path, operation: "write", code: errno)
            }
            offset += written
        }
    }

    /// The SHA-256 of a finished file written by someone else (SQLite), read in 256 KB chunks,
    /// after flushing it to the disk.
    static func digestAndSync(_ path: String) throws -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, operation: "open", code: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw AtomicFile.WriteError(path: path, operation: "fsync", code: errno) }
        var digest = ExportDigest()
        var chunk = [UInt8](repeating: 0, count: capacity)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError(path: path, operation: "read", code: errno)
            }
            if count == 0 { return digest.hex() }
            chunk.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }

    /// Flushes a folder's entries (the names of the files just written, or a rename) to the disk.
    static func syncFolder(_ path: String) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// write(2), named apart from `ExportFile.write`.
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
