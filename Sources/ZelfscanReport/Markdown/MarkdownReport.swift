import ZelfscanCore

/// The report as Markdown: headings, lists and pipe tables, readable as plain text and pasteable
/// into a word processor. Charts become the tables they are drawn from.
public struct MarkdownReport: Sendable {
    public var report: CellReport

    public init(_ report: CellReport) {
        self.report = report
    }

    private var w: ImprovementText { ImprovementText(report.language, group: report.group) }

    /// The meeting guide on its own, to print for the evaluation meeting: the questions and the
    /// proposed actions with room to write, without any member's answers.
    public func renderGuide() -> String {
        let t = ReportText(language: report.language, group: report.group)
        var out: [String] = []
        if report.synthetic { out += ["> **\(t.syntheticBanner(cellInvented: report.cover.synthetic))**", ""] }
        out += ["# \(escape(w.guideFileHeading(report.cover.municipality, report.cover.year)))", "", escape(w.guideFileNote), ""]
        out += lookBack() + guide() + actionPlan()
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    public func render() -> String {
        let s = ReportSentences(report)
        let t = s.t
        var out: [String] = []
        if report.synthetic { out += ["> **\(t.syntheticBanner(cellInvented: report.cover.synthetic))**", ""] }
        out += ["# \(t.reportTitle): \(escape(t.heading(report.cover.municipality, report.cover.year)))", ""]
        out += table([["", ""]] + s.coverRows.map { [$0.0, $0.1] }, header: false)
        out += ["", t.coverNote, ""]
        out += summary(s)
        out += lookBack()
        out += guide()
        for section in report.dimensions { out += dimension(section, s) }
        out += facts()
        out += context(s)
        for block in report.blocks { out += block.markdown(escape) }
        out += comments(t)
        out += actionPlan()
        out += ["## \(t.methodHeading)", ""]
        for paragraph in t.method(bands: report.bands, rules: report.rules, n: report.cover.submitted, rulesVersion: report.cover.rulesVersion,
                     coverage: report.coverageRules, nonSubstantive: report.nonSubstantive)
            + [w.methodAgreement] {
            out += [escape(paragraph), ""]
        }
        if report.synthetic { out += ["> **\(t.syntheticBanner(cellInvented: report.cover.synthetic))**", ""] }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    private func summary(_ s: ReportSentences) -> [String] {
        let t = s.t
        var out = ["## \(t.summaryHeading)", ""]
        let peers = report.dimensions.contains { $0.peerMedian != nil }
        let rows = [[t.dimensionColumn, t.scoreColumn, t.bandColumn] + (peers ? [t.peerMedianColumn] : [])] + s.summaryRows(peers: peers)
        out += table(rows, header: true) + [""]
        if report.peersSynthetic { out += ["*\(t.peersSynthetic)*", ""] }
        out += ["### \(t.strongestHeading)", ""] + numbered(report.strongest.map(s.itemLine)) + [""]
        out += ["### \(t.weakestHeading)", ""] + numbered(report.weakest.map(s.itemLine)) + [""]
        out += ["### \(t.disagreementHeading)", ""]
        out += !report.spreadShown ? [t.spreadNotShown] : report.disagreements.isEmpty ? [t.noDisagreement] : numbered(report.disagreements.map(s.spreadLine))
        if let flagged = s.flagged { out += ["", escape(flagged)] }
        if let roles = report.roleChange {
            out += ["", "**\(escape(w.roleChange(previous: roles.previousYear, gone: roles.gone, new: roles.new)))**"]
        }
        return out + [""]
    }

    private func dimension(_ section: DimensionSection, _ s: ReportSentences) -> [String] {
        let t = s.t
        var out = ["## \(escape(s.dimensionHeading(section)))", ""]
        if let description = section.description { out += ["*\(escape(description))*", ""] }
        out += s.result(section).map(escape) + [""]
        if !section.peers.isEmpty {
            out += ["### \(t.peersHeading)", ""] + s.peers(section).map { "- " + escape($0) } + ["", escape(t.peerNote), ""]
            if report.peersSynthetic { out += ["*\(t.peersSynthetic)*", ""] }
        }
        out += ["### \(t.trendHeading)", ""]
        if section.trend.count >= 2 {
            out += table([[t.yearColumn, t.scoreColumn]] + section.trend.map { [String($0.year), t.trendScore($0)] }, header: true)
            out += [""] + s.trendChanges(section).map(escape) + [""]
            out += roleChange(section).flatMap { [escape($0), ""] }
        } else {
            out += [t.firstRound, ""]
        }
        out += ["### \(t.itemsHeading)", ""]
        for group in ItemTable.tables(section.items) {
            let since = report.sinceYear.map { [w.sinceColumn($0)] } ?? []
            var rows = [[t.statementColumn] + group.optionLabels + group.missingLabels + [t.unanswered, t.meanColumn] + since + [w.agreementColumn]]
            for item in group.items {
                let text = item.reverse ? "\(item.text) (\(t.reverseMark))" : item.text
                let change = report.sinceYear == nil ? [] : [LookBackLines(w).since(item.itemID, change: item.change, in: report.lookBack)]
                rows.append([text] + item.optionCounts.map(String.init)
                            + item.missingCounts.map(String.init) + [String(item.unansweredCount), t.score(item.mean)] + change + [agreement(item, t)])
            }
            out += table(rows, header: true) + [""]
        }
        out += ["### \(t.agreementHeading)", ""] + s.agreement(section).map { "- " + escape($0) } + [""]
        out += ["### \(escape(t.adviceHeading(section.bandLabel)))", ""]
        out += (section.advice.isEmpty ? [t.noAdvice] : section.advice.map { "- " + escape($0) }) + [""]
        return out
    }

    private func context(_ s: ReportSentences) -> [String] {
        guard !report.context.isEmpty else { return [] }
        let t = s.t
        var out = ["## \(t.contextHeading)", "", t.contextNote(report.sourceNotes), ""]
        for entry in report.context {
            out += ["### \(escape(entry.question))", ""]
            if let sentence = s.contextSentence(entry) { out += [escape(sentence), ""] }
            if entry.openFact == nil {
                var rows = [[t.optionColumn, t.membersColumn, t.flandersColumn]]
                for row in entry.rows where row.count > 0 || row.figurePercent != nil {
                    rows.append([row.label, "\(row.count) / \(entry.answered)", s.figure(row) ?? "–"])
                }
                out += table(rows, header: true) + [""]
            }
            out += [escape(t.sourceLine(t.sourceWithN(entry.source, entry.figureN)) + (entry.synthetic ? " \(t.figuresSynthetic)." : "")), ""]
        }
        return out
    }

    private func comments(_ t: ReportText) -> [String] {
        guard let comments = report.comments else { return [] }
        var out = ["## \(t.commentsHeading)", "", "**\(t.commentsWarning)**", ""]
        if comments.isEmpty { out += [t.noComments, ""] }
        for group in comments {
            out += ["### \(escape(group.dimension))", ""] + group.texts.map { "- " + escape(oneLine($0)) } + [""]
        }
        return out
    }

    /// Per dimension: the warning that other roles answered, with the like-for-like change.
    private func roleChange(_ section: DimensionSection) -> [String] {
        ImprovementLines(report).roleChange(section)
    }

    private func agreement(_ item: ItemSummary, _ t: ReportText) -> String {
        guard let value = item.agreement else { return "–" }
        return item.disputed ? "\(t.decimal2(value)) (\(w.disputedMark))" : t.decimal2(value)
    }

    /// Last year's actions beside the change of their statements (the change of every statement
    /// is in its dimension's table).
    private func lookBack() -> [String] {
        guard let back = report.lookBack else { return [] }
        let lines = LookBackLines(w)
        var out = ["## \(w.lookBackTitle)", ""]
        if let year = back.planYear {
            out += ["### \(escape(w.lookBackHeading(year)))", "", escape(w.lookBackNote), ""]
            let c = w.lookBackColumns
            var rows = [[c.action, c.owner, c.status, c.dimension, c.statements]]
            for action in back.actions {
                rows.append(["\(action.id). \(action.action)", "\(action.owner), \(action.due)", lines.status(action),
                             lines.dimension(action), lines.statements(action)])
            }
            out += back.actions.isEmpty ? [escape(w.noActions), ""] : table(rows, header: true) + [""]
        } else {
            out += [escape(w.noPlan), ""]
        }
        if let year = back.comparableYear, let earlier = back.earlierVersion {
            out += [escape(w.acrossVersions(year, earlier: earlier, later: report.cover.questionnaireVersion)), ""]
        }
        return out
    }

    private func guide() -> [String] {
        var out = ["## \(w.guideHeading)", "", escape(w.guideNote), ""]
        for (index, question) in report.guide.questions.enumerated() {
            out += ["\(index + 1). **\(escape(question.question))**", "   \(escape(w.numbersLabel)): \(escape(w.sentence(question.numbers)))", ""]
        }
        return out
    }

    private func facts() -> [String] {
        // Facts of one role (`answered_by:`) are in the cell's facts block; these are the others.
        let facts = report.facts.filter { $0.answeredBy == nil }
        guard !facts.isEmpty else { return [] }
        let words = FactWords(w)
        var rows = [[w.questionColumn, w.membersAnswerColumn, w.dontKnowColumn]]
        for fact in facts {
            rows.append([fact.question, words.answer(fact) + (fact.differ ? " (\(w.differentAnswers))" : ""), String(fact.dontKnow)])
        }
        return ["## \(w.factsHeading)", "", escape(w.factsNote), ""] + table(rows, header: true) + [""]
    }

    private func actionPlan() -> [String] {
        let columns = w.proposalColumns
        var rows = [[columns.id, columns.action, columns.why, columns.owner, columns.due]]
        rows += report.proposals.map { [$0.id, $0.text, w.why(dimension: $0.dimension, statements: $0.statements, fromStatement: $0.fromStatement), "", ""] }
        rows += Array(repeating: ["", "", "", "", ""], count: 3)
        var out = ["## \(w.proposalsHeading)", "", escape(w.proposalsNote), ""]
        if report.proposals.isEmpty { out += [escape(w.noProposals), ""] }
        return out + table(rows, header: true) + [""]
    }

    private func numbered(_ lines: [String]) -> [String] {
        lines.enumerated().map { "\($0.offset + 1). \(escape($0.element))" }
    }

    private func table(_ rows: [[String]], header: Bool) -> [String] {
        guard let first = rows.first else { return [] }
        let line = { (cells: [String]) in "| " + cells.map { self.cell($0) }.joined(separator: " | ") + " |" }
        let rule = "|" + first.map { _ in " --- |" }.joined()
        return [line(first), rule] + rows.dropFirst().map(line)
    }

    private func cell(_ text: String) -> String {
        escape(oneLine(text)).replacingOccurrences(of: "|", with: "\\|")
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private func escape(_ text: String) -> String { MarkdownEscape.text(text) }
}
