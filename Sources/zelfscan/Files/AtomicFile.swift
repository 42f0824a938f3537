import Foundation
import ZelfscanTerminal
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old or the new content, never half of it: a
/// temporary file in the same folder, flushed to disk, then renamed over the target.
enum AtomicFile {
    struct WriteError: Error {
        var path: String
        var operation: String
        var code: Int32

        var text: (en: String, nl: String) {
            let reason = String(cString: strerror(code))
            return ("could not write \(path) (\(operation): \(reason))", "kan \(path) niet schrijven (\(operation): \(reason))")
        }
    }

    /// `mode` applies from the first byte on: answers are never readable by others, not even briefly.
    static func write(_ text: String, to path: String, mode: mode_t = 0o600) throws {
        try write(text, to: path, mode: mode, replace: true)
    }

    /// Like `write`, but fails with EEXIST rather than replace a file that exists (a key file):
    /// the finished temporary file is linked to `path`, which the kernel refuses if it exists.
    static func create(_ text: String, at path: String, mode: mode_t = 0o600) throws {
        try write(text, to: path, mode: mode, replace: false)
    }

    private static func write(_ text: String, to path: String, mode: mode_t, replace: Bool) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: path, operation: "create", code: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            guard fchmod(descriptor, mode) == 0 else { throw WriteError(path: path, operation: "chmod", code: errno) }
            if let code = FileDescriptorSink.writeAll(Array(text.utf8), to: descriptor) {
                throw WriteError(path: path, operation: "write", code: code)
            }
            guard fsync(descriptor) == 0 else { throw WriteError(path: path, operation: "fsync", code: errno) }
        }
        if replace {
            guard rename(temporary, path) == 0 else { throw WriteError(path: path, operation: "rename", code: errno) }
        } else {
            guard link(temporary, path) == 0 else { throw WriteError(path: path, operation: "link", code: errno) }
            unlink(temporary)
        }
        committed = true
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }
}
