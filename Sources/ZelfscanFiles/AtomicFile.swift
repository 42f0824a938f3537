import Foundation
import ZelfscanTerminal
import ZelfscanText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old or the new content, never half of it: a
/// temporary file in the same folder, flushed to disk, then renamed over the target. Whatever
/// fails — a full disk, the file size limit, permissions — the temporary file is removed and the
/// target keeps its earlier content.
public enum AtomicFile {
    public struct WriteError: Error {
        public var path: String
        public var operation: String
        public var code: Int32

        public init(path: String, operation: String, code: Int32) {
            self.path = path
            self.operation = operation
            self.code = code
        }

        /// The disk, the quota or the file size limit is used up; the path itself is fine.
        public var isOutOfSpace: Bool { OutOfSpace.covers(code) }

        public var message: Phrase {
            let failed = Phrase(en: "\(path) could not be written", nl: "\(path) kon niet geschreven worden")
            if let full = OutOfSpace.message(code: code, failed: failed) { return full }
            let reason = String(cString: strerror(code))
            return Phrase(en: "could not write \(path) (\(operation): \(reason))", nl: "kan \(path) niet schrijven (\(operation): \(reason))")
        }

        public var text: (en: String, nl: String) { (message.en, message.nl) }
    }

    /// One file of a set written together.
    public struct Item {
        public var path: String
        public var bytes: [UInt8]
        public var mode: mode_t

        public init(path: String, bytes: [UInt8], mode: mode_t = 0o600) {
            self.path = path
            self.bytes = bytes
            self.mode = mode
        }

        public init(path: String, text: String, mode: mode_t = 0o600) {
            self.init(path: path, bytes: Array(text.utf8), mode: mode)
        }
    }

    /// `mode` applies from the first byte on: answers are never readable by others, not even briefly.
    public static func write(_ text: String, to path: String, mode: mode_t = 0o600) throws {
        try write([Item(path: path, text: text, mode: mode)])
    }

    /// Files that belong together, such as a report's HTML and Markdown: every one is written in
    /// full before any is renamed into place, and each file being replaced is kept under a
    /// hard link until all renames succeeded. A failure at any step (a full disk while writing, a
    /// rename refused halfway) leaves all the earlier versions, never a new one beside an old one.
    public static func write(_ items: [Item]) throws {
        var staged: [String] = []
        do {
            for item in items { staged.append(try stage(item)) }
        } catch {
            for temporary in staged { unlink(temporary) }
            throw error
        }
        var kept: [String?] = []
        do {
            for (index, item) in items.enumerated() { kept.append(try keep(item.path, beside: staged[index])) }
        } catch {
            for case let backup? in kept { unlink(backup) }
            for temporary in staged { unlink(temporary) }
            throw error
        }
        for (index, item) in items.enumerated() {
            guard rename(staged[index], item.path) == 0 else {
                let code = errno
                for temporary in staged[index...] { unlink(temporary) }
                for earlier in items.indices.prefix(index) { restore(items[earlier].path, from: kept[earlier]) }
                for case let backup? in kept[index...] { unlink(backup) }
                throw WriteError(path: item.path, operation: "rename", code: code)
            }
        }
        for case let backup? in kept { unlink(backup) }
        for folder in Set(items.map { folder(of: $0.path) }) { syncFolder(folder) }
    }

    /// A second name for the file at `path`, so it can be put back; nil when there is none yet.
    private static func keep(_ path: String, beside temporary: String) throws -> String? {
        let backup = temporary + ".kept"
        if link(path, backup) == 0 { return backup }
        let code = errno
        if code == ENOENT { return nil }
        throw WriteError(path: path, operation: "link", code: code)
    }

    /// Puts back the file that was at `path`, or removes the new one where there was none.
    private static func restore(_ path: String, from backup: String?) {
        if let backup {
            rename(backup, path)
        } else {
            unlink(path)
        }
    }

    /// Like `write`, but fails with EEXIST rather than replace a file that exists (a key file):
    /// the finished temporary file is linked to `path`, which the kernel refuses if it exists.
    public static func create(_ text: String, at path: String, mode: mode_t = 0o600) throws {
        let temporary = try stage(Item(path: path, text: text, mode: mode))
        defer { unlink(temporary) }
        guard link(temporary, path) == 0 else { throw WriteError(path: path, operation: "link", code: errno) }
        syncFolder(folder(of: path))
    }

    /// A hidden temporary file beside `item.path` holding the whole text, flushed to disk; its
    /// path. On failure nothing is left behind.
    private static func stage(_ item: Item) throws -> String {
        let name = (item.path as NSString).lastPathComponent
        var template = Array((folder(of: item.path) + "/." + name + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw WriteError(path: item.path, operation: "create", code: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            defer { close(descriptor) }
            guard fchmod(descriptor, item.mode) == 0 else { throw WriteError(path: item.path, operation: "chmod", code: errno) }
            if let code = FileDescriptorSink.writeAll(item.bytes, to: descriptor) {
                throw WriteError(path: item.path, operation: "write", code: code)
            }
            guard fsync(descriptor) == 0 else { throw WriteError(path: item.path, operation: "fsync", code: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }

    private static func folder(of path: String) -> String {
        parentFolder(of: path)
    }

    /// Makes the rename itself durable; a folder that cannot be opened only loses that.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
