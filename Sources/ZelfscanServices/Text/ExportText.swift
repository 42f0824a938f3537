import ZelfscanCore

/// What `zelfscan export` and `zelfscan audit` say, in Dutch and English.
public struct ExportText: PhraseBook {
    public let language: Language

    public init(language: Language) { self.language = language }

    /// "1 werkruimte", "2 cells": the count with the word in the right number.
    private func count(_ n: Int, one: Phrase, many: Phrase) -> String {
        "\(n) " + say(n == 1 ? one : many)
    }

    public func done(_ summary: ExportSummary, out: String) -> String {
        let synthetic = summary.synthetic ? say(en: "SYNTHETIC DEMO DATA — ", nl: "SYNTHETISCHE DEMODATA — ") : ""
        let coarsened = summary.releasedCells - summary.panel(.none).cells
        let risk = summary.linkage
        let cells = { (n: Int) in self.count(n, one: Phrase(en: "cell", nl: "werkruimte"), many: Phrase(en: "cells", nl: "werkruimtes")) }
        let rounds = { (n: Int) in self.count(n, one: Phrase(en: "round", nl: "ronde"), many: Phrase(en: "rounds", nl: "rondes")) }
        return say(en: """
            \(synthetic)export written to \(out)/: cell panel of \(cells(summary.releasedCells)) and \(rounds(summary.releasedRounds)), \(summary.respondents) respondents without a cell, statistics over the same cells (k = \(summary.k)).
            Coarsened: \(cells(coarsened)); left out: \(cells(summary.panel(.suppressed).cells)) below k; left out everywhere: \(rounds(summary.tooFewRespondents.cellRounds)) with fewer than 3 responses.
            Measured risk: smallest class \(summary.smallestClass), singled out \(risk.singledOut) of \(risk.municipalities) municipalities, every cell id fits at least \(risk.smallestCandidateSet) municipalities. See \(out)/README.md.

            """, nl: """
            \(synthetic)export geschreven naar \(out)/: celpanel met \(cells(summary.releasedCells)) en \(rounds(summary.releasedRounds)), \(summary.respondents) respondenten zonder celcode, statistieken over dezelfde cellen (k = \(summary.k)).
            Vergroofd: \(cells(coarsened)); weggelaten: \(cells(summary.panel(.suppressed).cells)) onder k; overal weggelaten: \(rounds(summary.tooFewRespondents.cellRounds)) met minder dan 3 antwoorden.
            Gemeten risico: kleinste klasse \(summary.smallestClass), uitgepikt \(risk.singledOut) van \(risk.municipalities) gemeenten, elke celcode past bij minstens \(risk.smallestCandidateSet) gemeenten. Zie \(out)/README.md.

            """)
    }

    public func auditSummary(_ folder: String, files: Int, rows: Int, k: Int) -> String {
        say(en: "\(folder): \(files) files and \(rows) rows checked, k = \(k).\n", nl: "\(folder): \(files) bestanden en \(rows) rijen gecontroleerd, k = \(k).\n")
    }

    public var finding: String { say(en: "finding", nl: "bevinding") }
}
