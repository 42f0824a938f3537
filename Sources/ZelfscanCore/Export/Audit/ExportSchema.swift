/// The files and columns of export format 3 (docs/export-format.md), as the audit holds them.
enum ExportSchema {
    static let readme = "README.md"
    static let manifest = "MANIFEST.sha256"
    static let codebookYAML = "codebook.yaml"
    static let codebookCSV = "codebook.csv"
    static let database = "zelfscan.sqlite"
    static let cells = "cells.csv"

    static let dataFiles = [cells, "items.csv", "stats_dimensions.csv", "stats_icc.csv", "stats_items.csv", "stats_reference.csv", "stats_actions.csv"]
    /// The database holds the data tables, `codebook` and `export_info`.
    static let tables = dataFiles.map(table) + [table(codebookCSV), "export_info"]

    static func table(_ file: String) -> String { String(file.dropLast(4)) }

    /// The stats files never hold a row over fewer cells than this.
    static let minimumCells = 10

    /// The columns `file` must have, in order; nil for a file that is not a data table.
    static func columns(of file: String, codebook: AuditCodebook) -> [(name: String, kind: AuditColumn)]? {
        switch file {
        case cells:
            return [("cell", .cell), ("year", .year(optional: false)), ("belfius_group", .belfiusGroup)]
                + codebook.cellFacts.map { ($0.column, .cellFact(values: $0.values)) }
                + (codebook.dimensions.map(AuditCodebook.columnName) + ["overall"]).map { ($0, .score(optional: true)) }
        case "items.csv":
            return [("respondent", .respondent), ("item", .item), ("value", .itemValue), ("status", .status)]
        case "stats_dimensions.csv":
            return [("grouping", .grouping), ("group", .group), ("year", .year(optional: false)), ("dimension", .dimension),
                    ("cells", .count(minimum: minimumCells)), ("mean", .score(optional: false)), ("sd", .real(decimals: 1, range: 0...100, optional: false))]
        case "stats_icc.csv":
            return [("year", .year(optional: false)), ("dimension", .dimension), ("cells", .count(minimum: minimumCells)),
                    ("respondents", .count(minimum: 0)), ("icc1", .real(decimals: 3, range: -1...1, optional: true)),
                    ("icc2", .real(decimals: 3, range: -1_000_000...1, optional: true))]
        case "stats_items.csv":
            return [("item", .item), ("answer", .answer), ("count", .count(minimum: 0))]
        case "stats_reference.csv":
            return [("item", .item), ("figure", .code), ("category", .code), ("cells", .count(minimum: 0)),
                    ("share", .real(decimals: 1, range: 0...100, optional: false)), ("reference_percent", .real(decimals: 1, range: 0...100, optional: true)),
                    ("reference_n", .integer(optional: true)), ("reference_year", .year(optional: true))]
        case "stats_actions.csv":
            // Counts only: a column for an action's text, owner, due month or notes is undocumented here and refused.
            return [("dimension", .dimension), ("status", .oneOf(Set(ActionStatus.allCases.map(\.rawValue)))),
                    ("cells", .count(minimum: minimumCells)), ("actions", .count(minimum: 0))]
        case codebookCSV:
            return [("file", .oneOf(Set(dataFiles))), ("column", .code),
                    ("class", .oneOf(["identifier", "quasi-identifier", "sensitive", "structural"])), ("type", .oneOf(["text", "integer", "real"])),
                    ("description_nl", .prose), ("description_en", .prose), ("values", .prose), ("synthetic", .oneOf(["0", "1"])),
                    ("questionnaire_id", .code), ("questionnaire_version", .code)]
        default:
            return nil
        }
    }

    /// Words a column name may not contain: they announce names, free text, dates, contact data,
    /// geography or roles, none of which the cell panel releases (docs/privacy.md).
    static func revealingWord(in column: String) -> String? {
        let words = column.lowercased().split { $0 == "_" || $0 == "." || $0 == "-" }.map(String.init)
        if words.contains("respondent"), words.contains("code") { return "respondent code" }
        let revealing: Set<String> = ["name", "names", "naam", "namen", "gemeente", "gemeentenaam", "municipality", "comment", "comments",
                                      "opmerking", "opmerkingen", "remark", "remarks", "text", "tekst", "date", "datum", "time", "tijd",
                                      "timestamp", "started", "updated", "submitted", "email", "mail", "phone", "telefoon", "gsm",
                                      "address", "adres", "nis", "postcode", "zip", "province", "provincie", "role", "rol"]
        return words.first { revealing.contains($0) }
    }
}
