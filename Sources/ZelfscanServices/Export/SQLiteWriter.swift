import CSQLite
import Foundation
import ZelfscanCore

/// Builds the export's SQLite database through the system libsqlite3: one table per export table
/// with typed columns, primary keys and an index on items, and `export_info`. It is built in
/// memory and handed over as the bytes of a database file, so it reaches the disk like every other
/// export file: written whole, flushed, and with the same message when the disk is full.
public struct SQLiteWriter {
    public struct Failure: Error {
        public var message: String
    }

    /// SQLITE_TRANSIENT: SQLite copies bound text before the Swift buffer goes away.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    /// The bytes of a database file holding `tables` and `info`.
    public static func database(_ tables: [ExportTable], info: [(String, String)]) throws(Failure) -> [UInt8] {
        var handle: OpaquePointer?
        guard sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let database = handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close(handle)
            throw Failure(message: message)
        }
        defer { sqlite3_close(database) }
        try execute(database, "PRAGMA journal_mode = OFF; BEGIN;")
        for table in tables {
            var columns = table.columns.map { "\(quoted($0.name)) \($0.type.rawValue)" }
            if let key = ReleaseColumns.primaryKeys[table.name] {
                columns.append("PRIMARY KEY (\(key.map(quoted).joined(separator: ", ")))")
            }
            try execute(database, "CREATE TABLE \(quoted(table.name)) (\(columns.joined(separator: ", ")));")
            let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
            try insert(database, "INSERT INTO \(quoted(table.name)) VALUES (\(placeholders));", rows: table.rows)
        }
        for (table, column) in ReleaseColumns.indexes {
            try execute(database, "CREATE INDEX \(quoted(table + "_" + column)) ON \(quoted(table)) (\(quoted(column)));")
        }
        try execute(database, "CREATE TABLE export_info (key TEXT PRIMARY KEY, value TEXT);")
        try insert(database, "INSERT INTO export_info VALUES (?, ?);", rows: info.map { [.text($0.0), .text($0.1)] })
        try execute(database, "COMMIT;")
        var size: sqlite3_int64 = 0
        guard let bytes = sqlite3_serialize(database, "main", &size, 0) else { throw Failure(message: "out of memory") }
        defer { sqlite3_free(bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: Int(size)))
    }

    private static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func execute(_ database: OpaquePointer, _ sql: String) throws(Failure) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(database, sql, nil, nil, &error) == SQLITE_OK else {
            let message = error.map { String(cString: $0) } ?? "unknown error"
            sqlite3_free(error)
            throw Failure(message: message)
        }
    }

    private static func insert(_ database: OpaquePointer, _ sql: String, rows: [[ExportTable.Value]]) throws(Failure) {
        var handle: OpaquePointer?
        guard sqlite3_prepare_v2(database, sql, -1, &handle, nil) == SQLITE_OK, let statement = handle else {
            throw Failure(message: String(cString: sqlite3_errmsg(database)))
        }
        defer { sqlite3_finalize(statement) }
        for row in rows {
            sqlite3_reset(statement)
            for (index, value) in row.enumerated() {
                let position = Int32(index + 1)
                switch value {
                case .text(let text): sqlite3_bind_text(statement, position, text, -1, transient)
                case .integer(let number): sqlite3_bind_int64(statement, position, sqlite3_int64(number))
                case .real(let number): sqlite3_bind_double(statement, position, number)
                case .null: sqlite3_bind_null(statement, position)
                }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else {
                throw Failure(message: String(cString: sqlite3_errmsg(database)))
            }
        }
    }
}
