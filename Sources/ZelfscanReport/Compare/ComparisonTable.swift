import ZelfscanCore

/// `compare --format table`: one line per municipality, score and band in words per dimension,
/// the change since the previous round, and a median line per group.
public struct ComparisonTable {
    public let comparison: CellComparison
    public let labels: ComparisonLabels

    public init(comparison: CellComparison, labels: ComparisonLabels) {
        self.comparison = comparison
        self.labels = labels
    }

    public func render() -> String {
        let measures: [String?] = comparison.dimensions.map { Optional($0) } + [nil]
        var header = [labels.say(en: "Municipality", nl: "Gemeente"), "n"] + measures.map { labels.measure($0) }
        header.append(labels.say(en: "Change overall", nl: "Verschil totaal"))
        var lines: [[String]] = []
        var groupStarts: [Int: String] = [:]
        for group in comparison.groups {
            groupStarts[lines.count] = CellComparison.label(group.group, grouping: comparison.grouping, language: labels.language)
            for row in comparison.rows where row.group == group.group {
                guard row.shown else {
                    lines.append([row.municipality, String(row.respondents), labels.hiddenNote])
                    continue
                }
                let cells = row.values.map { "\(labels.score($0.score)) \(labels.band($0.band))" }
                let overall = row.values.last
                let change = overall?.change.map { "\(labels.change($0)) (\(labels.say(en: "since", nl: "sinds")) \(row.previousYear.map(String.init) ?? ""))" } ?? ""
                lines.append([row.municipality, String(row.respondents)] + cells + [change])
            }
            lines.append([labels.median(group, grouping: comparison.grouping), ""] + group.medians.map { "\(labels.score($0.score)) \(labels.band($0.band))" } + [""])
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
        var output: [String] = []
        if comparison.synthetic { output.append(labels.syntheticNotice(comparison)) }
        output += [labels.title(comparison), "", format(header)]
        for (index, line) in lines.enumerated() {
            if let group = groupStarts[index] { output += ["", "\(group):"] }
            output.append(format(line))
        }
        output += ["", labels.say(en: "Bands on the unrounded score; n = submitted responses.", nl: "Banden op de niet-afgeronde score; n = ingediende antwoorden.")]
        return output.joined(separator: "\n") + "\n"
    }
}
