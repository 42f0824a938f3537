import ZelfscanCore

extension CouncilNote {
    /// The note as one self-contained HTML page that prints on one A4 sheet: the report's own
    /// stylesheet, the demo-data label as running header when it applies, nothing loaded.
    public func html() -> String {
        let n = NoteText(language: report.language, group: report.group)
        let t = n.report
        let cover = report.cover
        var out = [
            "<!DOCTYPE html>", "<html lang=\"\(report.language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"color-scheme\" content=\"light dark\">",
            "<title>\(e(n.kicker)): \(e(n.heading(cover.municipality, cover.year)))</title>",
            "<style>", ReportStyle.css, ReportStyle.noteCSS, "</style>",
        ]
        if report.synthetic { out.append(ReportStyle.runningBanner(t.syntheticBanner(cellInvented: cover.synthetic))) }
        out += ["</head>", "<body class=\"note-page\">", "<main>", "<section class=\"council-note\" id=\"note\">"]
        if report.synthetic { out.append("<p class=\"banner\" role=\"note\">\(e(t.syntheticBanner(cellInvented: cover.synthetic)))</p>") }
        out.append("<p class=\"kicker\">\(e(n.kicker)) · \(e(cover.questionnaireTitle))</p>")
        out.append("<h1>\(e(n.heading(cover.municipality, cover.year)))</h1>")
        out.append("<p>\(e(n.basis(cover)))</p>")
        out.append("<p class=\"score\">\(e(n.overall)): \(e(t.bandSentence(t.score(cover.overall), cover.overallBandLabel)))</p>")
        out.append("<h2>\(e(n.dimensionsHeading))</h2>")
        out.append(htmlTable(header(n), dimensionRows(n), numeric: Set([1] + (hasChange ? [3] : []) + (hasPeers ? [hasChange ? 4 : 3] : []))))
        if let extremes {
            out.append("<p>\(e(n.extremes(high: extremes.high.title, highScore: t.score(extremes.high.score), low: extremes.low.title, lowScore: t.score(extremes.low.score))))</p>")
        }
        if hasChange { out.append("<p class=\"note\">\(e(hasPartial ? "\(n.partialNote) \(n.changeNote)" : n.changeNote))</p>") }
        if report.peersSynthetic { out.append("<p class=\"note\"><strong>\(e(t.peersSynthetic))</strong></p>") }
        out.append("<h2>\(e(n.actionsHeading(actionsYear)))</h2>")
        out.append(actions.isEmpty ? "<p>\(e(n.noActions))</p>" : htmlTable(actionHeader(n), actionRows(actions), numeric: [], noWrap: [3], cssClass: "actions"))
        if let earlierYear, !earlierActions.isEmpty {
            out.append("<h2>\(e(n.earlierHeading(earlierYear)))</h2>")
            out.append(htmlTable(actionHeader(n), actionRows(earlierActions), numeric: [], noWrap: [3], cssClass: "actions"))
        }
        out.append("<p class=\"note\">\(e(n.bands(report.bands))) \(e(n.privacy))</p>")
        out += ["</section>", "</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The same note in Markdown, for mail or a council document.
    public func markdown() -> String {
        let n = NoteText(language: report.language, group: report.group)
        let t = n.report
        let cover = report.cover
        var out: [String] = []
        if report.synthetic { out += ["> **\(md(t.syntheticBanner(cellInvented: cover.synthetic)))**", ""] }
        out += ["# \(md(n.heading(cover.municipality, cover.year)))", "", "*\(md(n.kicker)) · \(md(cover.questionnaireTitle))*", ""]
        out += [md(n.basis(cover)), "", "**\(md(n.overall)): \(md(t.bandSentence(t.score(cover.overall), cover.overallBandLabel)))**", ""]
        out += ["## \(md(n.dimensionsHeading))", ""] + markdownTable([header(n)] + dimensionRows(n)) + [""]
        if let extremes {
            out += [md(n.extremes(high: extremes.high.title, highScore: t.score(extremes.high.score), low: extremes.low.title, lowScore: t.score(extremes.low.score))), ""]
        }
        if hasChange { out += [md(hasPartial ? "\(n.partialNote) \(n.changeNote)" : n.changeNote), ""] }
        if report.peersSynthetic { out += ["*\(md(t.peersSynthetic))*", ""] }
        out += ["## \(md(n.actionsHeading(actionsYear)))", ""]
        out += actions.isEmpty ? [md(n.noActions), ""] : markdownTable([actionHeader(n)] + actionRows(actions)) + [""]
        if let earlierYear, !earlierActions.isEmpty {
            out += ["## \(md(n.earlierHeading(earlierYear)))", ""] + markdownTable([actionHeader(n)] + actionRows(earlierActions)) + [""]
        }
        out += [md(n.bands(report.bands)) + " " + md(n.privacy)]
        if report.synthetic { out += ["", "> **\(md(t.syntheticBanner(cellInvented: cover.synthetic)))**"] }
        return out.joined(separator: "\n") + "\n"
    }

    private func header(_ n: NoteText) -> [String] {
        [n.dimensionColumn, n.scoreColumn, n.bandColumn] + (hasChange ? [n.changeColumn(commonSince)] : []) + (hasPeers ? [n.peerColumn] : [])
    }

    /// The year every change is counted from, when they share one (the usual case).
    private var commonSince: Int? {
        let years = Set(rows.compactMap(\.since))
        return years.count == 1 ? years.first : nil
    }

    private func dimensionRows(_ n: NoteText) -> [[String]] {
        let t = n.report
        return rows.map { row in
            var cells = [row.title, row.askedTooFew ? n.askedTooFew(report.rules.minimumCellRespondents) : t.score(row.score),
                         row.bandLabel ?? "–"]
            if hasChange {
                let year = commonSince == nil ? row.since.map { " (\($0))" } ?? "" : ""
                cells.append(row.change.map { t.signed($0) + (row.partial ? "*" : "") + year } ?? (row.notComparable ? n.notComparable : n.firstRound))
            }
            if hasPeers { cells.append(row.peerMedian.map { t.score($0) } ?? "–") }
            return cells
        }
    }

    private func actionHeader(_ n: NoteText) -> [String] {
        let c = n.actionColumns
        return [c.action, c.dimension, c.owner, c.due, c.status]
    }

    private func actionRows(_ actions: [Action]) -> [[String]] {
        actions.map { [$0.text, $0.dimension, $0.owner, $0.due, $0.status] }
    }

    private func e(_ text: String) -> String { HTMLEscape.text(text) }
    private func md(_ text: String) -> String { MarkdownEscape.text(text) }

    private func htmlTable(_ header: [String], _ rows: [[String]], numeric: Set<Int>, noWrap: Set<Int> = [], cssClass: String? = nil) -> String {
        var out = [cssClass.map { "<table class=\"\($0)\">" } ?? "<table>", "<thead><tr>" + header.enumerated().map { index, cell in
            "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(e(cell))</th>"
        }.joined() + "</tr></thead>", "<tbody>"]
        for row in rows {
            out.append("<tr>" + row.enumerated().map { index, cell in
                let classes = (numeric.contains(index) ? ["num"] : []) + (noWrap.contains(index) ? ["nowrap"] : [])
                let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
                return index == 0 ? "<th scope=\"row\">\(e(cell))</th>" : "<td\(attribute)>\(e(cell))</td>"
            }.joined() + "</tr>")
        }
        out += ["</tbody>", "</table>"]
        return out.joined(separator: "\n")
    }

    private func markdownTable(_ rows: [[String]]) -> [String] {
        guard let first = rows.first else { return [] }
        let line = { (cells: [String]) in "| " + cells.map(MarkdownEscape.cell).joined(separator: " | ") + " |" }
        return [line(first), "|" + first.map { _ in " --- |" }.joined()] + rows.dropFirst().map(line)
    }
}
