import YAML

/// Pools finished exports (format 3) into one without the key: the cell panels are
/// concatenated and k is applied again over the pool, item rows are concatenated, and the
/// statistics that can be recomputed from the panel alone are. Classes can only grow when panels
/// are pooled, and every value released is a coarsening of what a part released, so the pool
/// never protects less than its parts. The command audits every part before it gets here.
///
/// The panels are small and read whole; `items.csv`, the bulk of every part, is read once to
/// find where each respondent's rows are and again, a respondent at a time, as the pool is
/// written (`MergedItemRows`), so memory does not grow with the size of the parts.
public enum ExportMerge {
    public struct Part {
        public var codebookYAML: String
        public var cellsCSV: String
        public var items: any ExportPartItems

        public init(codebookYAML: String, cellsCSV: String, items: any ExportPartItems) {
            self.codebookYAML = codebookYAML
            self.cellsCSV = cellsCSV
            self.items = items
        }

        /// A part whose `items.csv` is in memory.
        public init(codebookYAML: String, cellsCSV: String, itemsCSV: String) {
            self.init(codebookYAML: codebookYAML, cellsCSV: cellsCSV, items: ItemsInMemory(bytes: Array(itemsCSV.utf8)))
        }
    }

    public enum Failure: Error, Sendable, Equatable {
        case notAnExport(part: Int)
        case olderFormat(part: Int, format: Int)
        case differentQuestionnaire(part: Int, found: String, expected: String)
        case unreadable(part: Int, file: String)
        /// Reading the file failed (an I/O error), as opposed to reading something that is not the export's CSV.
        case cannotRead(part: Int, file: String, reason: String)
        case differentColumns(part: Int, file: String)
        /// Two parts hold the same cell (every year and every value alike): pooled, it would count twice toward k.
        case sharedCells(part: Int, other: Int, cells: Int)
    }

    private struct Cell {
        var part: Int
        var rounds: [Int: PanelFacts] = [:]
        var rows: [Int: [String]] = [:]
    }

    /// The pooled export as a plan: its `items` table reads every respondent's rows back from
    /// the parts as it is written, and throws a `Failure` when a part changed meanwhile.
    public static func merge(_ parts: [Part], questionnaire: Questionnaire, k: Int,
                             random: inout some RandomNumberGenerator) throws(Failure) -> ExportPlan {
        let k = max(k, ExportBuilder.minimumK)
        var summary = ExportSummary(k: k, questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
                                    scoringRulesVersion: ScoringRules.version)
        summary.mergedExports = parts.count
        let columns = ReleaseColumns.cells(questionnaire).map(\.name)
        let factCount = ReleaseColumns.cellFacts(questionnaire).count
        var cells: [String: Cell] = [:]
        var respondents = MergedItemRows(columns: ReleaseColumns.items(questionnaire))
        for (index, part) in parts.enumerated() {
            let facts: ExportPeers.Facts
            do { facts = try ExportPeers.facts(codebookYAML: part.codebookYAML) } catch { throw .notAnExport(part: index) }
            guard facts.format >= ExportCodebook.format else { throw .olderFormat(part: index, format: facts.format) }
            guard facts.questionnaireID == questionnaire.id, facts.questionnaireVersion == questionnaire.version else {
                throw .differentQuestionnaire(part: index, found: "\(facts.questionnaireID) \(facts.questionnaireVersion)",
                                              expected: "\(questionnaire.id) \(questionnaire.version)")
            }
            summary.synthetic = summary.synthetic || facts.synthetic
            guard let records = CSVFormat.parse(part.cellsCSV), let header = records.first else { throw .unreadable(part: index, file: "cells.csv") }
            guard header == columns else { throw .differentColumns(part: index, file: "cells.csv") }
            for row in records.dropFirst() {
                guard row.count == header.count, let year = Int(row[1]) else { throw .unreadable(part: index, file: "cells.csv") }
                let key = "\(index)/\(row[0])"
                cells[key, default: Cell(part: index)].rounds[year] = PanelFacts(group: row[2], facts: Array(row[3..<(3 + factCount)]))
                cells[key]!.rows[year] = Array(row[(3 + factCount)...])
            }
            try respondents.add(part.items)
        }
        try refuseSharedCells(cells)

        let plan = PanelAnonymity(cells.mapValues(\.rounds), facts: ReleaseColumns.cellFacts(questionnaire).map(\.fact), k: k)
        let ids = plan.randomIDs(using: &random)
        let types = ReleaseColumns.cells(questionnaire).map(\.type)
        var panel = ExportTable(name: ReleaseColumns.cellsFile, columns: ReleaseColumns.cells(questionnaire).map(\.tableColumn))
        for (key, id) in ids.sorted(by: { $0.value < $1.value }) {
            let released = plan.released(key)!
            for year in released.keys.sorted() {
                let texts = [id, String(year), released[year]!.group] + released[year]!.facts + cells[key]!.rows[year]!
                panel.rows.append(zip(texts, types).map { value($0, $1) })
            }
        }
        for (key, step) in plan.steps {
            summary.panel[step, default: ExportSummary.Touched()].add(rounds: cells[key]!.rounds.count, respondents: 0)
        }
        summary.smallestClass = plan.classSizes.values.min() ?? 0
        summary.linkage = LinkageSimulation(facts: plan.facts).run(
            truth: plan.original, panel: Dictionary(uniqueKeysWithValues: ids.map { ($0.value, plan.released($0.key)!) }))
        summary.years = Set(cells.values.flatMap(\.rounds.keys)).sorted()
        summary.municipalities = cells.count

        respondents.shuffle(using: &random)
        let items = ExportTableSource(name: ReleaseColumns.itemsFile, columns: ReleaseColumns.items(questionnaire).map(\.tableColumn),
                                      forEachRow: respondents.forEachRow)
        summary.respondents = respondents.count
        summary.roleDependentItems = questionnaire.scoredItems.map(\.id).filter { !ItemRelease(questionnaire: questionnaire).released.contains($0) }

        let tables = [ExportTableSource(panel), items, ExportTableSource(dimensionMeans(panel, questionnaire: questionnaire))]
            + [ReleaseColumns.statsICC, ReleaseColumns.statsItems, ReleaseColumns.statsReference, ReleaseColumns.statsActions].map { columns in
                ExportTableSource(ExportTable(name: columns[0].file, columns: columns.map(\.tableColumn)))
            }
        return ExportPlan(summary: summary, tables: tables, classes: [:], codebook: ExportCodebook(questionnaire: questionnaire))
    }

