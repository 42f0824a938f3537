/// CSV as RFC 4180 (comma, CRLF line ends, header row, fields quoted when they hold a comma,
/// quote or line break), UTF-8 without a byte-order mark, so R's read.csv, pandas and
/// LibreOffice read it without options.
public enum CSVFormat {
    public static func text(_ table: ExportTable) -> String {
        var lines = [table.columns.map { field($0.name) }.joined(separator: ",")]
        lines.reserveCapacity(table.rows.count + 1)
        for row in table.rows {
            lines.append(row.map { field($0.csvText) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Appends one record as `text(_:)` writes its rows (fields as `field(_:)`, comma between,
    /// CRLF after), straight as bytes: the export writes millions of rows this way.
    public static func appendRecord(_ row: [ExportTable.Value], to bytes: inout [UInt8]) {
        for (index, value) in row.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            switch value {
            case .null:
                break
            case .integer(let number):
                // Digits with an optional minus: a number, so neither neutralised nor quoted.
                bytes.append(contentsOf: String(number).utf8)
            case .real(let number):
                bytes.append(contentsOf: field(ExportTable.decimal(number)).utf8)
            case .text(let text):
                let startsLikeFormula = text.utf8.first.map { $0 < 0x80 && formulaStarts.contains(Unicode.Scalar($0)) } ?? false
                if startsLikeFormula || text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
                    bytes.append(contentsOf: field(text).utf8)
                } else {
                    bytes.append(contentsOf: text.utf8)
                }
            }
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    /// One field as written: neutralised against formulas, then quoted where RFC 4180 needs it.
    public static func field(_ text: String) -> String {
        let text = neutralised(text)
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Spreadsheets run a field that starts with `=`, `+`, `-`, `@`, tab or carriage return as a
    /// formula (`=HYPERLINK(...)` from a municipality name or a codebook text); a leading `'` makes
    /// it text (the OWASP CSV-injection rule). Numbers such as `-3.5` are left as they are, so
    /// they still read as numbers.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first), !isNumber(text) else { return text }
        return "'" + text
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// An optional minus, digits, optionally a point and more digits, and optionally an exponent
    /// (`-1.0e-05`, as Swift writes a tiny real): the numbers an export writes. Anything else that
    /// starts like a formula is neutralised.
    static func isNumber(_ text: String) -> Bool {
        var rest = Substring(text)
        func digits() -> Bool {
            let count = rest.prefix { $0.isASCII && $0.isNumber }.count
            rest = rest.dropFirst(count)
            return count > 0
        }
        if rest.first == "-" { rest = rest.dropFirst() }
        guard digits() else { return false }
        if rest.first == "." {
            rest = rest.dropFirst()
            guard digits() else { return false }
        }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
            guard digits() else { return false }
        }
        return rest.isEmpty
    }

    /// Parses RFC 4180 text (CRLF or LF line ends) into records of fields; the audit reads
    /// exports with it. Returns nil for an unterminated quote. Works on the UTF-8 bytes: the
    /// delimiters are ASCII, so no multi-byte character is ever split.
    public static func parse(_ text: String) -> [[String]]? {
        var text = text
        return text.withUTF8 { bytes -> [[String]]? in
            let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
            var records: [[String]] = []
            var record: [String] = []
            var index = 0
            let count = bytes.count
            while index < count {
                var field: String
                if bytes[index] == quote {
                    var buffer: [UInt8] = []
                    index += 1
                    var closed = false
                    while index < count {
                        if bytes[index] == quote {
                            if index + 1 < count, bytes[index + 1] == quote {
                                buffer.append(quote)
                                index += 2
                                continue
                            }
                            index += 1
                            closed = true
                            break
                        }
                        buffer.append(bytes[index])
                        index += 1
                    }
                    guard closed else { return nil }
                    field = String(decoding: buffer, as: UTF8.self)
                    while index < count, bytes[index] != comma, bytes[index] != lf, bytes[index] != cr { index += 1 }
                } else {
                    let start = index
                    while index < count, bytes[index] != comma, bytes[index] != lf, bytes[index] != cr { index += 1 }
                    field = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                }
                record.append(field)
                if index < count, bytes[index] == comma {
                    index += 1
                    if index == count { record.append("") }
                    continue
                }
                if index < count, bytes[index] == cr { index += 1 }
                if index < count, bytes[index] == lf { index += 1 }
                records.append(record)
                record = []
            }
            if !record.isEmpty { records.append(record) }
            return records
        }
    }
}
