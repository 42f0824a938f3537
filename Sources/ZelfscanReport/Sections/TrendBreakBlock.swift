import ZelfscanCore

/// Where the trend crosses a new version of the questionnaire: which dimensions continue on the
/// same statements, which only on some, and where the trend breaks (`docs/scoring.md`).
enum TrendBreakBlock {
    static func make(_ trend: CellTrend?, questionnaire: Questionnaire, language: Language) -> ReportBlock? {
        guard let trend else { return nil }
        let rows = trend.steps.filter(\.acrossVersions).flatMap { step -> [ReportBlock.Row] in
            let from = trend.rounds.first { $0.year == step.fromYear }?.questionnaireVersion ?? "?"
            let to = trend.rounds.first { $0.year == step.toYear }?.questionnaireVersion ?? "?"
            let title = language == .en
                ? "\(step.fromYear) (version \(from)) → \(step.toYear) (version \(to))"
                : "\(step.fromYear) (versie \(from)) → \(step.toYear) (versie \(to))"
            var lines: [String] = []
            for dimension in questionnaire.coreDimensions {
                let name = dimension.title.text(language)
                if step.breaks.contains(dimension.id) {
                    lines.append(language == .en
                        ? "\(name): break in the trend (new or reworded statements); no change is given."
                        : "\(name): breuk in de trend (nieuwe of herschreven uitspraken); er wordt geen verandering gegeven.")
                } else if let count = step.partial[dimension.id] {
                    lines.append(language == .en
                        ? "\(name): change computed only on the \(count == 1 ? "one statement" : "\(count) statements") asked in both versions."
                        : "\(name): verandering alleen berekend op \(count == 1 ? "de ene uitspraak" : "de \(count) uitspraken") die beide versies stellen.")
                } else if step.comparable {
                    lines.append(language == .en ? "\(name): the same statements; the trend continues." : "\(name): dezelfde uitspraken; de trend loopt door.")
                }
            }
            lines.append(language == .en
                ? "The overall score is not compared across versions."
                : "De totaalscore wordt niet over versies heen vergeleken.")
            return [ReportBlock.Row(title: title, lines: lines)]
        }
        guard !rows.isEmpty else { return nil }
        return ReportBlock(
            heading: language == .en ? "Trend across questionnaire versions" : "Trend over versies van de vragenlijst",
            introduction: language == .en
                ? "A change is only given where both versions ask the same statements; elsewhere the trend breaks."
                : "Een verandering staat er alleen waar beide versies dezelfde uitspraken stellen; elders breekt de trend.",
            rows: rows)
    }
}
