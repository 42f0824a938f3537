#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import YAML
import ZelfscanCore

/// The edge where the tool touches the disk: the core gets bytes, and a function to read more,
/// from here or from tests.
public enum LocalFiles {
    /// The file's bytes. A file over `maxBytes` is refused before it is read, with the same
    /// located error the parser gives, so a huge file costs no memory.
    ///
    /// One open, one fstat and a read: a researcher's pool has tens of thousands of files. The
    /// open never blocks (a FIFO named `x.yaml` is refused, not waited on) and a symlink loop or
    /// a device is named as such. Inside a workspace `followLinks` is false: a symbolic link
    /// there could make the tool print a file from anywhere (`/etc/passwd`) in a diagnostic.
    public static func read(_ path: String, maxBytes: Int = ParserLimits.default.maxBytes, followLinks: Bool = true) throws(LocalReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            let code = errno
            if !followLinks, code == ELOOP { throw .unreadable(FileReadError(path: path, reason: .symbolicLink)) }
            throw .unreadable(FileReadError(path: path, errno: code))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(FileReadError(path: path, errno: errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(FileReadError(path: path, reason: .isDirectory))
        default: throw .unreadable(FileReadError(path: path, reason: .notRegular))
        }
        let size = Int(status.st_size)
        if size > maxBytes { throw .tooLarge(YAMLError.tooLarge(byteCount: size, limit: maxBytes)) }
        // Read straight into the result, then on to the end rather than trusting the size: the
        // file may change while it is read.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if bytes.count > maxBytes { throw .tooLarge(YAMLError.tooLarge(byteCount: bytes.count, limit: maxBytes)) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(FileReadError(path: path, errno: errno))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        if filled > maxBytes { throw .tooLarge(YAMLError.tooLarge(byteCount: filled, limit: maxBytes)) }
        return bytes
    }

    /// `read` for the core's loaders, whose `readFile` tells a located size error from an
    /// unreadable file by its type.
    public static func readForLoader(_ path: String) throws -> [UInt8] {
        do {
            return try read(path)
        } catch {
            throw error.underlying
        }
    }
}

extension FileReadError {
    /// The reason behind a failed open, read or stat, in words for the person who named the file.
    public init(path: String, errno code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: self.init(path: path, reason: .notFound)
        case EACCES, EPERM: self.init(path: path, reason: .permissionDenied)
        case EISDIR: self.init(path: path, reason: .isDirectory)
        case ELOOP: self.init(path: path, reason: .symlinkLoop)
        default: self.init(path: path, reason: .other(String(cString: strerror(code))))
        }
    }
}

/// The system's read(2), named apart from `LocalFiles.read`; one for every reader of the tool.
public func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
    #else
    Darwin.read(descriptor, buffer, count)
    #endif
}
