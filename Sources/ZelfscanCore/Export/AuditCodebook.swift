/// What the audit takes from codebook.csv: the described columns and the answer codes each item
/// allows, so a code column holding anything else (a name typed into a field) is caught.
struct AuditCodebook {
    /// Columns of the data tables that are not items.
    static let fixedColumns: Set<String> = Set(ExportCodebook.descriptorTexts.map(\.column))

    var columns: Set<String> = []
    var textColumns: Set<String> = []
    var itemOfColumn: [String: String] = [:]
    var codes: [String: Set<String>] = [:]

    init() {}

    init(records: [[String]]) {
        guard let header = records.first, let column = header.firstIndex(of: "column"), let item = header.firstIndex(of: "item_id"),
              let option = header.firstIndex(of: "option"),
              let kind = header.firstIndex(of: "kind"), let values = header.firstIndex(of: "values_en"),
              let missing = header.firstIndex(of: "missing_codes") else { return }
        for row in records.dropFirst() where row.count == header.count {
            columns.insert(row[column])
            guard !row[item].isEmpty else { continue }
            itemOfColumn[row[column]] = row[item]
            if row[kind] == "single" { textColumns.insert(row[column]) }
            var allowed = Set(row[missing].split(separator: " ").map(String.init))
            if !row[option].isEmpty { allowed.insert(row[option]) }
            if row[kind] == "single" {
                for pair in row[values].components(separatedBy: "; ") {
                    if let code = pair.split(separator: "=", maxSplits: 1).first { allowed.insert(String(code)) }
                }
            }
            codes[row[item], default: []].formUnion(allowed)
        }
    }
}
