/// A table of an export, typed so that the CSV and the SQLite file carry the same columns: the
/// CSV writes every value as text, SQLite keeps the type.
public struct ExportTable: Sendable, Equatable {
    public enum ColumnType: String, Sendable, Equatable {
        case text = "TEXT"
        case integer = "INTEGER"
        case real = "REAL"
    }

    public struct Column: Sendable, Equatable {
        public var name: String
        public var type: ColumnType

        public init(_ name: String, _ type: ColumnType) {
            self.name = name
            self.type = type
        }
    }

    public enum Value: Sendable, Equatable, Hashable {
        case text(String)
        case integer(Int)
        case real(Double)
        /// Missing: an empty CSV field, SQL NULL.
        case null

        /// The CSV field: `.` as decimal point, no exponent for the values an export holds.
        public var csvText: String {
            switch self {
            case .text(let text): return text
            case .integer(let value): return String(value)
            case .real(let value): return ExportTable.decimal(value)
            case .null: return ""
            }
        }
    }

    public var name: String
    public var columns: [Column]
    public var rows: [[Value]]

    public init(name: String, columns: [Column], rows: [[Value]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    public func columnIndex(_ name: String) -> Int? { columns.firstIndex { $0.name == name } }

    /// Shortest text that reads back as the same Double; whole numbers without ".0".
    static func decimal(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }
}
