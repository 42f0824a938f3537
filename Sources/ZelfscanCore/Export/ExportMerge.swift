import YAML

/// Pools finished exports made with the same key (equal key checks) and the same questionnaire
/// version into one, without the key or the workspaces: rows are concatenated, a municipality's
/// round found in several exports is kept from the first, and k-anonymity is applied again over
/// the union — coarsening can only grow, so the pool is at least as coarse as its parts.
public enum ExportMerge {
    public enum Failure: Error, Sendable, Equatable {
        case notAnExport(part: Int)
        case differentKeys(part: Int)
        case differentQuestionnaire(part: Int, found: String, expected: String)
        case unreadable(part: Int, file: String)
        case differentColumns(part: Int, file: String)
    }

    /// One export as read from its folder: codebook.yaml and the CSV files by name.
    public struct Part: Sendable {
        public var codebookYAML: String
        public var files: [String: String]

        public init(codebookYAML: String, files: [String: String]) {
            self.codebookYAML = codebookYAML
            self.files = files
        }
    }

    public struct Result: Sendable {
        public var summary: ExportSummary
        /// responses_long, responses_wide, scores, then codebook.
        public var tables: [ExportTable]
        public var codebookYAML: String
    }

    static let dataTables = ["responses_long", "responses_wide", "scores"]

    public static func merge(_ parts: [Part], k: Int) throws(Failure) -> Result {
        var facts: [ExportPeers.Facts] = []
        var records: [[String: [[String]]]] = []
        for (index, part) in parts.enumerated() {
            guard let fact = try? ExportPeers.facts(codebookYAML: part.codebookYAML) else { throw .notAnExport(part: index) }
            if let first = facts.first {
                guard fact.keyCheck == first.keyCheck else { throw .differentKeys(part: index) }
                guard fact.questionnaireID == first.questionnaireID, fact.questionnaireVersion == first.questionnaireVersion else {
                    throw .differentQuestionnaire(part: index, found: "\(fact.questionnaireID) \(fact.questionnaireVersion)",
                                                  expected: "\(first.questionnaireID) \(first.questionnaireVersion)")
                }
            }
            facts.append(fact)
            var tables: [String: [[String]]] = [:]
            for name in dataTables + ["codebook"] {
                guard let text = part.files[name + ".csv"], let parsed = CSVFormat.parse(text), let header = parsed.first else {
                    throw .unreadable(part: index, file: name + ".csv")
                }
                if let first = records.first, first[name]?.first != header { throw .differentColumns(part: index, file: name + ".csv") }
                tables[name] = parsed
            }
            records.append(tables)
        }
        guard let first = facts.first, let codebook = records.first?["codebook"] else { throw .notAnExport(part: 0) }

        // Units and their identifiers from the cell rows of scores.csv; the first export owns a unit.
        var owner: [KAnonymityPlan.Unit: Int] = [:]
        var identifiers: [KAnonymityPlan.Unit: QuasiIdentifiers] = [:]
        var summary = ExportSummary(k: k, questionnaireID: first.questionnaireID, questionnaireVersion: first.questionnaireVersion,
                                    scoringRulesVersion: first.scoringRulesVersion, synthetic: facts.contains { $0.synthetic },
                                    keyCheck: first.keyCheck, years: [])
        summary.mergedExports = parts.count
        for (index, tables) in records.enumerated() {
            let header = tables["scores"]![0]
            for row in tables["scores"]!.dropFirst() where row.count == header.count {
                guard let unit = unit(row, header), !identifiers.keys.contains(unit) || owner[unit] == index else {
                    if let unit = unit(row, header), owner[unit] != index, value(row, header, "unit") == "cell",
                       value(row, header, "dimension") == "overall" { summary.duplicates.cellRounds += 1 }
                    continue
                }
                owner[unit] = index
                identifiers[unit] = QuasiIdentifiers(group: nonEmpty(value(row, header, ExportColumns.group)),
                                                     province: nonEmpty(value(row, header, ExportColumns.province)),
                                                     level: nonEmpty(value(row, header, ExportColumns.level)), year: unit.year)
            }
        }
        let plan = KAnonymityPlan(identifiers, k: k)
        let types = columnTypes(codebook)
        var tables: [ExportTable] = []
        for name in dataTables {
            let header = records[0][name]![0]
            var table = ExportTable(name: name, columns: header.map { ExportTable.Column($0, types[$0] ?? .text) })
            var respondents: [KAnonymityPlan.Unit: Set<String>] = [:]
            for (index, part) in records.enumerated() {
                for row in part[name]!.dropFirst() where row.count == header.count {
                    guard let unit = unit(row, header) else { continue }
                    if owner[unit] != index {
                        if name == "responses_wide" { summary.duplicates.respondents += 1 }
                        continue
                    }
                    if name == "responses_wide" { respondents[unit, default: []].insert(value(row, header, ExportColumns.respondent) ?? "") }
                    guard let released = plan.released(unit) else { continue }
                    var copy = row
                    if let province = header.firstIndex(of: ExportColumns.province) { copy[province] = released.province ?? "" }
                    if let level = header.firstIndex(of: ExportColumns.level) { copy[level] = released.level ?? "" }
                    if released.level == nil {
                        // Answers that restate the level would undo its removal.
                        if name == "responses_long", let item = header.firstIndex(of: "item_id"), ExportColumns.levelItems.contains(copy[item]) { continue }
                        for id in ExportColumns.levelItems {
                            if let column = header.firstIndex(of: ExportColumns.wideName(id)) { copy[column] = "" }
                        }
                    }
                    table.rows.append(zip(table.columns, copy).map { typed($1, $0.type) })
                }
            }
            table.rows = stableSorted(table.rows)
            tables.append(table)
            if name == "responses_wide" { tally(&summary, plan: plan, respondents: respondents) }
        }
        var codebookTable = ExportTable(name: "codebook", columns: codebook[0].map { ExportTable.Column($0, types["codebook." + $0] ?? .text) })
        codebookTable.rows = codebook.dropFirst().map { row in zip(codebookTable.columns, row).map { typed($1, $0.type) } }
        if let synthetic = codebookTable.columnIndex("synthetic") {
            for index in codebookTable.rows.indices { codebookTable.rows[index][synthetic] = .integer(summary.synthetic ? 1 : 0) }
        }
        tables.append(codebookTable)
        summary.years = Set(plan.decisions.filter { $0.value != .suppressed }.map(\.key.year)).sorted()
        summary.municipalities = Set(plan.decisions.filter { $0.value != .suppressed }.map(\.key.pseudonym)).count
        return Result(summary: summary, tables: tables, codebookYAML: updatedCodebook(parts[0].codebookYAML, summary: summary))
    }

