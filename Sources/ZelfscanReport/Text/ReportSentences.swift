import ZelfscanCore

/// Sentences built from the report's data, shared by the Markdown and HTML renderings so the two
/// cannot drift apart. Plain text; each renderer escapes it for its format.
struct ReportSentences {
    let report: CellReport
    let t: ReportText

    init(_ report: CellReport) {
        self.report = report
        self.t = ReportText(language: report.language, group: report.group)
    }

    /// The summary table's rows (without header): the dimensions in the overall, the overall,
    /// then those scored apart, marked so, so no reader adds them into the total above them.
    func summaryRows(peers: Bool) -> [[String]] {
        func row(_ section: DimensionSection, _ title: String) -> [String] {
            [title, score(section), section.bandLabel ?? "–"] + (peers ? [section.peerMedian.map { t.score($0) } ?? "–"] : [])
        }
        let inside = report.dimensions.filter(\.result.countsInOverall)
        let apart = report.dimensions.filter { !$0.result.countsInOverall }
        return inside.map { row($0, $0.title) }
            + [[t.coverLabels.overall, t.score(report.cover.overall), report.cover.overallBandLabel ?? "–"] + (peers ? [""] : [])]
            + apart.map { row($0, t.scoredApart($0.title)) }
    }

    /// Label–value pairs of the cover, in reading order.
    var coverRows: [(String, String)] {
        let cover = report.cover
        let labels = t.coverLabels
        var rows: [(String, String)] = [(labels.level, t.level(cover.level))]
        if let cluster = cover.cluster { rows.append((labels.cluster, t.cluster(cluster))) }
        if let province = cover.province { rows.append((labels.province, province.rawValue)) }
        rows.append((labels.questionnaire, t.questionnaire(cover.questionnaireTitle, cover.questionnaireID, cover.questionnaireVersion)))
        rows.append((labels.rules, t.rules(cover.rulesVersion)))
        if let date = cover.date { rows.append((labels.date, date)) }
        rows.append((labels.submitted, String(cover.submitted)))
        if cover.openDrafts > 0 { rows.append((labels.drafts, String(cover.openDrafts))) }
        var groups = cover.groups.map { "\($0.label): \($0.n)" }
        if let merged = cover.mergedSmallGroups { groups.append(t.mergedGroups(merged, minimum: report.rules.minimumRoleGroupSize)) }
        rows.append((labels.groups, groups.joined(separator: "; ")))
        rows.append((labels.coverage, t.coverage(t.percent(cover.answerCoverage), dontKnow: t.percent(cover.dontKnowShare), labels: report.nonSubstantive)))
        rows.append((labels.overall, t.bandSentence(t.score(cover.overall), cover.overallBandLabel)))
        return rows
    }

    func dimensionHeading(_ section: DimensionSection) -> String {
        "\(section.title): \(t.bandSentence(t.score(section.result.mean), section.bandLabel))"
    }

    /// The score in words, or why a dimension asked of too few members has none.
    func score(_ section: DimensionSection) -> String {
        askedTooFew(section) ? t.askedTooFew(section.askedOf, report.rules.minimumCellRespondents) : t.score(section.result.mean)
    }

    private func askedTooFew(_ section: DimensionSection) -> Bool {
        section.result.asked < report.rules.minimumCellRespondents
    }

    func result(_ section: DimensionSection) -> [String] {
        let result = section.result
        guard !askedTooFew(section) else {
            // The reason names whom it is asked of already.
            return [t.askedTooFew(section.askedOf, report.rules.minimumCellRespondents)] + (section.outsideOverall ? [t.outsideOverall(nil)] : [])
        }
        let outside = section.outsideOverall ? [t.outsideOverall(section.askedOf)] : []
        var lines = [t.resultSentence(n: result.n, sd: result.standardDeviation.map { t.score($0) })]
        // Members not asked the dimension did not answer too little.
        let tooLittle = result.unscored - (report.cover.submitted - result.asked)
        if tooLittle > 0 { lines.append(t.unscored(tooLittle)) }
        return lines + outside
    }

    func peers(_ section: DimensionSection) -> [String] {
        section.peers.map { line in
            switch line.outcome {
            case .available(let distribution):
                return t.peerAvailable(scope: line.scope, municipalities: distribution.municipalities,
                                       median: t.score(distribution.median), q1: t.score(distribution.firstQuartile),
                                       q3: t.score(distribution.thirdQuartile),
                                       rank: distribution.percentileRank.map { String(Int($0.rounded())) })
            case .tooFewMunicipalities(let count):
                return t.peerTooFew(scope: line.scope, count: count, minimum: report.rules.minimumPeerMunicipalities)
            }
        }
    }

