import Foundation
import ZelfscanCore

/// A small export folder of format 3 that passes the audit, built by hand from
/// docs/export-format.md (not by the export writer, so the audit is tested against the
/// specification), for tests that tamper with one thing and expect one finding.
public struct AuditExportFixture {
    public struct Table {
        public var name: String
        public var columns: [(name: String, type: String)]
        public var rows: [[String]]

        public init(name: String, columns: [(name: String, type: String)], rows: [[String]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    public var tables: [Table]
    /// Files other than the data CSVs and the manifest, by name.
    public var extraFiles: [String: [UInt8]] = [:]
    public var readme: String
    public var codebookYAML: String
    public var withDatabase: Bool
    /// False for an export made with `--format sqlite`: no data CSVs.
    public var withDataCSVs = true
    /// Tables of zelfscan.sqlite that differ from the CSVs, set by tests.
    public var databaseOverrides: [String: (columns: [String], rows: [[AuditValue]])] = [:]
    public var links: Set<String> = []
    public var folders: Set<String> = []
    /// Files whose bytes are replaced after the manifest was computed.
    public var editedAfterManifest: [String: [UInt8]] = [:]

    public static let cellIDs = (1...11).map { "C" + String(repeating: "a", count: 10) + String(format: "%02x", $0 * 9) }

    public init(withDatabase: Bool = true) {
        self.withDatabase = withDatabase
        var cells: [[String]] = []
        for (index, cell) in Self.cellIDs.enumerated() {
            let (group, agreement) = index < 6 ? ("woongemeenten", "formal") : ("landelijke-gemeenten", "not-formal")
            for year in ["2025", "2026"] {
                cells.append([cell, year, group, agreement, "\(60 + index).5", "\(55 + index).0", index == 3 ? "" : "\(58 + index).2"])
            }
        }
        var items: [[String]] = []
        for respondent in 1...6 {
            items.append(["\(respondent)", "trust.safe-to-share", "\(respondent % 5 + 1)", "answered"])
            items.append(["\(respondent)", "information.timely", respondent == 4 ? "" : "3", respondent == 4 ? "dk" : "answered"])
        }
        tables = [
            Table(name: "cells", columns: [("cell", "text"), ("year", "integer"), ("belfius_group", "text"), ("context_agreement", "text"),
                                           ("trust", "real"), ("information_sharing", "real"), ("overall", "real")], rows: cells),
            Table(name: "items", columns: [("respondent", "integer"), ("item", "text"), ("value", "real"), ("status", "text")], rows: items),
            Table(name: "stats_dimensions", columns: [("grouping", "text"), ("group", "text"), ("year", "integer"), ("dimension", "text"),
                                                      ("cells", "integer"), ("mean", "real"), ("sd", "real")],
                  rows: [["all", "all", "2026", "trust", "10", "61.2", "8.4"], ["belfius_group", "woongemeenten", "2026", "overall", "10", "60.1", "7.9"]]),
            Table(name: "stats_icc", columns: [("year", "integer"), ("dimension", "text"), ("cells", "integer"), ("respondents", "integer"),
                                               ("icc1", "real"), ("icc2", "real")], rows: [["2026", "trust", "10", "60", "0.125", "0.412"]]),
            Table(name: "stats_items", columns: [("item", "text"), ("answer", "text"), ("count", "integer")],
                  rows: [["trust.safe-to-share", "4", "25"], ["information.timely", "dk", "5"]]),
            Table(name: "stats_reference", columns: [("item", "text"), ("figure", "text"), ("category", "text"), ("cells", "integer"),
                                                     ("share", "real"), ("reference_percent", "real"), ("reference_n", "integer"), ("reference_year", "integer")],
                  rows: [["context.agreement", "vvsg-2022.agreement-framework", "formal", "10", "45.5", "38.0", "150", "2022"]]),
            Table(name: "stats_actions", columns: [("dimension", "text"), ("status", "text"), ("cells", "integer"), ("actions", "integer")],
                  rows: [["trust", "open", "10", "5"], ["trust", "done", "10", "15"], ["information-sharing", "dropped", "10", "0"]]),
        ]
        var codebook: [[String]] = []
        for table in tables {
            for column in table.columns {
                codebook.append([table.name + ".csv", column.name, column.name == "cell" || column.name == "respondent" ? "identifier" : "sensitive",
                                 column.type, "Kolom \(column.name) van \(table.name)", "Column \(column.name) of \(table.name)",
                                 column.type == "text" ? "codes" : "0–100", "1", "livc-r", "2026.1"])
            }
        }
        tables.append(Table(name: "codebook", columns: [("file", "text"), ("column", "text"), ("class", "text"), ("type", "text"),
                                                        ("description_nl", "text"), ("description_en", "text"), ("values", "text"),
                                                        ("synthetic", "integer"), ("questionnaire_id", "text"), ("questionnaire_version", "text")],
                            rows: codebook))
        readme = """
            # Anonymised export (synthetic demo data)

            This folder holds the cell panel as CSV and as SQLite, read the files as UTF-8.
            k = 5; the smallest class holds 5 cells; the linkage simulation singled out no one.
            Peer comparison: see stats_dimensions.csv.

            """
        codebookYAML = """
            export:
              kind: zelfscan-anonymised-export
              format: 3
              synthetic: true
              tool_version: 0.3.0
              created_year: 2026
              questionnaire: {id: livc-r, version: 2026.1}
              scoring_rules_version: 1
              k: 5
              aggregate_minimum_cells: 10
              count_rounding: 5
            items:
              - id: trust.safe-to-share
                dimension: trust
                text: {nl: Ik kan hier veilig informatie delen., en: I can share information safely here.}
                missing: [dk]
              - id: information.timely
                dimension: information-sharing
                text: {nl: Informatie komt op tijd., en: Information arrives in time.}
                missing: [dk]
              - id: context.agreement
                text: {nl: Is er een formeel akkoord?, en: Is there a formal agreement?}
            dimensions:
              - id: trust
                title: {nl: Vertrouwen, en: Trust}
              - id: information-sharing
                title: {nl: Informatiedeling, en: Information sharing}
            cell_facts:
              - item: context.agreement
                categories: [formal, in-progress, informal-or-none]
                coarse: {not-formal: [in-progress, informal-or-none]}

            """
    }

    public func table(_ name: String) -> Table? { tables.first { $0.name == name } }

    /// Adds a column with one value in every row, described in codebook.csv like the others.
    public mutating func addColumn(_ name: String, type: String, value: String, to table: String) {
        let index = tables.firstIndex { $0.name == table }!
        tables[index].columns.append((name, type))
        tables[index].rows = tables[index].rows.map { $0 + [value] }
        let codebook = tables.firstIndex { $0.name == "codebook" }!
        tables[codebook].rows.append([table + ".csv", name, "sensitive", type, "Kolom \(name)", "Column \(name)", "codes", "1", "livc-r", "2026.1"])
    }

    /// Changes one field of a table (data line = row index + 2 in its CSV).
    public mutating func set(_ table: String, row: Int, column: String, to value: String) {
        let index = tables.firstIndex { $0.name == table }!
        let column = tables[index].columns.firstIndex { $0.name == column }!
        tables[index].rows[row][column] = value
    }

    public static func csvText(_ table: Table) -> String {
        ([table.columns.map(\.name)] + table.rows).map { $0.map(quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func quoted(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// The folder's files, the manifest computed over them; `csv` text overrides by file name
    /// replace a table's generated CSV (for malformed files no table can describe).
    public func files(csv overrides: [String: String] = [:]) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = ["README.md": Array(readme.utf8), "codebook.yaml": Array(codebookYAML.utf8)]
        for table in tables where withDataCSVs || table.name == "codebook" {
            files[table.name + ".csv"] = Array((overrides[table.name + ".csv"] ?? Self.csvText(table)).utf8)
        }
        for (name, bytes) in extraFiles { files[name] = bytes }
        if withDatabase { files["zelfscan.sqlite"] = Array("SQLite format 3 (in memory for tests)".utf8) }
        let manifest = files.keys.sorted().map { name -> String in
            var digest = FileDigest()
            digest.update(files[name]!)
            return digest.hex() + "  " + name + "\n"
        }.joined()
        files["MANIFEST.sha256"] = Array(manifest.utf8)
        for (name, bytes) in editedAfterManifest { files[name] = bytes }
        return files
    }

    /// The tables of zelfscan.sqlite: the CSV tables typed as the spec says, and export_info.
    public func database() -> MemoryDatabase {
        var result: [String: (columns: [String], rows: [[AuditValue]])] = [:]
        for table in tables {
            result[table.name] = (table.columns.map(\.name), table.rows.map { row in
                zip(table.columns, row).map { column, field -> AuditValue in
                    if field.isEmpty, column.type != "text" { return .null }
                    switch column.type {
                    case "integer": return Int64(field).map(AuditValue.integer) ?? .text(field)
                    case "real": return Double(field).map(AuditValue.real) ?? .text(field)
                    default: return .text(field)
                    }
                }
            })
        }
        result["export_info"] = (["key", "value"], [[.text("kind"), .text("zelfscan-anonymised-export")], [.text("k"), .text("5")]])
        for (name, table) in databaseOverrides { result[name] = table }
        return MemoryDatabase(tables: result)
    }

    public func folder(csv overrides: [String: String] = [:], chunkSize: Int = 7) -> MemoryFolder {
        MemoryFolder(files: files(csv: overrides), links: links, folders: folders, database: withDatabase ? database() : nil, chunkSize: chunkSize)
    }

    /// Writes the folder to disk (without zelfscan.sqlite, which only exists in memory here).
    public func write(to path: String, csv overrides: [String: String] = [:]) throws {
        var copy = self
        copy.withDatabase = false
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, bytes) in copy.files(csv: overrides) {
            try Data(bytes).write(to: URL(fileURLWithPath: path + "/" + name))
        }
    }
}

/// An export folder in memory, handing files over in small chunks so that every check is also a
/// test of reading across chunk boundaries.
public struct MemoryFolder: AuditableFolder {
    public var files: [String: [UInt8]]
    public var links: Set<String>
    public var folders: Set<String>
    public var memoryDatabase: MemoryDatabase?
    public var chunkSize: Int

    public init(files: [String: [UInt8]], links: Set<String> = [], folders: Set<String> = [], database: MemoryDatabase?, chunkSize: Int = 7) {
        self.files = files
        self.links = links
        self.folders = folders
        self.memoryDatabase = database
        self.chunkSize = chunkSize
    }

    public struct Missing: Error {}

    public func entryNames() throws -> [String] { Array(files.keys) + Array(links) + Array(folders) }

    public func isRegularFile(_ name: String) -> Bool { files[name] != nil }

    public func read(_ name: String, _ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let bytes = files[name] else { throw Missing() }
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunkSize)
            try bytes[start..<end].withUnsafeBytes { try chunk($0) }
            start = end
        }
    }

    public func database(_ name: String) throws -> any AuditableDatabase {
        guard let memoryDatabase else { throw Missing() }
        return memoryDatabase
    }
}

public struct MemoryDatabase: AuditableDatabase {
    public var tables: [String: (columns: [String], rows: [[AuditValue]])]

    public func tableNames() throws -> [String] { tables.keys.sorted() }

    public func columnNames(of table: String) throws -> [String] { tables[table]?.columns ?? [] }

    public func forEachRow(of table: String, _ body: ([AuditValue]) throws -> Void) throws {
        for row in tables[table]?.rows ?? [] { try body(row) }
    }
}
