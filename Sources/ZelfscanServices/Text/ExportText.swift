import ZelfscanCore

/// What `zelfscan export` and `zelfscan audit` say, in Dutch and English.
public struct ExportText {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func say(_ nl: String, _ en: String) -> String { Phrase(en: en, nl: nl).text(language) }

    public func done(_ summary: ExportSummary, out: String) -> String {
        let synthetic = summary.synthetic ? say("SYNTHETISCHE DEMODATA — ", "SYNTHETIC DEMO DATA — ") : ""
        let coarsened = summary.releasedCells - summary.panel(.none).cells
        let risk = summary.linkage
        return say("""
            \(synthetic)export geschreven naar \(out)/: celpanel met \(summary.releasedCells) cellen en \(summary.releasedRounds) rondes, \(summary.respondents) respondenten zonder cel, statistieken over dezelfde cellen (k = \(summary.k)).
            Vergroofd: \(coarsened) cellen; weggelaten: \(summary.panel(.suppressed).cells) cellen onder k; overal weggelaten: \(summary.tooFewRespondents.cellRounds) rondes met minder dan 3 antwoorden.
            Gemeten risico: kleinste klasse \(summary.smallestClass), uitgepikt \(risk.singledOut) van \(risk.municipalities) gemeenten, elk cel-id past bij minstens \(risk.smallestCandidateSet) gemeenten. Zie \(out)/README.md.

            """, """
            \(synthetic)export written to \(out)/: cell panel of \(summary.releasedCells) cells and \(summary.releasedRounds) rounds, \(summary.respondents) respondents without a cell, statistics over the same cells (k = \(summary.k)).
            Coarsened: \(coarsened) cells; left out: \(summary.panel(.suppressed).cells) cells below k; left out everywhere: \(summary.tooFewRespondents.cellRounds) rounds with fewer than 3 responses.
            Measured risk: smallest class \(summary.smallestClass), singled out \(risk.singledOut) of \(risk.municipalities) municipalities, every cell id fits at least \(risk.smallestCandidateSet) municipalities. See \(out)/README.md.

            """)
    }

    public func auditSummary(_ folder: String, files: Int, rows: Int, k: Int) -> String {
        say("\(folder): \(files) bestanden en \(rows) rijen gecontroleerd, k = \(k).\n", "\(folder): \(files) files and \(rows) rows checked, k = \(k).\n")
    }

    public var finding: String { say("bevinding", "finding") }
}
