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

    /// "2025: 3 agreed, 1 done" for the plan looked back at, and the actions agreed after this
    /// round; empty without either. Counts only: a comparison never shows an action's text.
    func actions(_ row: CellComparison.Row, year: Int) -> String {
        var parts: [String] = []
        if let tally = row.actions {
            parts.append(say("\(tally.planYear): \(tally.agreed) afgesproken, \(tally.done) uitgevoerd",
                             "\(tally.planYear): \(tally.agreed) agreed, \(tally.done) done"))
        }
        if let new = row.newActions {
            parts.append(say("\(year): \(new) nieuw afgesproken", "\(year): \(new) newly agreed"))
        }
        return parts.joined(separator: "; ")
    }

    /// The lines under every rendering: the bands, the change with and without actions, and the
    /// cells without a round in the year.
    public func footer(_ comparison: CellComparison) -> [String] {
        var lines = ["", say("Banden op de niet-afgeronde score; n = ingediende antwoorden.", "Bands on the unrounded score; n = submitted responses.")]
        if let sentence = actionChange(comparison) { lines.append(sentence) }
        if let sentence = withoutRound(comparison) { lines.append(sentence) }
        return lines
    }

    /// Descriptive: "samen met", never "door".
    public func actionChange(_ comparison: CellComparison) -> String? {
        guard let change = comparison.actionChange else { return nil }
        func part(_ part: CellComparison.ActionChange.Part) -> String {
            let mean = part.meanChange.map { self.change($0).isEmpty ? score($0) : self.change($0) } ?? "–"
            return say("gemiddeld \(mean) (\(part.dimensions) dimensies)", "\(mean) on average (\(part.dimensions) dimensions)")
        }
        return say("Dimensies met een afgesproken actie veranderden \(part(change.withActions)), dimensies zonder actie \(part(change.withoutActions)). Dat gebeurde samen met de acties; of het door de acties kwam, zeggen deze cijfers niet.",
                   "Dimensions with an agreed action changed by \(part(change.withActions)), dimensions without one by \(part(change.withoutActions)). This happened together with the actions; these figures do not say whether the actions caused it.")
    }

    public func withoutRound(_ comparison: CellComparison) -> String? {
        guard !comparison.withoutRound.isEmpty else { return nil }
        let names = comparison.withoutRound.joined(separator: ", ")
        return say("Zonder ronde in \(comparison.year): \(names).", "No round in \(comparison.year): \(names).")
    }

    func trendTitle(_ trend: PortfolioTrend) -> String {
        let span = [trend.years.first, trend.years.last].compactMap { $0.map(String.init) }.joined(separator: "–")
        return say("Cellen door de jaren, \(span) (\(trend.questionnaireID) \(trend.questionnaireVersion)); geen rangschikking",
                   "Cells over the years, \(span) (\(trend.questionnaireID) \(trend.questionnaireVersion)); not a ranking")
    }

    func flag(_ flag: PortfolioTrend.Flag) -> String {
        switch flag {
        case .scoreFell(let id, let from, let to, let change):
            let text = ScoreFormat.display(-change, language: language)
            return say("\(measure(id)) daalde \(text) punten (\(from) → \(to))", "\(measure(id)) fell by \(text) points (\(from) → \(to))")
        case .responseFell(let from, let to, let before, let after):
            return say("minder leden dienden in: \(before) → \(after) (\(from) → \(to))", "fewer members submitted: \(before) → \(after) (\(from) → \(to))")
        case .lowestBandTwice(let dimension, let years):
            let band = band(questionnaire.bands.min { $0.from < $1.from }?.code)
            let span = years.map(String.init).joined(separator: " " + say("en", "and") + " ")
            return say("\(measure(dimension)): \(band) in \(span)", "\(measure(dimension)): \(band) in \(span)")
        }
    }

    func statement(_ id: String) -> String {
        questionnaire.scoredItems.first { $0.id == id }?.text.text(language) ?? id
    }

    func contextQuestion(_ id: String) -> String {
        questionnaire.context?.items.first { $0.id == id }?.text.text(language) ?? id
    }

    func contextOption(_ id: String, _ code: String) -> String {
        questionnaire.context?.items.first { $0.id == id }?.options.first { $0.code == code }?.label.text(language) ?? code
    }
}
