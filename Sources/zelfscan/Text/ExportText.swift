import ZelfscanCore

/// What `zelfscan export` and `zelfscan audit` say, in Dutch and English.
struct ExportText {
    let language: String

    private func say(_ nl: String, _ en: String) -> String { language == "en" ? en : nl }

    func done(_ summary: ExportSummary, out: String) -> String {
        let synthetic = summary.synthetic ? say("SYNTHETISCHE DEMODATA — ", "SYNTHETIC DEMO DATA — ") : ""
        let coarsened = summary.provinceRemoved.cellRounds + summary.provinceAndLevelRemoved.cellRounds
        return say("""
            \(synthetic)export geschreven naar \(out)/: \(summary.municipalities) gemeenten, \(summary.released.cellRounds) rondes, \(summary.released.respondents) respondenten (k = \(summary.k)).
            Vergroofd: \(coarsened) rondes; weggelaten: \(summary.suppressed.cellRounds) rondes onder k, \(summary.tooFewRespondents.cellRounds) rondes met minder dan 3 antwoorden. Zie \(out)/README.md.

            """, """
            \(synthetic)export written to \(out)/: \(summary.municipalities) municipalities, \(summary.released.cellRounds) rounds, \(summary.released.respondents) respondents (k = \(summary.k)).
            Coarsened: \(coarsened) rounds; left out: \(summary.suppressed.cellRounds) rounds below k, \(summary.tooFewRespondents.cellRounds) rounds with fewer than 3 responses. See \(out)/README.md.

            """)
    }

    func auditSummary(_ folder: String, files: Int, rows: Int, k: Int) -> String {
        say("\(folder): \(files) bestanden en \(rows) rijen gecontroleerd, k = \(k).\n", "\(folder): \(files) files and \(rows) rows checked, k = \(k).\n")
    }

    var finding: String { say("bevinding", "finding") }
}
