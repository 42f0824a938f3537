import _CryptoExtras
import Crypto
import Foundation
import ZelfscanCore
import ZelfscanText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An export's rounds' bulky bytes on disk: a file made in the folder above `--out` and removed
/// from that folder at once, so nothing is left behind whether the export ends, fails or is
/// killed; the kernel frees it when the process ends. Its bytes are encrypted with a key that
/// exists only in this process's memory: the disk of `--out` is often the stick or share the
/// export is handed over on, and blocks freed there keep their content until overwritten.
/// Written from every reading thread at once: each write takes its own range.
public final class ScratchFile: RoundScratch, @unchecked Sendable {
    /// A scratch file that could not be made, written or read back.
    public struct Failure: Error {
        public var folder: String
        public var operation: String
        public var code: Int32

        public var message: Phrase {
            let failed = Phrase(en: "the export's scratch file in \(folder) could not be written",
                                nl: "het kladbestand van de export in \(folder) kon niet geschreven worden")
            if let full = OutOfSpace.message(code: code, failed: failed) { return full }
            let reason = String(cString: strerror(code))
            return operation == "read"
                ? Phrase(en: "the export's scratch file in \(folder) could not be read back (\(reason))",
                         nl: "het kladbestand van de export in \(folder) kon niet teruggelezen worden (\(reason))")
                : Phrase(en: "\(failed.en) (\(operation): \(reason))", nl: "\(failed.nl) (\(operation): \(reason))")
        }
    }

    private let descriptor: Int32
    private let lock = NSLock()
    private var end: Int64 = 0
    /// Named in errors: the folder, since the file has no name once made.
    private let folder: String
    private let key = SymmetricKey(size: .bits256)
    /// The first half of every counter block; the second half is the block's number in the file.
    private let nonce: [UInt8] = (0..<8).map { _ in UInt8.random(in: .min ... .max) }

    /// A scratch file in `folder`, which must be writable (the export is written there too).
    public init(in folder: String) throws(Failure) {
        self.folder = folder
        var template = Array((folder + "/.zelfscan-scratch-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw Failure(folder: folder, operation: "mkstemp", code: errno) }
        guard unlink(String(cString: template)) == 0 else {
            let code = errno
            close(descriptor)
            throw Failure(folder: folder, operation: "unlink", code: code)
        }
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    public func keep(_ bytes: [UInt8]) throws -> Int64 {
        let offset = lock.withLock {
            defer { end += Int64(bytes.count) }
            return end
        }
        let sealed = try crypt(bytes, at: offset)
        var written = 0
        while written < sealed.count {
            let result = sealed.withUnsafeBytes { pwrite(descriptor, $0.baseAddress! + written, sealed.count - written, off_t(offset) + off_t(written)) }
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure(folder: folder, operation: "write", code: errno)
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
                throw Failure(folder: folder, operation: "read", code: errno)
            }
            guard result > 0 else { throw Failure(folder: folder, operation: "read", code: EIO) }
            read += result
        }
        return try crypt(bytes, at: offset)
    }

    /// AES in counter mode keyed to each byte's place in the file, so any range can be encrypted
    /// or decrypted on its own (the two are the same operation).
    private func crypt(_ bytes: [UInt8], at offset: Int64) throws -> [UInt8] {
        guard !bytes.isEmpty else { return [] }
        let skip = Int(offset % 16)
        var block = UInt64(offset / 16).bigEndian
        let counter = nonce + withUnsafeBytes(of: &block) { Array($0) }
        let result = try AES._CTR.encrypt([UInt8](repeating: 0, count: skip) + bytes, using: key, nonce: AES._CTR.Nonce(nonceBytes: counter))
        return Array(result.dropFirst(skip))
    }
}
