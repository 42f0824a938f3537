import ZelfscanCore

/// Words for a comparison in one language: dimension titles, band labels, the synthetic notice.
public struct ComparisonLabels: PhraseBook {
    public let questionnaire: Questionnaire
    public let language: Language

    public init(questionnaire: Questionnaire, language: Language) {
        self.questionnaire = questionnaire
        self.language = language
    }

    /// What `compare` says after writing a file that names municipalities.
    public func written(_ path: String) -> String {
        say(en: "Comparison written to \(path) (for you only: it names municipalities).\n",
            nl: "Vergelijking geschreven naar \(path) (alleen voor u: met gemeentenamen).\n")
    }

    func measure(_ id: String?) -> String {
        guard let id else { return say(en: "Overall", nl: "Totaal") }
        return questionnaire.dimensions.first { $0.id == id }?.title.text(language) ?? id
    }

    /// The overall change since the previous round; across questionnaire versions, why there is none.
    func overallChange(_ row: CellComparison.Row) -> String {
        if let change = row.values.last?.change {
            return "\(self.change(change)) (\(say(en: "since", nl: "sinds")) \(row.previousYear.map(String.init) ?? ""))"
        }
        guard let year = row.previousYear, let version = row.previousVersion else { return "" }
        return say(en: "not comparable (\(year): version \(version))", nl: "niet vergelijkbaar (\(year): versie \(version))")
    }

    /// " (-13,5)" after a score on the trend; across versions " (-13,5 op 2 stellingen)" where
    /// measured on part of the dimension, and for the overall score why there is none.
    func trendChange(_ value: CellComparison.Value, previousVersion: String?) -> String {
        guard let change = value.change else {
            guard value.measure == nil, previousVersion != nil, value.score != nil else { return "" }
            return " (" + say(en: "not comparable", nl: "niet vergelijkbaar") + ")"
        }
        guard let partial = value.partial else { return " (\(self.change(change)))" }
        return " (\(self.change(change)) " + say(en: "on \(partial) statements", nl: "op \(partial) stellingen") + ")"
    }

    /// Under a cell's trend: the round follows one on another version, so its changes are on the
    /// statements both versions ask (docs/scoring.md, trend across versions).
    func versionBreak(to year: Int, from version: String) -> String {
        say(en: "\(year) follows a round on version \(version): changes only on the statements both versions ask, no overall change.",
            nl: "\(year) volgt op een ronde op versie \(version): verschillen alleen op de stellingen die beide versies stellen, geen verschil in het totaal.")
    }

    func band(_ code: String?) -> String {
        guard let code else { return "" }
        return questionnaire.bands.first { $0.code == code }?.label.text(language) ?? code
    }

    /// "cellen" / "cells": the questionnaire's plural.
    var groups: String { questionnaire.group.plural(language) }

    func score(_ value: Double?) -> String { value.map { ScoreFormat.display($0, language: language) } ?? "–" }

    func change(_ value: Double?) -> String {
        guard let value else { return "" }
        let text = ScoreFormat.display(value, language: language)
        return value > 0 && !text.hasPrefix("-") ? "+" + text : text
    }

    /// All cells invented, or only some: a real cell in a mix is never called invented.
    public func syntheticNotice(invented: Int, of cells: Int) -> String {
        invented >= cells
            ? say(en: "SYNTHETIC DEMO DATA: invented \(groups), not real results.", nl: "SYNTHETISCHE DEMODATA: verzonnen \(groups), geen echte resultaten.")
            : say(en: "SYNTHETIC DEMO DATA: \(invented) of the \(cells) \(groups) are invented; the others are real.",
                  nl: "SYNTHETISCHE DEMODATA: \(invented) van de \(cells) \(groups) zijn verzonnen; de andere zijn echt.")
    }

    public func syntheticNotice(_ comparison: CellComparison) -> String {
        syntheticNotice(invented: comparison.rows.filter(\.synthetic).count, of: comparison.rows.count)
    }

    var hiddenNote: String {
        say(en: "fewer than 3 responses: not shown", nl: "minder dan 3 antwoorden: niet getoond")
    }

    func title(_ comparison: CellComparison) -> String {
        say(en: "Comparison of \(groups), round \(comparison.year) (\(comparison.questionnaireID) \(comparison.questionnaireVersion)); not a ranking",
            nl: "Vergelijking van \(groups), ronde \(comparison.year) (\(comparison.questionnaireID) \(comparison.questionnaireVersion)); geen rangschikking")
    }

