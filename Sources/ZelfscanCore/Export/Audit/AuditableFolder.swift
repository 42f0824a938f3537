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
    /// The rows as `forEachRow` gives them, without a `String` or an array per row: the values
    /// (and a text's bytes) are valid only during the call. Has a default made from `forEachRow`.
    func forEachRawRow(of table: String, _ body: (UnsafeBufferPointer<AuditRawValue>) throws -> Void) throws
}

extension AuditableDatabase {
    public func forEachRawRow(of table: String, _ body: (UnsafeBufferPointer<AuditRawValue>) throws -> Void) throws {
        var texts: [UInt8] = []
        var raw: [AuditRawValue] = []
        try forEachRow(of: table) { values in
            texts.removeAll(keepingCapacity: true)
            for case .text(let text) in values { texts.append(contentsOf: text.utf8) }
            try texts.withUnsafeBufferPointer { texts in
                var offset = 0
                raw.removeAll(keepingCapacity: true)
                for value in values {
                    switch value {
                    case .null: raw.append(.null)
                    case .blob: raw.append(.blob)
                    case .integer(let number): raw.append(.integer(number))
                    case .real(let number): raw.append(.real(number))
                    case .text(let text):
                        let count = text.utf8.count
                        raw.append(.text(UnsafeBufferPointer(rebasing: texts[offset..<(offset + count)])))
                        offset += count
                    }
                }
                try raw.withUnsafeBufferPointer(body)
            }
        }
    }
}

/// A database value read in place: a text is the bytes `AuditValue.text` would hold (invalid
/// UTF-8 may be left for the reader to repair).
public enum AuditRawValue {
    case null
    case integer(Int64)
    case real(Double)
    case text(UnsafeBufferPointer<UInt8>)
    case blob
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
