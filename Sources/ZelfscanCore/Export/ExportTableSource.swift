/// A table to be written, whose rows may be made as they are written: the export streams
/// `items.csv` (the bulk of an export) from a few bytes per respondent instead of holding its
/// rows, and writes every other table from memory.
public struct ExportTableSource {
    public var name: String
    public var columns: [ExportTable.Column]
    /// Calls `body` with every row, in order.
    public let forEachRow: (_ body: ([ExportTable.Value]) throws -> Void) throws -> Void

    public init(name: String, columns: [ExportTable.Column], forEachRow: @escaping (_ body: ([ExportTable.Value]) throws -> Void) throws -> Void) {
        self.name = name
        self.columns = columns
        self.forEachRow = forEachRow
    }

    public init(_ table: ExportTable) {
        self.init(name: table.name, columns: table.columns) { body in
            for row in table.rows { try body(row) }
        }
    }

    /// Every row in memory, for tests and for pooling small exports.
    public func materialised() -> ExportTable {
        var table = ExportTable(name: name, columns: columns)
        try? forEachRow { table.rows.append($0) }
        return table
    }
}
