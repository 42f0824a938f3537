import ZelfscanCore

/// `compare --format html`: one self-contained file (inline CSS, no script, no external
/// reference), a heat map whose cells carry the score and the band name, so nothing depends on
/// colour. Colours are ColorBrewer's PuOr, safe for the common colour-vision deficiencies. It
/// prints on A4 landscape, the demo-data label on every page.
public struct ComparisonHTML {
    public let comparison: CellComparison
    public let labels: ComparisonLabels

    public init(comparison: CellComparison, labels: ComparisonLabels) {
        self.comparison = comparison
        self.labels = labels
    }

    static let bandColours = ["attention": "#fdb863", "developing": "#f7f7f7", "strength": "#b2abd2"]

    public func render() -> String {
        let measures: [String?] = comparison.dimensions.map { Optional($0) } + [nil]
        let showsActions = comparison.rows.contains { $0.actions != nil || $0.newActions != nil }
        var body: [String] = []
        if comparison.synthetic { body.append("<p class=\"synthetic\"><strong>\(escape(labels.syntheticNotice(comparison)))</strong></p>") }
        body.append("<h1>\(escape(labels.title(comparison)))</h1>")
        body.append("<table>")
        body.append("<thead><tr><th scope=\"col\">\(escape(labels.say(en: "Municipality", nl: "Gemeente")))</th><th scope=\"col\">n</th>"
                    + measures.map { "<th scope=\"col\">\(escape(labels.measure($0)))</th>" }.joined()
                    + "<th scope=\"col\">\(escape(labels.say(en: "Change overall", nl: "Verschil totaal")))</th>"
                    + (showsActions ? "<th scope=\"col\">\(escape(labels.say(en: "Actions", nl: "Acties")))</th>" : "") + "</tr></thead>")
        for group in comparison.groups {
            body.append("<tbody><tr class=\"group\"><th colspan=\"\(measures.count + 3 + (showsActions ? 1 : 0))\" scope=\"rowgroup\">"
                        + escape(CellComparison.label(group.group, grouping: comparison.grouping, language: labels.language)) + "</th></tr>")
            for row in comparison.rows where row.group == group.group {
                var cells = "<th scope=\"row\">\(escape(row.municipality))</th><td class=\"n\">\(row.respondents)</td>"
                if row.shown {
                    cells += row.values.map(cell).joined()
                    cells += "<td class=\"change\">\(escape(labels.overallChange(row)))</td>"
                    if showsActions { cells += "<td class=\"actions\">\(escape(labels.actions(row, year: comparison.year)))</td>" }
                } else {
                    cells += "<td colspan=\"\(measures.count + 1 + (showsActions ? 1 : 0))\" class=\"hidden\">\(escape(labels.hiddenNote))</td>"
                }
                body.append("<tr>\(cells)</tr>")
            }
            body.append("<tr class=\"median\"><th scope=\"row\">\(escape(labels.median(group, grouping: comparison.grouping)))</th><td></td>"
                        + group.medians.map(cell).joined() + "<td></td>" + (showsActions ? "<td></td>" : "") + "</tr></tbody>")
        }
        body.append("</table>")
        body.append("<p class=\"legend\">" + ["attention", "developing", "strength"].map { code in
            "<span class=\"band-\(code)\">\(escape(labels.band(code)))</span>"
        }.joined(separator: " ") + " — " + escape(labels.say(en: "bands on the unrounded score; n = submitted responses; not a ranking.",
                                                            nl: "banden op de niet-afgeronde score; n = ingediende antwoorden; geen rangschikking.")) + "</p>")
        for sentence in [labels.actionChange(comparison), labels.withoutRound(comparison)].compactMap({ $0 }) {
            body.append("<p>\(escape(sentence))</p>")
        }
        let styles = Self.bandColours.sorted { $0.key < $1.key }.map { ".band-\($0.key) { background: \($0.value); }" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="\(labels.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(labels.title(comparison)))</title>
            <style>
            body { font-family: system-ui, sans-serif; color: #111; margin: 1.5rem; }
            table { border-collapse: collapse; }
            th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            td.score span { display: block; font-size: 0.85em; }
            tr.group th { background: #333; color: #fff; }
            tr.median th, tr.median td { font-style: italic; border-top: 2px solid #333; }
            .synthetic { border: 3px solid #111; padding: 0.5rem; }
            .legend span { padding: 0.1rem 0.4rem; border: 1px solid #999; }
            @page { size: A4 landscape; margin: 12mm; }
            @media print {
              body { margin: 0; font-size: 9pt; }
              table { width: 100%; }
              th, td { padding: 0.15rem 0.3rem; }
              /* A long heat map breaks between cells (rows), never inside one, with its header
                 row repeated; a group's name stays with its first cell, its median with its last. */
              tr { break-inside: avoid; }
              tr.group { break-after: avoid; }
              tr.median { break-before: avoid; }
              thead { display: table-header-group; }
              h1 { font-size: 14pt; margin: 0.3rem 0 0.5rem; }
              .legend, p { break-inside: avoid; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            \(styles)
            </style>
            \(comparison.synthetic ? ReportStyle.runningBanner(labels.syntheticNotice(comparison)) : "")
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    private func cell(_ value: CellComparison.Value) -> String {
        guard let score = value.score else { return "<td class=\"score\">–</td>" }
        let band = value.band.map { " band-\($0)" } ?? ""
        return "<td class=\"score\(band)\">\(escape(labels.score(score)))<span>\(escape(labels.band(value.band)))</span></td>"
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
