import ZelfscanCore

/// `compare --format csv`: one row per municipality (or group median) and measure, RFC 4180;
/// the actions of the plan looked back at as counts (all on the overall row, per dimension on
/// its row), across versions the number of statements a dimension's change is measured on, and a
/// row per cell without a round in the year.
public enum ComparisonCSV {
    public static func render(_ comparison: CellComparison, labels: ComparisonLabels) -> String {
        var table = ExportTable(name: "compare", columns: [
            .init("row", .text), .init("municipality", .text), .init("grouping", .text), .init("group", .text), .init("year", .integer),
            .init("respondents", .integer), .init("measure", .text), .init("score", .real), .init("band", .text),
            .init("band_label", .text), .init("previous_year", .integer), .init("change", .real), .init("synthetic", .integer),
            .init("plan_year", .integer), .init("actions", .integer), .init("actions_done", .integer),
            .init("comparable_statements", .integer),
        ])
        func text(_ value: String?) -> ExportTable.Value { value.map { .text($0) } ?? .null }
        func real(_ value: Double?) -> ExportTable.Value { value.map { .real($0) } ?? .null }
        func integer(_ value: Int?) -> ExportTable.Value { value.map { .integer($0) } ?? .null }
        for row in comparison.rows {
            for value in row.values {
                table.rows.append([.text("municipality"), .text(row.municipality), .text(comparison.grouping.rawValue), text(row.group),
                                   .integer(comparison.year), .integer(row.respondents), .text(value.measure ?? "overall"), real(value.score),
                                   text(value.band), text(value.band.map(labels.band)), row.previousYear.map { .integer($0) } ?? .null,
                                   real(value.change), .integer(row.synthetic ? 1 : 0),
                                   integer(row.actions?.planYear),
                                   integer(row.actions.map { value.measure == nil ? $0.agreed : value.actions }),
                                   integer(value.measure == nil ? row.actions?.done : nil), integer(value.partial)])
            }
        }
        for group in comparison.groups {
            for value in group.medians {
                table.rows.append([.text("group-median"), .null, .text(comparison.grouping.rawValue), text(group.group),
                                   .integer(comparison.year), .integer(group.municipalities), .text(value.measure ?? "overall"), real(value.score),
                                   text(value.band), text(value.band.map(labels.band)), .null, .null, .integer(comparison.synthetic ? 1 : 0),
                                   .null, .null, .null, .null])
            }
        }
        for municipality in comparison.withoutRound {
            table.rows.append([.text("without-round"), .text(municipality), .text(comparison.grouping.rawValue), .null, .integer(comparison.year),
                               .null, .null, .null, .null, .null, .null, .null, .integer(comparison.synthetic ? 1 : 0), .null, .null, .null, .null])
        }
        return CSVFormat.text(table)
    }
}
