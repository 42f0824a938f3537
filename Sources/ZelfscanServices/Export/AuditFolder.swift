#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSQLite
import Foundation
import ZelfscanCore
import ZelfscanFiles

/// An export folder on disk as the audit reads it: entries as they are (a link is never
/// followed), files in 64 KB chunks, and zelfscan.sqlite opened read-only and immutable, so that
/// auditing a folder never adds a journal file to it.
public struct AuditFolder: AuditableFolder {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public func entryNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path)
    }

    public func isRegularFile(_ name: String) -> Bool {
        var status = stat()
        return lstat(path + "/" + name, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    public func read(_ name: String, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
        let file = path + "/" + name
        let descriptor = open(file, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileReadError(path: file, errno: errno) }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: file, errno: errno)
            }
            if count == 0 { return }
            try buffer.withUnsafeBytes { try chunk(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        }
    }

    public func database(_ name: String) throws -> any AuditableDatabase {
        try SQLiteTables(path: path + "/" + name)
    }
}

/// The tables of an SQLite file, read through the system libsqlite3. Use one from one thread at a
/// time.
public final class SQLiteTables: AuditableDatabase {
    private let handle: OpaquePointer

    public init(path: String) throws {
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))) ?? path
        var opened: OpaquePointer?
        // One connection is only ever used by one thread at a time (the audit's second thread opens
        // its own), so SQLite need not lock a mutex on every value read.
        let status = sqlite3_open_v2("file:" + encoded + "?immutable=1", &opened, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nil)
        guard status == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(opened)
            throw AuditFolder.Failure(description: message)
        }
        handle = opened
        // Opening is lazy: read the schema now, so that a file that is not a database fails here.
        _ = try tableNames()
    }

    deinit { sqlite3_close(handle) }

    public func tableNames() throws -> [String] {
        var names: [String] = []
        try query("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name") { statement in
            names.append(String(cString: sqlite3_column_text(statement, 0)))
        }
        return names
    }

    public func columnNames(of table: String) throws -> [String] {
        let statement = try prepare("SELECT * FROM \(Self.quoted(table)) LIMIT 0")
        defer { sqlite3_finalize(statement) }
        return (0..<sqlite3_column_count(statement)).map { String(cString: sqlite3_column_name(statement, $0)) }
    }

    public func forEachRow(of table: String, _ body: ([AuditValue]) throws -> Void) throws {
        try query("SELECT * FROM \(Self.quoted(table))") { statement in
            let values = (0..<sqlite3_column_count(statement)).map { column -> AuditValue in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
                case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
                case SQLITE_TEXT:
                    // Every byte, a NUL included: a reader such as pandas shows what follows one.
                    let text = sqlite3_column_text(statement, column)
                    let count = Int(sqlite3_column_bytes(statement, column))
                    return .text(String(decoding: UnsafeBufferPointer(start: text, count: text == nil ? 0 : count), as: UTF8.self))
                case SQLITE_NULL: return .null
                default: return .blob
                }
            }
            try body(values)
        }
    }

    /// Reads a text as `forEachRow` does: every byte, a NUL included.
    public func forEachRawRow(of table: String, _ body: (UnsafeBufferPointer<AuditRawValue>) throws -> Void) throws {
        var values: [AuditRawValue] = []
        try query("SELECT * FROM \(Self.quoted(table))") { statement in
            values.removeAll(keepingCapacity: true)
            for column in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: values.append(.integer(sqlite3_column_int64(statement, column)))
                case SQLITE_FLOAT: values.append(.real(sqlite3_column_double(statement, column)))
                case SQLITE_TEXT:
                    let text = sqlite3_column_text(statement, column)
                    values.append(.text(UnsafeBufferPointer(start: text, count: text == nil ? 0 : Int(sqlite3_column_bytes(statement, column)))))
                case SQLITE_NULL: values.append(.null)
                default: values.append(.blob)
                }
            }
            try values.withUnsafeBufferPointer(body)
        }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw AuditFolder.Failure(description: String(cString: sqlite3_errmsg(handle)))
        }
        return statement
    }

    private func query(_ sql: String, _ row: (OpaquePointer) throws -> Void) throws {
        let statement = try prepare(sql)
        defer { sqlite3_finalize(statement) }
        while true {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: try row(statement)
            case SQLITE_DONE: return
            default: throw AuditFolder.Failure(description: String(cString: sqlite3_errmsg(handle)))
            }
        }
    }

    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
