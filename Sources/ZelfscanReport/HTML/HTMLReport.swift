import ZelfscanCore

/// The report as one self-contained HTML file: inline CSS and SVG, no script, nothing loaded
/// from anywhere, so it can be mailed, archived and opened offline years later.
public struct HTMLReport: Sendable {
    public var report: CellReport

    public init(_ report: CellReport) {
        self.report = report
    }

    public func render() -> String {
        let s = ReportSentences(report)
        let t = s.t
        var out = documentStart(title: "\(t.reportTitle): \(t.heading(report.cover.municipality, report.cover.year))") + [
            "<style>", ReportStyle.css, "</style>",
        ] + (report.synthetic ? [ReportStyle.runningBanner(t.syntheticBanner(cellInvented: report.cover.synthetic))] : []) + [
            "</head>",
            "<body>",
            "<main>",
        ]
        out += cover(s)
        out += summary(s)
        out += lookBack(t)
        out += guide(t)
        for (index, section) in report.dimensions.enumerated() { out += dimension(section, index: index, s) }
        out += facts(t)
        out += context(s)
        for block in report.blocks { out += block.html(e) }
        out += comments(t)
        out += actionPlan(t)
        out += method(t)
        out += ["</main>", "<footer>\(e(t.reportTitle)) · \(e(report.cover.municipality)) \(report.cover.year) · \(e(t.questionnaire(report.cover.questionnaireTitle, report.cover.questionnaireID, report.cover.questionnaireVersion))) · \(e(t.coverLabels.rules)) \(e(t.rules(report.cover.rulesVersion)))"
                + (report.synthetic ? " · <strong>\(e(t.syntheticShort))</strong>" : "") + "</footer>"]
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func e(_ text: String) -> String { HTMLEscape.text(text) }

    private var w: ImprovementText { ImprovementText(report.language, group: report.group) }

    /// The opening every page of the report shares, up to its title.
    private func documentStart(title: String) -> [String] {
        [
            "<!DOCTYPE html>",
            "<html lang=\"\(report.language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"color-scheme\" content=\"light dark\">",
            "<title>\(e(title))</title>",
        ]
    }

    /// The meeting guide on its own, one page to print for the evaluation meeting: the questions
    /// and the proposed actions with room to write, without any member's answers.
    public func renderGuide() -> String {
        let t = ReportText(language: report.language, group: report.group)
        let title = w.guideFileHeading(report.cover.municipality, report.cover.year)
        var out = documentStart(title: title) + [
            // In print the parts follow each other (the stylesheet's rule for every part but the
            // summary and the method), the action plan kept whole with its heading.
            "<style>", ReportStyle.css, "</style>",
        ] + (report.synthetic ? [ReportStyle.runningBanner(t.syntheticBanner(cellInvented: report.cover.synthetic))] : []) + [
            "</head>",
            "<body>",
            "<main>",
            "<header class=\"cover\">",
        ]
        // Every part below repeats the demo-data label in its strip on screen, and in print the
        // running header carries it on every page, so the title carries none.
        out += ["<h1>\(e(title))</h1>", "<p class=\"note\">\(e(w.guideFileNote))</p>", "</header>"]
        out += lookBack(t) + guide(t) + actionPlan(t)
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Last year's actions beside the change of their statements (the change of every statement
    /// is beside its bar, in its dimension's part).
    private func lookBack(_ t: ReportText) -> [String] {
        guard let back = report.lookBack else { return [] }
        let lines = LookBackLines(w)
        var out = ["<section class=\"look-back\" id=\"look-back\">"] + strip(t) + ["<h2>\(e(w.lookBackTitle))</h2>"]
        if let year = back.planYear {
            out += ["<h3>\(e(w.lookBackHeading(year)))</h3>", "<p class=\"note\">\(e(w.lookBackNote))</p>"]
            let c = w.lookBackColumns
            out.append(back.actions.isEmpty ? "<p>\(e(w.noActions))</p>" : table(
                [c.action, c.owner, c.status, c.dimension, c.statements],
                back.actions.map { action in
                    ["\(action.id). \(action.action)", "\(action.owner), \(action.due)", lines.status(action),
                     lines.dimension(action), lines.statements(action)]
                }))
        } else {
            out.append("<p>\(e(w.noPlan))</p>")
        }
        if let year = back.comparableYear, let earlier = back.earlierVersion {
            out.append("<p class=\"note\">\(e(w.acrossVersions(year, earlier: earlier, later: report.cover.questionnaireVersion)))</p>")
        }
        out.append("</section>")
        return out
    }

    private func guide(_ t: ReportText) -> [String] {
        var out = ["<section class=\"guide\" id=\"guide\">"] + strip(t)
        out += ["<h2>\(e(w.guideHeading))</h2>", "<p class=\"note\">\(e(w.guideNote))</p>", "<ol class=\"guide\">"]
        for question in report.guide.questions {
            out.append("<li><p><strong>\(e(question.question))</strong></p><p class=\"note\">\(e(w.numbersLabel)): \(e(w.sentence(question.numbers)))</p></li>")
        }
        out += ["</ol>", "</section>"]
        return out
    }

    private func facts(_ t: ReportText) -> [String] {
        // Facts of one role (`answered_by:`) are in the cell's facts block; these are the others.
        let facts = report.facts.filter { $0.answeredBy == nil }
        guard !facts.isEmpty else { return [] }
        let words = FactWords(w)
        var out = ["<section class=\"facts\" id=\"facts\">"] + strip(t)
        out += ["<h2>\(e(w.factsHeading))</h2>", "<p class=\"note\">\(e(w.factsNote))</p>"]
        out.append(table([w.questionColumn, w.membersAnswerColumn, w.dontKnowColumn], facts.map { fact in
            [fact.question, words.answer(fact) + (fact.differ ? " (\(w.differentAnswers))" : ""), String(fact.dontKnow)]
        }, numeric: [2]))
        out.append("</section>")
        return out
    }

    private func agreement(_ item: ItemSummary, _ t: ReportText) -> String {
        guard let value = item.agreement else { return "–" }
        return item.disputed ? "\(t.decimal2(value)) (\(w.disputedMark))" : t.decimal2(value)
    }

    /// The demo-data label at the top of every part, so a printed page never loses it.
    private func strip(_ t: ReportText) -> [String] {
        report.synthetic ? ["<p class=\"strip\">\(e(t.syntheticBanner(cellInvented: report.cover.synthetic)))</p>"] : []
    }

    private func cover(_ s: ReportSentences) -> [String] {
        let t = s.t
        var out = ["<section class=\"cover\" id=\"cover\">"]
        if report.synthetic { out.append("<p class=\"banner\" role=\"note\">\(e(t.syntheticBanner(cellInvented: report.cover.synthetic)))</p>") }
        out.append("<p class=\"kicker\">\(e(t.reportTitle)) · \(e(report.cover.questionnaireTitle))</p>")
        out.append("<h1>\(e(t.heading(report.cover.municipality, report.cover.year)))</h1>")
        out.append("<table class=\"facts\">")
        for (label, value) in s.coverRows {
            out.append("<tr><th scope=\"row\">\(e(label))</th><td>\(e(value))</td></tr>")
        }
        out.append("</table>")
        out.append("<p class=\"note\">\(e(t.coverNote))</p>")
        out.append("</section>")
        return out
    }

    private func summary(_ s: ReportSentences) -> [String] {
        let t = s.t
        var out = ["<section class=\"summary\" id=\"summary\">"] + strip(t)
        out.append("<h2>\(e(t.summaryHeading))</h2>")
        out.append("<p class=\"score\">\(e(t.coverLabels.overall)): \(e(t.bandSentence(t.score(report.cover.overall), report.cover.overallBandLabel)))</p>")
        let axes = report.dimensions.map { section in
            RadarChart.Axis(label: section.title, value: section.result.mean,
                            valueText: t.bandSentence(t.score(section.result.mean), section.bandLabel), median: section.peerMedian)
        }
        let zones = report.bands.map { RadarChart.Zone(from: $0.from, to: $0.to, label: BandRange(language: report.language).label($0, in: report.bands)) }
        let radar = RadarChart(id: "radar", title: t.radarTitle, description: s.radarDescription(), axes: axes, zones: zones,
                               legendCell: t.legendCell, legendPeers: t.legendPeers)
        let peers = report.dimensions.contains { $0.peerMedian != nil }
        let rows = s.summaryRows(peers: peers)
        let header = [t.dimensionColumn, t.scoreColumn, t.bandColumn] + (peers ? [t.peerMedianColumn] : [])
        out.append("<figure class=\"chart-figure\">")
        out.append("<figcaption>\(e(t.radarTitle))</figcaption>")
        out.append(radar.svg())
        out += details(t, table(header, rows, numeric: [1] + (peers ? [3] : [])))
        out.append("</figure>")
        if let note = RadarNote.sentence(report) { out.append("<p class=\"radar-note\">\(e(note))</p>") }
        if report.peersSynthetic { out.append("<p class=\"note\"><strong>\(e(t.peersSynthetic))</strong></p>") }
        out.append("<div class=\"summary-grid\">")
        out.append("<div>")
        out.append("<h3>\(e(t.strongestHeading))</h3>")
        out.append(list(report.strongest.map(s.itemLine), ordered: true))
        out.append("</div>")
        out.append("<div>")
        out.append("<h3>\(e(t.weakestHeading))</h3>")
        out.append(list(report.weakest.map(s.itemLine), ordered: true))
        out.append("</div>")
        out.append("</div>")
        out.append("<h3>\(e(t.disagreementHeading))</h3>")
        out.append(!report.spreadShown ? "<p>\(e(t.spreadNotShown))</p>"
                   : report.disagreements.isEmpty ? "<p>\(e(t.noDisagreement))</p>" : list(report.disagreements.map(s.spreadLine), ordered: true))
        if let flagged = s.flagged { out.append("<p>\(e(flagged))</p>") }
        if let roles = report.roleChange {
            out.append("<p class=\"warning\">\(e(w.roleChange(previous: roles.previousYear, gone: roles.gone, new: roles.new)))</p>")
        }
        out.append("</section>")
        return out
    }

    private func dimension(_ section: DimensionSection, index: Int, _ s: ReportSentences) -> [String] {
        let t = s.t
        var out = ["<section class=\"dimension\" id=\"dimension-\(e(section.id))\">"] + strip(t)
        out.append("<h2>\(e(section.title))</h2>")
        out.append("<p class=\"score\">\(e(t.bandSentence(t.score(section.result.mean), section.bandLabel)))</p>")
        if let description = section.description { out.append("<p class=\"lead\">\(e(description))</p>") }
        out += s.result(section).map { "<p>\(e($0))</p>" }
        if !section.peers.isEmpty {
            out.append("<h3>\(e(t.peersHeading))</h3>")
            out.append(list(s.peers(section), ordered: false))
            out.append("<p class=\"note\">\(e(t.peerNote))</p>")
            if report.peersSynthetic { out.append("<p class=\"note\"><strong>\(e(t.peersSynthetic))</strong></p>") }
        }
        out.append("<h3>\(e(t.trendHeading))</h3>")
        if section.trend.count >= 2 {
            let points = section.trend.map { TrendChart.Point(year: $0.year, value: $0.mean, valueText: t.trendScore($0)) }
            let chart = TrendChart(id: "trend-\(index)", title: t.trendTitle(section.title),
                                   description: t.trendDescription(section.title, section.trend.map { "\($0.year) \(t.trendScore($0))" }),
                                   points: points, guides: report.bands.dropFirst().map(\.from))
            out.append("<figure class=\"chart-figure\">")
            out.append("<figcaption>\(e(t.trendTitle(section.title)))</figcaption>")
            out.append(chart.svg())
            out += details(t, table([t.yearColumn, t.scoreColumn], section.trend.map { [String($0.year), t.trendScore($0)] }, numeric: [1]))
            out.append("</figure>")
            out += s.trendChanges(section).map { "<p>\(e($0))</p>" }
            out += ImprovementLines(report).roleChange(section).map { "<p class=\"warning\">\(e($0))</p>" }
        } else {
            out.append("<p>\(e(t.firstRound))</p>")
        }
        out += items(section, index: index, s)
        out.append("<h3>\(e(t.agreementHeading))</h3>")
        out += s.agreement(section).map { "<p>\(e($0))</p>" }
        out.append("<h3>\(e(t.adviceHeading(section.bandLabel)))</h3>")
        out.append(section.advice.isEmpty ? "<p>\(e(t.noAdvice))</p>" : list(section.advice, ordered: false))
        out.append("</section>")
        return out
    }

    private func items(_ section: DimensionSection, index: Int, _ s: ReportSentences) -> [String] {
        let t = s.t
        var out = ["<h3>\(e(t.itemsHeading))</h3>", "<figure class=\"chart-figure items-figure\">",
                   "<figcaption>\(e(t.itemsTitle(section.title)))</figcaption>",
                   "<p class=\"note\">\(e(t.itemsNote))</p>", key(t), "<ul class=\"items\">"]
        for (number, item) in section.items.enumerated() {
            let bar = DistributionBar(id: "bar-\(index)-\(number)", title: item.text,
                                      description: s.itemBarDescription(item), item: item)
            let reverse = item.reverse ? " <span class=\"muted\">(\(e(t.reverseMark)))</span>" : ""
            out.append("<li><div class=\"statement\">\(e(item.text))\(reverse)</div>")
            out.append(bar.svg())
            let since = report.sinceYear.flatMap { year in
                item.change != nil || report.lookBack?.notComparable[item.itemID] != nil
                    ? " · \(e(w.sinceColumn(year).lowercased())): \(e(LookBackLines(w).since(item.itemID, change: item.change, in: report.lookBack)))" : nil
            } ?? ""
            let disputed = item.disputed ? " · <strong>\(e(w.disputedMark))</strong> (\(e(w.agreementColumn.lowercased())) \(e(t.decimal2(item.agreement ?? 0))))" : ""
            out.append("<div class=\"figures\">\(e(t.itemScoreNote(t.score(item.mean), item.answered))) · \(e(item.dontKnowLabel ?? t.dontKnowColumn)) \(e(t.percent(item.dontKnowShare)))\(since)\(disputed)</div></li>")
        }
        out.append("</ul>")
        var tables: [String] = []
        for group in ItemTable.tables(section.items) {
            let since = report.sinceYear.map { [w.sinceColumn($0)] } ?? []
            let header = [t.statementColumn] + group.optionLabels + group.missingLabels + [t.unanswered, t.meanColumn] + since + [w.agreementColumn]
            let rows = group.items.map { item in
                [item.reverse ? "\(item.text) (\(t.reverseMark))" : item.text] + item.optionCounts.map(String.init)
                    + item.missingCounts.map(String.init) + [String(item.unansweredCount), t.score(item.mean)]
                    + (since.isEmpty ? [] : [LookBackLines(w).since(item.itemID, change: item.change, in: report.lookBack)]) + [agreement(item, t)]
            }
            tables.append(table(header, rows, numeric: Array(1..<header.count)))
        }
        out += details(t, tables.joined(separator: "\n"))
        out.append("</figure>")
        return out
    }

    /// The colour key of the answer bars, in words as well as colour.
    private func key(_ t: ReportText) -> String {
        let (least, most) = t.favourabilityKey
        let swatches = (0...4).map { "<span class=\"swatch fav-\($0)\"></span>" }.joined()
        return "<p class=\"key\"><span>\(e(least)) \(swatches) \(e(most))</span><span><span class=\"swatch dk\"></span>\(e(t.dontKnowColumn)) / \(e(t.unanswered.lowercased()))</span></p>"
    }

    private func context(_ s: ReportSentences) -> [String] {
        guard !report.context.isEmpty else { return [] }
        let t = s.t
        var out = ["<section class=\"context\" id=\"context\">"] + strip(t)
        out += ["<h2>\(e(t.contextHeading))</h2>", "<p class=\"note\">\(e(t.contextNote(report.sourceNotes)))</p>"]
        for entry in report.context {
            out.append("<h3>\(e(entry.question))</h3>")
            if let sentence = s.contextSentence(entry) { out.append("<p>\(e(sentence))</p>") }
            if entry.openFact == nil {
                let rows = entry.rows.filter { $0.count > 0 || $0.figurePercent != nil }.map { row in
                    [row.label, "\(row.count) / \(entry.answered)", s.figure(row) ?? "–"]
                }
                out.append(table([t.optionColumn, t.membersColumn, t.flandersColumn], rows, numeric: [1, 2]))
            }
            out.append("<p class=\"note\">\(e(t.sourceLine(t.sourceWithN(entry.source, entry.figureN))))"
                       + (entry.synthetic ? " <strong>\(e(t.figuresSynthetic))</strong>" : "") + "</p>")
        }
        out.append("</section>")
        return out
    }

    private func comments(_ t: ReportText) -> [String] {
        guard let comments = report.comments else { return [] }
        var out = ["<section class=\"comments\" id=\"comments\">"] + strip(t)
        out += ["<h2>\(e(t.commentsHeading))</h2>", "<p class=\"warning\">\(e(t.commentsWarning))</p>"]
        if comments.isEmpty { out.append("<p>\(e(t.noComments))</p>") }
        for group in comments {
            out.append("<h3>\(e(group.dimension))</h3>")
            out.append(list(group.texts, ordered: false))
        }
        out.append("</section>")
        return out
    }

    /// The proposed actions with their ids and reasons, then empty rows; owner and month are
    /// written in at the meeting, so those cells keep room for a pen.
    private func actionPlan(_ t: ReportText) -> [String] {
        let columns = w.proposalColumns
        var out = ["<section class=\"action-plan\" id=\"action-plan\">"] + strip(t)
        out += ["<h2>\(e(w.proposalsHeading))</h2>", "<p>\(e(w.proposalsNote))</p>"]
        if report.proposals.isEmpty { out.append("<p>\(e(w.noProposals))</p>") }
        out += ["<table class=\"plan\">",
                "<thead><tr>" + [columns.id, columns.action, columns.owner, columns.due].map { "<th scope=\"col\">\(e($0))</th>" }.joined() + "</tr></thead>",
                "<tbody>"]
        for proposal in report.proposals {
            let why = w.why(dimension: proposal.dimension, statements: proposal.statements, fromStatement: proposal.fromStatement)
            out.append("<tr><th scope=\"row\">\(e(proposal.id))<br><span class=\"muted\">\(e(proposal.dimension))</span></th><td>\(e(proposal.text))<br><span class=\"muted\">\(e(w.whyLabel)): \(e(why))</span></td><td class=\"write\"></td><td class=\"write\"></td></tr>")
        }
        for _ in 0..<3 { out.append("<tr><td></td><td class=\"write\"></td><td class=\"write\"></td><td class=\"write\"></td></tr>") }
        out += ["</tbody>", "</table>", "</section>"]
        return out
    }

    private func method(_ t: ReportText) -> [String] {
        var out = ["<section class=\"method\" id=\"method\">"] + strip(t) + ["<h2>\(e(t.methodHeading))</h2>"]
        out += (t.method(bands: report.bands, rules: report.rules, n: report.cover.submitted, rulesVersion: report.cover.rulesVersion,
                     coverage: report.coverageRules, nonSubstantive: report.nonSubstantive)
            + [w.methodAgreement]).map { "<p>\(e($0))</p>" }
        out.append("</section>")
        return out
    }

    private func details(_ t: ReportText, _ content: String) -> [String] {
        ["<details class=\"data\">", "<summary>\(e(t.dataTable))</summary>", content, "</details>"]
    }

    private func table(_ header: [String], _ rows: [[String]], numeric: [Int] = []) -> String {
        var out = ["<table>", "<thead><tr>" + header.enumerated().map { index, cell in
            "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(e(cell))</th>"
        }.joined() + "</tr></thead>", "<tbody>"]
        for row in rows {
            out.append("<tr>" + row.enumerated().map { index, cell in
                index == 0 ? "<th scope=\"row\">\(e(cell))</th>" : "<td\(numeric.contains(index) ? " class=\"num\"" : "")>\(e(cell))</td>"
            }.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        return out.joined(separator: "\n")
    }

    private func list(_ items: [String], ordered: Bool) -> String {
        let tag = ordered ? "ol" : "ul"
        return "<\(tag)>" + items.map { "<li>\(e($0))</li>" }.joined() + "</\(tag)>"
    }
}
