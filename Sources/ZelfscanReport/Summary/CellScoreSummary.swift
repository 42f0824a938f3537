import Foundation
import ZelfscanCore

/// A cell's scores as plain text for a coordinator: the dimension table with bands in words,
/// disagreement, agreement, role groups, "don't know", reference figures, trend and peers.
/// Every benchmark carries its source; demo data says so at the top.
public struct CellScoreSummary: Sendable {
    public var questionnaire: Questionnaire
    public var round: CellRound
    public var language: Language
    public var rules: ScoringRules
    public var references: [ReferenceComparison]
    public var trend: CellTrend?
    public var peers: PeerBenchmark?

    public init(questionnaire: Questionnaire, round: CellRound, language: Language, rules: ScoringRules = .standard,
                references: [ReferenceComparison] = [], trend: CellTrend? = nil, peers: PeerBenchmark? = nil) {
        self.questionnaire = questionnaire
        self.round = round
        self.language = language
        self.rules = rules
        self.references = references
        self.trend = trend
        self.peers = peers
    }

    public func render() -> String {
        let t = ScoreText(language: language, group: questionnaire.group)
        var lines: [String] = []
        if round.synthetic { lines.append(t.synthetic) }
        lines.append(t.heading(round.municipality, round.year, "\(round.questionnaireID) \(round.questionnaireVersion)", ScoringRules.version))
        guard round.n >= rules.minimumCellRespondents else {
            lines.append(t.hidden(round.n, rules.minimumCellRespondents))
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(t.basis(round.n))
        lines.append("")
        lines += table(t)
        lines += agreement(t)
        lines += roleGroups(t)
        lines += dontKnow(t)
        lines += referenceFigures(t)
        lines += trendLines(t)
        lines += peerLines(t)
        return lines.joined(separator: "\n") + "\n"
    }

    private func number(_ value: Double?) -> String {
        value.map { ScoreFormat.display($0, language: language) } ?? "–"
    }

    private func definition(_ dimensionID: String) -> ZelfscanCore.Dimension? {
        questionnaire.dimensions.first { $0.id == dimensionID }
    }

    private func title(_ dimensionID: String) -> String {
        questionnaire.dimensions.first { $0.id == dimensionID }?.title.text(language) ?? dimensionID
    }

    private func bandLabel(_ code: String?) -> String {
        guard let code else { return "" }
        return questionnaire.bands.first { $0.code == code }?.label.text(language) ?? code
    }

    private func table(_ t: ScoreText) -> [String] {
        let titles = round.dimensions.map { title($0.dimensionID) } + [t.overall]
        let width = max(titles.map(\.count).max() ?? 0, t.columns.dimension.count)
        var rows = [[t.columns.dimension, t.columns.n, t.columns.mean, t.columns.sd, t.columns.band]]
        var flagged = false
        for dimension in round.dimensions {
            // How few were asked is not said: with one or two, colleagues would know who.
            guard dimension.asked >= rules.minimumCellRespondents else {
                let askedOf = definition(dimension.dimensionID)?.askedOf?.text(language)
                rows.append([title(dimension.dimensionID), "", t.askedTooFew(askedOf, rules.minimumCellRespondents), "", ""])
                continue
            }
            guard dimension.n >= rules.minimumCellRespondents else {
                rows.append([title(dimension.dimensionID), String(dimension.n), t.withheld, "", ""])
                continue
            }
            let mark = dimension.disagreement ? " !" : ""
            flagged = flagged || dimension.disagreement
            rows.append([title(dimension.dimensionID), String(dimension.n), dimension.mean.map { number($0) + mark } ?? t.noScore,
                         number(dimension.standardDeviation), bandLabel(dimension.band)])
        }
        // Built from the means of the dimensions counted in it, so it would give away one that is not shown.
        let overallShown = round.overallShown(minimum: rules.minimumCellRespondents)
        rows.append([t.overall, "", overallShown ? round.overall.map(number) ?? t.noScore : t.withheld, "",
                     overallShown ? bandLabel(round.overallBand) : ""])
        let widths = [width, 3, 8, 5, 0]
        var lines = rows.map { row in
            zip(row, widths).map { cell, width in
                cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        // Members not asked a dimension did not answer too little.
        for dimension in round.dimensions {
            let tooLittle = dimension.unscored - (round.n - dimension.asked)
            if tooLittle > 0 { lines.append("  \(title(dimension.dimensionID)): \(t.unscored(tooLittle))") }
        }
        // The round's own dimensions: a round on an earlier version may lack one.
        for dimension in round.dimensions where !dimension.countsInOverall && !dimension.local {
            // When too few were asked, the row says whom it is asked of already.
            let askedOf = dimension.asked >= rules.minimumCellRespondents ? definition(dimension.dimensionID)?.askedOf?.text(language) : nil
            lines.append("  " + t.outsideOverall(title(dimension.dimensionID), askedOf))
        }
        if flagged { lines.append(t.disagreementNote(language.number(rules.disagreementThreshold))) }
        return lines
    }

    /// As the report words it: a dimension's index only when none of its statements is disputed and
    /// the scores do not differ widely, since the index rises with the number of statements and
    /// can hide a split on one of them.
    private func agreement(_ t: ScoreText) -> [String] {
        let parts = round.dimensions.compactMap { dimension -> String? in
            guard dimension.n >= rules.minimumCellRespondents, let rwg = dimension.agreement,
                  let level = dimension.agreementLevel else { return nil }
            let disputed = disputedStatements(dimension.dimensionID)
            guard DimensionSection.agreementHolds(disputed: disputed, result: dimension) else {
                return "\(title(dimension.dimensionID)): " + (disputed > 0 ? t.disputedStatements(disputed) : t.scoresDiffer)
            }
            return "\(title(dimension.dimensionID)) \(decimal(rwg, places: 2)) (\(t.agreementLevel(level)))"
        }
        guard !parts.isEmpty else { return [] }
        return ["", t.agreementHeading] + parts.map { "  " + $0 }
    }

    /// Statements of the dimension the members are split on, counted as the report lists them:
    /// only statements shown to at least the minimum of members.
    private func disputedStatements(_ dimensionID: String) -> Int {
        guard let dimension = definition(dimensionID) else { return 0 }
        return dimension.items.filter { item in
            guard let distribution = round.item(item.id), distribution.shown >= rules.minimumCellRespondents,
                  let scale = questionnaire.scale(item.scale),
                  let agreement = distribution.agreement(of: item, on: scale) else { return false }
            return AgreementIndex.isDisputed(agreement)
        }.count
    }

    private func roleGroups(_ t: ScoreText) -> [String] {
        var lines = ["", t.roleGroupsHeading]
        let labels = Dictionary(uniqueKeysWithValues: questionnaire.roleGroups.map { ($0.id, $0.label.text(language)) })
        var hiddenSaid = false
        for comparison in round.roleGroups {
            switch comparison.state {
            case .shown(let means, let gaps):
                let meanText = means.map { "\(labels[$0.group] ?? $0.group) \(number($0.mean)) (n=\($0.n))" }.joined(separator: ", ")
                let gapText = gaps.map { "\(labels[$0.first] ?? $0.first) − \(labels[$0.second] ?? $0.second): \(signed($0.difference))" }
                    .joined(separator: ", ")
                lines.append("  \(title(comparison.dimensionID)): \(meanText); \(gapText)")
            case .hidden(.protectRespondents):
                if !hiddenSaid { lines.append("  " + t.roleGroupsHidden(rules.minimumRoleGroupSize)) }
                hiddenSaid = true
            case .hidden(.fewerThanTwoGroups):
                if !hiddenSaid { lines.append("  " + t.fewerThanTwoGroups) }
                hiddenSaid = true
            }
        }
        return lines.count > 2 || hiddenSaid ? lines : []
    }

    /// The statements in words, as members read them: an item id means nothing to a coordinator.
    private func dontKnow(_ t: ScoreText) -> [String] {
        let ranked = round.items.compactMap { item in item.dontKnowShare.map { (item.itemID, $0) } }
            .filter { $0.1 > 0 }.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(3)
        guard !ranked.isEmpty else { return [] }
        return ["", t.dontKnowHeading] + ranked.map { "  \(percent($0.1))  \(statement($0.0))" }
    }

    private func statement(_ itemID: String) -> String {
        questionnaire.scoredItems.first { $0.id == itemID }?.text.text(language)
            ?? questionnaire.context?.items.first { $0.id == itemID }?.text.text(language) ?? itemID
    }

    private func referenceFigures(_ t: ScoreText) -> [String] {
        guard !references.isEmpty else { return [] }
        var lines = ["", t.referenceHeading]
        for comparison in references {
            let item = questionnaire.context?.items.first { $0.id == comparison.itemID }
            let text = item?.text.text(language) ?? comparison.itemID
            let synthetic = comparison.synthetic ? " — \(t.syntheticFigures)" : ""
            lines.append("  \(text) (\(t.reference(comparison.sourceLabel, comparison.figureN))\(synthetic))")
            // A fact its role has not given: the members' counts would stand in for it.
            if let item, let open = ContextEntry.OpenFact(item, round: round, questionnaire: questionnaire, language: language) {
                lines.append("    " + ReportText(language: language).openFact(open))
                continue
            }
            // Options nobody chose and the source gives no figure for say nothing.
            for row in comparison.rows where row.count > 0 || row.figurePercent != nil {
                let label = item?.options.first { $0.code == row.category }?.label.text(language) ?? row.category
                let own = "\(t.yourCell) \(row.count)/\(comparison.answered)"
                let published = row.figurePercent.map { "\(row.approximate ? t.approximately + " " : "")\(language.number($0))%" } ?? "–"
                lines.append("    \(label): \(own), \(published)")
            }
        }
        return lines
    }

    private func trendLines(_ t: ScoreText) -> [String] {
        guard let trend, !trend.steps.isEmpty else { return [] }
        var lines = ["", t.trendHeading]
        for step in trend.steps {
            guard step.comparable else {
                lines.append("  \(step.fromYear) → \(step.toYear): \(t.notComparable)")
                continue
            }
            // A change from or to a withheld score gives that score away to anyone who adds it to the other round's.
            let ends = [step.fromYear, step.toYear].map { year in trend.rounds.first { $0.year == year } }
            let minimum = rules.minimumCellRespondents
            let parts = questionnaire.dimensions.map { dimension in
                let shown = ends.allSatisfy { $0?.shownMean(dimension.id, minimum: minimum) != nil }
                let change = shown ? step.changes[dimension.id] ?? nil : nil
                return "\(dimension.title.text(language)) \(change.map(signed) ?? "–")"
            }
            let overallShown = ends.allSatisfy { $0?.shownOverall(minimum: minimum) != nil }
            lines.append("  \(step.fromYear) → \(step.toYear): " + parts.joined(separator: ", ")
                         + ", \(t.overall) \((overallShown ? step.overall : nil).map(signed) ?? "–")")
        }
        return lines
    }

    private func peerLines(_ t: ScoreText) -> [String] {
        guard let peers else { return [] }
        var lines = ["", t.peersHeading(peers.year)]
        if peers.synthetic { lines.append(t.peersSynthetic) }
        let titles = round.dimensions.map { title($0.dimensionID) } + [t.overall]
        let width = max(titles.map(\.count).max() ?? 0, 12) + 2
        var scopes: [PeerBenchmark.Scope] = []
        for row in peers.rows where !scopes.contains(row.scope) { scopes.append(row.scope) }
        for scope in scopes {
            let rows = peers.rows.filter { $0.scope == scope }
            let counts = rows.compactMap { row -> Int? in
                if case .available(let distribution) = row.outcome { return distribution.municipalities }
                return nil
            }
            let name: String
            switch scope {
            case .all: name = t.scope(all: true, group: nil)
            case .group(let group): name = t.scope(all: false, group: group.label.text(language))
            }
            lines.append("  " + name + (counts.max().map { " (\(t.municipalities($0)))" } ?? ""))
            let header = t.peerColumns
            lines.append("    " + pad("", width) + pad(header.cell, 8) + pad(header.median, 9) + pad(header.middle, 17) + header.rank)
            for row in rows {
                let measure: String
                let own: Double?
                switch row.measure {
                case .dimension(let id):
                    measure = title(id)
                case .overall:
                    measure = t.overall
                }
                // Withheld in the cell table above, so withheld here too.
                own = PeerBenchmark.value(row.measure, of: round, minimum: rules.minimumCellRespondents)
                switch row.outcome {
                case .available(let distribution):
                    let rank = distribution.percentileRank.map { String(Int($0.rounded())) } ?? "–"
                    lines.append("    " + pad(measure, width) + pad(number(own), 8) + pad(number(distribution.median), 9)
                                 + pad("\(number(distribution.firstQuartile))–\(number(distribution.thirdQuartile))", 17) + rank)
                case .tooFewMunicipalities(let count):
                    lines.append("    " + pad(measure, width) + t.tooFewPeers(count, rules.minimumPeerMunicipalities))
                }
            }
        }
        lines.append(t.peerNote)
        return lines
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func signed(_ value: Double) -> String {
        let text = ScoreFormat.display(value, language: language)
        return value > 0 && !text.hasPrefix("-") && text != "0,0" && text != "0.0" ? "+" + text : text
    }

    private func percent(_ share: Double) -> String {
        String(Int((share * 100).rounded())) + "%"
    }

    private func decimal(_ value: Double, places: Int) -> String {
        let scale = places == 2 ? 100.0 : 10.0
        let rounded = (value * scale).rounded() / scale
        return language.decimal(String(format: places == 2 ? "%.2f" : "%.1f", rounded))
    }
}
