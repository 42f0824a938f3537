import ZelfscanCore

/// Words for a comparison in one language: dimension titles, band labels, the synthetic notice.
public struct ComparisonLabels {
    public let questionnaire: Questionnaire
    public let language: Language

    public init(questionnaire: Questionnaire, language: Language) {
        self.questionnaire = questionnaire
        self.language = language
    }

    func say(_ nl: String, _ en: String) -> String { language == .en ? en : nl }

    /// What `compare` says after writing a file that names municipalities.
    public func written(_ path: String) -> String {
        say("Vergelijking geschreven naar \(path) (alleen voor u: met gemeentenamen).\n",
            "Comparison written to \(path) (for you only: it names municipalities).\n")
    }

    func measure(_ id: String?) -> String {
        guard let id else { return say("Totaal", "Overall") }
        return questionnaire.dimensions.first { $0.id == id }?.title.text(language) ?? id
    }

    func band(_ code: String?) -> String {
        guard let code else { return "" }
        return questionnaire.bands.first { $0.code == code }?.label.text(language) ?? code
    }

    func score(_ value: Double?) -> String { value.map { ScoreFormat.display($0, language: language) } ?? "–" }

    func change(_ value: Double?) -> String {
        guard let value else { return "" }
        let text = ScoreFormat.display(value, language: language)
        return value > 0 && !text.hasPrefix("-") ? "+" + text : text
    }

    /// All cells invented, or only some: a real cell in a mix is never called invented.
    public func syntheticNotice(invented: Int, of cells: Int) -> String {
        invented >= cells
            ? say("SYNTHETISCHE DEMODATA: verzonnen cellen, geen echte resultaten.", "SYNTHETIC DEMO DATA: invented cells, not real results.")
            : say("SYNTHETISCHE DEMODATA: \(invented) van de \(cells) cellen zijn verzonnen; de andere zijn echt.",
                  "SYNTHETIC DEMO DATA: \(invented) of the \(cells) cells are invented; the others are real.")
    }

    public func syntheticNotice(_ comparison: CellComparison) -> String {
        syntheticNotice(invented: comparison.rows.filter(\.synthetic).count, of: comparison.rows.count)
    }

    var hiddenNote: String {
        say("minder dan 3 antwoorden: niet getoond", "fewer than 3 responses: not shown")
    }

    func title(_ comparison: CellComparison) -> String {
        say("Vergelijking van cellen, ronde \(comparison.year) (\(comparison.questionnaireID) \(comparison.questionnaireVersion)); geen rangschikking",
            "Comparison of cells, round \(comparison.year) (\(comparison.questionnaireID) \(comparison.questionnaireVersion)); not a ranking")
    }

    func median(_ group: CellComparison.GroupMedian, grouping: CellComparison.Grouping) -> String {
        let label = CellComparison.label(group.group, grouping: grouping, language: language)
        let count = group.municipalities
        return say("mediaan \(label) (\(count) \(count == 1 ? "gemeente" : "gemeenten"))",
                   "median \(label) (\(count) \(count == 1 ? "municipality" : "municipalities"))")
    }
}