    /// Cells of different parts with the same means in every year are one cell exported twice,
    /// even when the parts coarsened its facts differently.
    private static func refuseSharedCells(_ cells: [String: Cell]) throws(Failure) {
        var seen: [[String]: Int] = [:]
        var shared: [[Int]: Int] = [:]
        for key in cells.keys.sorted() {
            let cell = cells[key]!
            let fingerprint = cell.rounds.keys.sorted().flatMap { [String($0)] + cell.rows[$0]! }
            if let other = seen[fingerprint], other != cell.part {
                shared[[min(other, cell.part), max(other, cell.part)], default: 0] += 1
            } else {
                seen[fingerprint] = cell.part
            }
        }
        if let (pair, count) = shared.min(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            throw .sharedCells(part: pair[1], other: pair[0], cells: count)
        }
    }

    /// stats_dimensions over the pooled panel, grouping `all` only: the means are the panel's, at
    /// one decimal; groupings by province or level cannot be recomputed without the workspaces.
    static func dimensionMeans(_ panel: ExportTable, questionnaire: Questionnaire) -> ExportTable {
        var table = ExportTable(name: ReleaseColumns.statsDimensionsFile, columns: ReleaseColumns.statsDimensions.map(\.tableColumn))
        let year = panel.columnIndex("year")!
        let dimensions = questionnaire.dimensions.map { ($0.id, panel.columnIndex(ReleaseColumns.columnName($0.id))!) } + [("overall", panel.columnIndex("overall")!)]
        let years = Set(panel.rows.compactMap { if case .integer(let y) = $0[year] { return y } else { return nil } }).sorted()
        for round in years {
            let rows = panel.rows.filter { $0[year] == .integer(round) }
            for (dimension, column) in dimensions {
                let means = rows.compactMap { if case .real(let mean) = $0[column] { return mean } else { return nil } }
                guard means.count >= ReleaseStatistics.standardMinimumCells else { continue }
                table.rows.append([.text("all"), .text("all"), .integer(round), .text(dimension),
                                   .integer(ReleaseStatistics(questionnaire: questionnaire, figures: []).rounded(means.count)),
                                   ExportBuilder.oneDecimal(Descriptive.mean(means)), ExportBuilder.oneDecimal(Descriptive.sampleStandardDeviation(means))])
            }
        }
        return table
    }

    static func value(_ text: String, _ type: ExportTable.ColumnType) -> ExportTable.Value {
        if text.isEmpty { return .null }
        switch type {
        case .text: return .text(text)
        case .integer: return Int(text).map(ExportTable.Value.integer) ?? .text(text)
        case .real: return Double(text).map(ExportTable.Value.real) ?? .text(text)
        }
    }

    private struct ItemsInMemory: ExportPartItems {
        let bytes: [UInt8]

        func read(_ chunk: (UnsafeRawBufferPointer) throws -> Void) throws {
            try bytes.withUnsafeBytes { try chunk($0) }
        }

        func read(offset: Int, count: Int) throws -> [UInt8] {
            Array(bytes[min(offset, bytes.count)..<min(offset + count, bytes.count)])
        }
    }
}
