/// What the audit needs from an export folder. The command reads a folder on disk; tests and the
/// export's own check before it renames its staging folder use the same audit through this.
public protocol AuditableFolder {
    /// Every entry directly in the folder: files, folders and links alike.
    func entryNames() throws -> [String]
    /// Whether the entry is a plain file (not a folder, link, device or pipe).
    func isRegularFile(_ name: String) -> Bool
    /// Hands the file's bytes over in chunks, so a file of any size costs one chunk of memory.
    func read(_ name: String, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws
    /// The SQLite database `name`; throws when it cannot be opened as one.
    func database(_ name: String) throws -> any AuditableDatabase
}

/// A database as the audit reads it: names, columns and rows, one row at a time.
public protocol AuditableDatabase {
    /// Tables and views, without SQLite's own `sqlite_` tables.
    func tableNames() throws -> [String]
    func columnNames(of table: String) throws -> [String]
    func forEachRow(of table: String, _ body: ([AuditValue]) throws -> Void) throws
}

/// A value of a database row.
public enum AuditValue: Sendable, Equatable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob

    /// The value as the CSV file writes it (numbers compared through `RowDigest.canonical`).
    var csvText: String {
        switch self {
        case .null, .blob: return ""
        case .integer(let number): return String(number)
        // As the export writes a REAL in CSV: 3.0 is `3`, so a table read back from SQLite
        // alone meets the same checks as its CSV (a scale value `3.0` is not on the scale).
        case .real(let number): return ExportTable.decimal(number)
        case .text(let text): return text
        }
    }
}
