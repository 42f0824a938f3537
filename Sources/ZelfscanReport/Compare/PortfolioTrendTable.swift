import ZelfscanCore

/// `compare --trend`: per cell a small table with a column per year (score and change per
/// measure, members who submitted, actions agreed and done), its flags, then the statements weak
/// in many cells and the pooled context answers. Rows are measures so the width grows with the
/// years, not with the dimension titles.
public struct PortfolioTrendTable {
    public let trend: PortfolioTrend
    public let labels: ComparisonLabels

    public init(trend: PortfolioTrend, labels: ComparisonLabels) {
        self.trend = trend
        self.labels = labels
    }

    public func render() -> String {
        var output: [String] = []
        if trend.synthetic {
            output.append(labels.syntheticNotice(invented: trend.rows.filter(\.synthetic).count, of: trend.rows.count))
        }
        output.append(labels.trendTitle(trend))
        let measures: [String?] = trend.dimensions.map { Optional($0) } + [nil]
        let names = [labels.say(en: "submitted (n)", nl: "ingediend (n)")] + measures.map { labels.measure($0) }
            + [labels.say(en: "actions agreed / done", nl: "acties afgesproken / uitgevoerd")]
        let nameWidth = names.map(\.count).max() ?? 0
        for row in trend.rows {
            output += ["", "\(row.municipality) — \(CellComparison.label(row.group, grouping: trend.grouping, language: labels.language))"]
            var columns: [[String]] = []
            for year in trend.years {
                guard let point = row.points.first(where: { $0.year == year }) else {
                    columns.append([String(year), labels.say(en: "no round", nl: "geen ronde")])
                    continue
                }
                var column = [String(year), String(point.respondents)]
                column += point.values.map { value in
                    guard point.shown else { return "–" }
                    return labels.score(value.score) + labels.trendChange(value, previousVersion: point.previousVersion)
                }
                column.append(point.actions.map { "\($0.agreed) / \($0.done)" } ?? "–")
                columns.append(column)
            }
            let widths = columns.map { $0.map(\.count).max() ?? 0 }
            func line(_ label: String, _ index: Int) -> String {
                let cells = columns.enumerated().map { position, column in
                    (index < column.count ? column[index] : "").padding(toLength: widths[position], withPad: " ", startingAt: 0)
                }
                return ("  " + label.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  " + cells.joined(separator: "  "))
                    .trimmingTrailingSpaces()
            }
            output.append(line("", 0))
            for (index, name) in names.enumerated() { output.append(line(name, index + 1)) }
            for point in row.points { if let version = point.previousVersion { output.append("  " + labels.versionBreak(to: point.year, from: version)) } }
            for flag in row.flags { output.append("  ! " + labels.flag(flag)) }
        }
        output += ["", labels.say(en: "Statements that need attention in several \(labels.groups) (latest round):",
                                  nl: "Stellingen die in meerdere \(labels.groups) een aandachtspunt zijn (laatste ronde):")]
        if trend.weakStatements.isEmpty { output.append("  " + labels.say(en: "none", nl: "geen")) }
        for statement in trend.weakStatements {
            output.append("  \(statement.cells) \(labels.say(en: "of", nl: "van")) \(statement.of): \(labels.statement(statement.itemID)) (\(statement.itemID))")
        }
        for question in trend.pooled.questions {
            output += ["", labels.contextQuestion(question.itemID) + " " + labels.say(en: "(\(question.answered) members in \(trend.pooled.cells) \(labels.groups), latest round):",
                nl: "(\(question.answered) leden in \(trend.pooled.cells) \(labels.groups), laatste ronde):")]
            for option in question.options.sorted(by: { $0.members > $1.members }) where option.members > 0 {
                output.append("  \(option.members) \(labels.say(en: "members", nl: "leden")), \(option.cells) "
                              + (option.cells == 1 ? labels.say(en: "cell", nl: "gemeente") : labels.say(en: "cells", nl: "gemeenten")) + ": "
                              + labels.contextOption(question.itemID, option.code))
            }
        }
        output += ["", labels.say(en: "Scores with the change since the previous shown round in brackets; –: fewer than 3 responses. Not a ranking.",
            nl: "Scores met het verschil sinds de vorige getoonde ronde tussen haakjes; – : minder dan 3 antwoorden. Geen rangschikking.")]
        return output.joined(separator: "\n") + "\n"
    }
}