    func median(_ group: CellComparison.GroupMedian, grouping: CellComparison.Grouping) -> String {
        let label = CellComparison.label(group.group, grouping: grouping, language: language)
        let count = group.municipalities
        return say(en: "median \(label) (\(count) \(count == 1 ? "municipality" : "municipalities"))",
                   nl: "mediaan \(label) (\(count) \(count == 1 ? "gemeente" : "gemeenten"))")
    }

    /// "2025: 3 agreed, 1 done" for the plan looked back at, and the actions agreed after this
    /// round; empty without either. Counts only: a comparison never shows an action's text.
    func actions(_ row: CellComparison.Row, year: Int) -> String {
        var parts: [String] = []
        if let tally = row.actions {
            parts.append(say(en: "\(tally.planYear): \(tally.agreed) agreed, \(tally.done) done",
                             nl: "\(tally.planYear): \(tally.agreed) afgesproken, \(tally.done) uitgevoerd"))
        }
        if let new = row.newActions {
            parts.append(say(en: "\(year): \(new) newly agreed", nl: "\(year): \(new) nieuw afgesproken"))
        }
        return parts.joined(separator: "; ")
    }

    /// The lines under every rendering: the bands, the change with and without actions, and the
    /// cells without a round in the year.
    public func footer(_ comparison: CellComparison) -> [String] {
        var lines = ["", say(en: "Bands on the unrounded score; n = submitted responses.", nl: "Banden op de niet-afgeronde score; n = ingediende antwoorden.")]
        if let sentence = actionChange(comparison) { lines.append(sentence) }
        if let sentence = withoutRound(comparison) { lines.append(sentence) }
        return lines
    }

    /// Descriptive: "samen met", never "door".
    public func actionChange(_ comparison: CellComparison) -> String? {
        guard let change = comparison.actionChange else { return nil }
        func part(_ part: CellComparison.ActionChange.Part) -> String {
            let mean = part.meanChange.map { self.change($0).isEmpty ? score($0) : self.change($0) } ?? "–"
            return say(en: "\(mean) on average (\(part.dimensions) dimensions)", nl: "gemiddeld \(mean) (\(part.dimensions) dimensies)")
        }
        return say(en: "Dimensions with an agreed action changed by \(part(change.withActions)), dimensions without one by \(part(change.withoutActions)). This happened together with the actions; these figures do not say whether the actions caused it.",
                   nl: "Dimensies met een afgesproken actie veranderden \(part(change.withActions)), dimensies zonder actie \(part(change.withoutActions)). Dat gebeurde samen met de acties; of het door de acties kwam, zeggen deze cijfers niet.")
    }

    public func withoutRound(_ comparison: CellComparison) -> String? {
        guard !comparison.withoutRound.isEmpty else { return nil }
        let names = comparison.withoutRound.joined(separator: ", ")
        return say(en: "No round in \(comparison.year): \(names).", nl: "Zonder ronde in \(comparison.year): \(names).")
    }

    func trendTitle(_ trend: PortfolioTrend) -> String {
        let span = [trend.years.first, trend.years.last].compactMap { $0.map(String.init) }.joined(separator: "–")
        return say(en: "Cells over the years, \(span) (\(trend.questionnaireID) \(trend.questionnaireVersion)); not a ranking",
                   nl: "Cellen door de jaren, \(span) (\(trend.questionnaireID) \(trend.questionnaireVersion)); geen rangschikking")
    }

    func flag(_ flag: PortfolioTrend.Flag) -> String {
        switch flag {
        case .scoreFell(let id, let from, let to, let change):
            let text = ScoreFormat.display(-change, language: language)
            return say(en: "\(measure(id)) fell by \(text) points (\(from) → \(to))", nl: "\(measure(id)) daalde \(text) punten (\(from) → \(to))")
        case .responseFell(let from, let to, let before, let after):
            return say(en: "fewer members submitted: \(before) → \(after) (\(from) → \(to))", nl: "minder leden dienden in: \(before) → \(after) (\(from) → \(to))")
        case .lowestBandTwice(let dimension, let years):
            let band = band(questionnaire.bands.min { $0.from < $1.from }?.code)
            let span = years.map(String.init).joined(separator: " " + say(en: "and", nl: "en") + " ")
            return say(en: "\(measure(dimension)): \(band) in \(span)", nl: "\(measure(dimension)): \(band) in \(span)")
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