    private static func tally(_ summary: inout ExportSummary, plan: KAnonymityPlan, respondents: [KAnonymityPlan.Unit: Set<String>]) {
        for (unit, decision) in plan.decisions {
            let count = respondents[unit]?.count ?? 0
            guard let original = plan.original[unit] else { continue }
            if decision == .suppressed {
                summary.suppressed.cellRounds += 1
                summary.suppressed.respondents += count
                continue
            }
            summary.released.cellRounds += 1
            summary.released.respondents += count
            let released = plan.released(unit)!
            if original.level != nil, released.level == nil {
                summary.provinceAndLevelRemoved.cellRounds += 1
                summary.provinceAndLevelRemoved.respondents += count
            } else if original.province != nil, released.province == nil {
                summary.provinceRemoved.cellRounds += 1
                summary.provinceRemoved.respondents += count
            }
        }
    }

    /// codebook.yaml of the first part with the pool's k, years and synthetic flag.
    static func updatedCodebook(_ text: String, summary: ExportSummary) -> String {
        guard var root = try? YAMLParser().parse(text), case .mapping(var pairs) = root.content,
              let index = pairs.firstIndex(where: { $0.key.scalar?.text == "export" }),
              case .mapping(var export) = pairs[index].value.content else { return text }
        func set(_ key: String, _ value: Node) {
            if let at = export.firstIndex(where: { $0.key.scalar?.text == key }) { export[at].value = value } else {
                export.append(Pair(key: .plain(key), value: value))
            }
        }
        set("k", .plain(String(summary.k)))
        set("synthetic", .plain(summary.synthetic ? "true" : "false"))
        set("years", .sequence(summary.years.map { .plain(String($0)) }))
        set("merged_exports", .plain(String(summary.mergedExports)))
        pairs[index].value = Node(.mapping(export))
        root = Node(.mapping(pairs))
        return (try? YAMLEmitter().emit(root)) ?? text
    }

    /// Column types: descriptors and score columns are fixed; item columns follow the codebook's
    /// kind; codebook columns are keyed "codebook.NAME".
    static func columnTypes(_ codebook: [[String]]) -> [String: ExportTable.ColumnType] {
        var types: [String: ExportTable.ColumnType] = [
            ExportColumns.year: .integer, ExportColumns.respondent: .integer, "value": .real, "score": .real, "n": .integer,
            "sd": .real, "min": .real, "max": .real, "codebook.reverse": .integer, "codebook.weight": .real, "codebook.synthetic": .integer,
        ]
        guard let header = codebook.first, let column = header.firstIndex(of: "column"), let kind = header.firstIndex(of: "kind") else { return types }
        for row in codebook.dropFirst() where row.count == header.count {
            switch row[kind] {
            case "single": types[row[column]] = .text
            case "multiple": types[row[column]] = .integer
            case "number", "scored": types[row[column]] = .real
            default: break
            }
        }
        return types
    }

    private static func typed(_ text: String, _ type: ExportTable.ColumnType) -> ExportTable.Value {
        if text.isEmpty { return .null }
        switch type {
        case .integer: return Int(text).map { .integer($0) } ?? .text(text)
        case .real: return Double(text).map { .real($0) } ?? .text(text)
        case .text: return .text(text)
        }
    }

    private static func stableSorted(_ rows: [[ExportTable.Value]]) -> [[ExportTable.Value]] {
        rows.enumerated().sorted { a, b in
            let keyA = (a.element[0].csvText, a.element[1].csvText), keyB = (b.element[0].csvText, b.element[1].csvText)
            return keyA != keyB ? keyA < keyB : a.offset < b.offset
        }.map(\.element)
    }

    private static func unit(_ row: [String], _ header: [String]) -> KAnonymityPlan.Unit? {
        guard let pseudonym = value(row, header, ExportColumns.municipality), let year = value(row, header, ExportColumns.year).flatMap(Int.init) else { return nil }
        return KAnonymityPlan.Unit(pseudonym: pseudonym, year: year)
    }

    private static func value(_ row: [String], _ header: [String], _ column: String) -> String? {
        header.firstIndex(of: column).map { row[$0] }
    }

    private static func nonEmpty(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
}