    func trendChanges(_ section: DimensionSection) -> [String] {
        zip(section.trend, section.trend.dropFirst()).compactMap { earlier, later in
            guard let before = earlier.mean, let after = later.mean else { return nil }
            return t.change(earlier.year, later.year, t.signed(after - before))
        }
    }

    func agreement(_ section: DimensionSection) -> [String] {
        var lines: [String] = []
        if section.result.disagreement { lines.append(t.disagreementFlag(t.language.number(report.rules.disagreementThreshold))) }
        if !section.disputed.isEmpty {
            lines.append(ImprovementText(report.language, group: report.group).disputedStatements(section.disputed.map(\.text)))
        }
        if section.agreementHolds, let rwg = section.result.agreement, let level = section.result.agreementLevel {
            lines.append(t.agreement(t.decimal2(rwg), level))
        }
        switch section.roleGroups {
        case .shown(let means, let gaps):
            let label = { (id: String) in self.roleGroupLabel(id) }
            lines.append(t.roleGroupMeans(means.map { "\(label($0.group)) \(t.score($0.mean)) (n = \($0.n))" },
                                          gaps: gaps.map { "\(label($0.first)) − \(label($0.second)): \(t.signed($0.difference))" }))
        case .hidden(.protectRespondents):
            lines.append(t.roleGroupsHidden(report.rules.minimumRoleGroupSize))
        case .hidden(.fewerThanTwoGroups):
            lines.append(t.fewerThanTwoGroups)
        }
        return lines
    }

    func roleGroupLabel(_ id: String) -> String {
        report.roleGroupLabels[id] ?? id
    }

    /// "Statement (Dimension) — mean 67.9 (n = 7)".
    func itemLine(_ item: ItemSummary) -> String {
        "\(item.text) (\(dimensionTitle(item))) — \(t.itemScoreNote(t.score(item.mean), item.answered))"
    }

    func spreadLine(_ item: ItemSummary) -> String {
        "\(item.text) (\(dimensionTitle(item))) — \(t.itemSpreadNote(item.standardDeviation.map { t.score($0) } ?? "–", item.answered))"
    }

    /// The dimension, and for a reverse-worded statement a reminder that a low score means the
    /// members agreed with it.
    private func dimensionTitle(_ item: ItemSummary) -> String {
        let title = report.dimensions.first { $0.id == item.dimensionID }?.title ?? item.dimensionID
        return item.reverse ? "\(title), \(t.reverseMark)" : title
    }

    var flagged: String? {
        let titles = report.dimensions.filter(\.result.disagreement).map(\.title)
        return titles.isEmpty ? nil : t.flaggedDimensions(titles, threshold: t.language.number(report.rules.disagreementThreshold))
    }

    func figure(_ row: ContextEntry.Row) -> String? {
        row.figurePercent.map { value in
            let text = t.language.number(value) + "%"
            return row.approximate ? t.approximately(text) : text
        }
    }

    func contextSentence(_ entry: ContextEntry) -> String? {
        if let open = entry.openFact { return t.openFact(open) }
        guard !entry.multiple else { return nil }
        guard let first = entry.mostChosen.first else { return t.noContextAnswers }
        let choice = entry.mostChosen.map(\.label).joined(separator: " / ")
        return t.contextSentence(choice, members: first.count, of: entry.answered,
                                 figure: entry.mostChosen.count == 1 ? figure(first) : nil,
                                 source: t.sourceWithN(entry.source, entry.figureN))
    }

    func radarDescription() -> String {
        let parts = report.dimensions.map { section in
            var text = "\(section.title) \(t.bandSentence(t.score(section.result.mean), section.bandLabel))"
            if let median = section.peerMedian { text += " (\(t.legendPeers) \(t.score(median)))" }
            return text
        }
        return t.radarDescription(parts, peers: report.dimensions.contains { $0.peerMedian != nil })
    }

    func itemBarDescription(_ item: ItemSummary) -> String {
        t.itemBarDescription(item.segments.map { "\($0.label) \($0.count)" }, shown: item.shown)
    }
}
