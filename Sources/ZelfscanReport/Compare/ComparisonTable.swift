import ZelfscanCore

/// `compare --format table`: one line per municipality, score and band in words per dimension,
/// the change since the previous round, the actions the cell agreed, and a median line per group.
/// When that table is wider than the terminal, each cell becomes a block of wrapped lines instead
/// (the same words, pivoted), so nothing is cut off or wrapped mid-cell by the terminal.
public struct ComparisonTable {
    public let comparison: CellComparison
    public let labels: ComparisonLabels
    /// The terminal's columns; nil when writing to a file or pipe, which takes the wide table.
    public let width: Int?

    public init(comparison: CellComparison, labels: ComparisonLabels, width: Int? = nil) {
        self.comparison = comparison
        self.labels = labels
        self.width = width
    }

    private var measures: [String?] { comparison.dimensions.map { Optional($0) } + [nil] }
    private var showsActions: Bool { comparison.rows.contains { $0.actions != nil || $0.newActions != nil } }

    public func render() -> String {
        var output: [String] = []
        if comparison.synthetic { output.append(labels.syntheticNotice(comparison)) }
        output += [labels.title(comparison), ""]
        let wide = wideTable()
        if let width, wide.contains(where: { $0.count > width }) {
            output += blocks(width: max(width, 40))
        } else {
            output += wide
        }
        output += labels.footer(comparison)
        guard let width else { return output.joined(separator: "\n") + "\n" }
        return output.flatMap { $0.count > width ? WordWrap.lines($0, width: max(width, 40)) : [$0] }.joined(separator: "\n") + "\n"
    }

    private func cell(_ value: CellComparison.Value) -> String { "\(labels.score(value.score)) \(labels.band(value.band))" }

    private func change(_ row: CellComparison.Row) -> String { labels.overallChange(row) }

    private func wideTable() -> [String] {
        var header = [labels.say(en: "Municipality", nl: "Gemeente"), "n"] + measures.map { labels.measure($0) }
        header.append(labels.say(en: "Change overall", nl: "Verschil totaal"))
        if showsActions { header.append(labels.say(en: "Actions", nl: "Acties")) }
        var lines: [[String]] = []
        var groupStarts: [Int: String] = [:]
        for group in comparison.groups {
            groupStarts[lines.count] = CellComparison.label(group.group, grouping: comparison.grouping, language: labels.language)
            for row in comparison.rows where row.group == group.group {
                guard row.shown else {
                    lines.append([row.municipality, String(row.respondents), labels.hiddenNote])
                    continue
                }
                var line = [row.municipality, String(row.respondents)] + row.values.map(cell) + [change(row)]
                if showsActions { line.append(labels.actions(row, year: comparison.year)) }
                lines.append(line)
            }
            var median = [labels.median(group, grouping: comparison.grouping), ""] + group.medians.map(cell) + [""]
            if showsActions { median.append("") }
            lines.append(median)
        }
        var widths = header.map(\.count)
        for line in lines where line.count == header.count {
            for (index, cell) in line.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func format(_ line: [String]) -> String {
            line.enumerated().map { index, cell in
                index < widths.count && line.count == header.count ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) : cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var output = [format(header)]
        for (index, line) in lines.enumerated() {
            if let group = groupStarts[index] { output += ["", "\(group):"] }
            output.append(format(line))
        }
        return output
    }

    /// One block per cell: its name, n, overall and change on the first line, then the
    /// dimensions, wrapped at `width` between entries.
    private func blocks(width: Int) -> [String] {
        var output: [String] = []
        for group in comparison.groups {
            output += ["", CellComparison.label(group.group, grouping: comparison.grouping, language: labels.language) + ":"]
            for row in comparison.rows where row.group == group.group {
                guard row.shown else {
                    output += wrap(["\(row.municipality) (n = \(row.respondents))", labels.hiddenNote], indent: 2, width: width)
                    continue
                }
                var first = ["\(row.municipality) (n = \(row.respondents))"]
                if let overall = row.values.last { first.append("\(labels.measure(nil)) \(cell(overall))") }
                if !change(row).isEmpty { first.append(change(row)) }
                if showsActions, !labels.actions(row, year: comparison.year).isEmpty { first.append(labels.say(en: "actions", nl: "acties") + " " + labels.actions(row, year: comparison.year)) }
                output += wrap(first, indent: 2, width: width)
                output += wrap(row.values.filter { $0.measure != nil }.map { "\(labels.measure($0.measure)) \(cell($0))" }, indent: 4, width: width)
            }
            output += wrap([labels.median(group, grouping: comparison.grouping)], indent: 2, width: width)
            output += wrap(group.medians.map { "\(labels.measure($0.measure)) \(cell($0))" }, indent: 4, width: width)
        }
        return output
    }


    /// Joins entries with " · ", starting a new line before an entry that would pass `width`.
    private func wrap(_ entries: [String], indent: Int, width: Int) -> [String] {
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        var current = ""
        for entry in entries {
            if current.isEmpty {
                current = prefix + entry
            } else if current.count + 3 + entry.count <= width {
                current += " · " + entry
            } else {
                lines.append(current)
                current = prefix + entry
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
