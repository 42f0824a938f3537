import CSQLite
import Foundation
import ZelfscanCore
import ZelfscanFiles

/// Writes the export's SQLite database through the system libsqlite3 as the rows come: one table
/// per export table with typed columns and primary keys, the indexes, and `export_info`, all in
/// one transaction on a file in the export's hidden staging folder. Without a journal (the
/// folder is thrown away whole when anything fails) and with a bounded page cache, memory does
/// not grow with the export.
public final class SQLiteWriter {
    public struct Failure: Error {
        public var message: String
    }

    /// SQLITE_TRANSIENT: SQLite copies bound text before the Swift buffer goes away.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    private let path: String
    private let database: OpaquePointer
    private var statement: OpaquePointer?
    private var closed = false

    public init(path: String) throws {
        // Made here first, mode 0600 like every other file of an export: SQLite would make it 0644.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw AtomicFile.WriteError(path: path, operation: "create", code: errno) }
        close(descriptor)
        var handle: OpaquePointer?
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let database = handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw Failure(message: message)
        }
        self.path = path
        self.database = database
        try execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -8192; BEGIN;")
    }

    deinit {
        sqlite3_finalize(statement)
        if !closed { sqlite3_close(database) }
    }

    /// Creates `table` and prepares its rows' insert.
    public func begin(_ name: String, columns: [ExportTable.Column]) throws {
        sqlite3_finalize(statement)
        statement = nil
        var definitions = columns.map { "\(Self.quoted($0.name)) \($0.type.rawValue)" }
        var options = ""
        if let key = ReleaseColumns.primaryKeys[name] {
            definitions.append("PRIMARY KEY (\(key.map(Self.quoted).joined(separator: ", ")))")
            // The rows are stored in the key's own tree, not in a second one beside it: a third
            // smaller file, written faster.
            options = " WITHOUT ROWID"
        }
        try execute("CREATE TABLE \(Self.quoted(name)) (\(definitions.joined(separator: ", ")))\(options);")
        statement = try prepare("INSERT INTO \(Self.quoted(name)) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")));")
    }

    public func insert(_ row: [ExportTable.Value]) throws {
        guard let statement else { throw Failure(message: "no table begun") }
        sqlite3_reset(statement)
        for (index, value) in row.enumerated() {
            let position = Int32(index + 1)
            switch value {
            case .text(let text): sqlite3_bind_text(statement, position, text, -1, Self.transient)
            case .integer(let number): sqlite3_bind_int64(statement, position, sqlite3_int64(number))
            case .real(let number): sqlite3_bind_double(statement, position, number)
            case .null: sqlite3_bind_null(statement, position)
            }
        }
        guard sqlite3_step(statement) == SQLITE_DONE else { throw failure() }
    }

    /// The indexes and `export_info`, then the commit; the file is closed, not yet flushed.
    public func finish(info: [(String, String)]) throws {
        for (table, column) in ReleaseColumns.indexes {
            try execute("CREATE INDEX \(Self.quoted(table + "_" + column)) ON \(Self.quoted(table)) (\(Self.quoted(column)));")
        }
        sqlite3_finalize(statement)
        try execute("CREATE TABLE export_info (key TEXT PRIMARY KEY, value TEXT);")
        statement = try prepare("INSERT INTO export_info VALUES (?, ?);")
        for (key, value) in info { try insert([.text(key), .text(value)]) }
        sqlite3_finalize(statement)
        statement = nil
        try execute("COMMIT;")
        closed = true
        guard sqlite3_close(database) == SQLITE_OK else { throw Failure(message: "could not close the database") }
    }

    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private func execute(_ sql: String) throws {
        guard sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    private func prepare(_ sql: String) throws -> OpaquePointer {
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(database, sql, -1, &handle, nil) == SQLITE_OK, let handle else { throw failure() }
        return handle
    }

    /// A full disk or a file size limit as every command words it; anything else in SQLite's
    /// words. SQLite keeps no errno for ENOSPC (only SQLITE_FULL), and a write refused by the
    /// file size limit (`ulimit -f`) can reach us as a plain I/O error, so that limit is checked.
    private func failure() -> any Error {
        var code = sqlite3_system_errno(database)
        if !OutOfSpace.covers(code) {
            switch sqlite3_errcode(database) & 0xFF {
            case SQLITE_FULL: code = ENOSPC
            case SQLITE_IOERR where Self.atFileSizeLimit(path): code = EFBIG
            default: break
            }
        }
        if OutOfSpace.covers(code) { return AtomicFile.WriteError(path: path, operation: "write", code: code) }
        return Failure(message: String(cString: sqlite3_errmsg(database)))
    }

    /// Whether the file has grown to within a few pages of the process's file size limit.
    private static func atFileSizeLimit(_ path: String) -> Bool {
        var limit = rlimit()
        var status = stat()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        #else
        let resource = RLIMIT_FSIZE
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur != rlim_t.max, stat(path, &status) == 0 else { return false }
        return UInt64(status.st_size) + 65_536 >= UInt64(limit.rlim_cur)
    }
}
