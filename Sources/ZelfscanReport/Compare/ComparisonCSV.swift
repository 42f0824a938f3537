import ZelfscanCore

/// `compare --format csv`: one row per municipality (or group median) and measure, RFC 4180.
public enum ComparisonCSV {
    public static func render(_ comparison: CellComparison, labels: ComparisonLabels) -> String {
        var table = ExportTable(name: "compare", columns: [
            .init("row", .text), .init("municipality", .text), .init("grouping", .text), .init("group", .text), .init("year", .integer),
            .init("respondents", .integer), .init("measure", .text), .init("score", .real), .init("band", .text),
            .init("band_label", .text), .init("previous_year", .integer), .init("change", .real), .init("synthetic", .integer),
        ])
        func text(_ value: String?) -> ExportTable.Value { value.map { .text($0) } ?? .null }
        func real(_ value: Double?) -> ExportTable.Value { value.map { .real($0) } ?? .null }
        for row in comparison.rows {
            for value in row.values {
                table.rows.append([.text("municipality"), .text(row.municipality), .text(comparison.grouping.rawValue), text(row.group),
                                   .integer(comparison.year), .integer(row.respondents), .text(value.measure ?? "overall"), real(value.score),
                                   text(value.band), text(value.band.map(labels.band)), row.previousYear.map { .integer($0) } ?? .null,
                                   real(value.change), .integer(row.synthetic ? 1 : 0)])
            }
        }
        for group in comparison.groups {
            for value in group.medians {
                table.rows.append([.text("group-median"), .null, .text(comparison.grouping.rawValue), text(group.group),
                                   .integer(comparison.year), .integer(group.municipalities), .text(value.measure ?? "overall"), real(value.score),
                                   text(value.band), text(value.band.map(labels.band)), .null, .null, .integer(comparison.synthetic ? 1 : 0)])
            }
        }
        return CSVFormat.text(table)
    }
}
