import ZelfscanCore

/// The respondent's own dimension scores, shown once after submitting: a number, and the band in
/// words, so nothing depends on colour.
public enum OwnScores {
    public static func lines(for response: Response, questionnaire: Questionnaire, language: Language) -> [String] {
        let t = TakeCommandText(language: language, group: questionnaire.group)
        guard let score = try? Scorer(questionnaire: questionnaire).score(response) else { return [] }
        let titles = questionnaire.dimensions.map { $0.title.text(language) }
        let width = max(titles.map(\.count).max() ?? 0, t.overall.count)
        func pad(_ text: String) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = [t.ownScoresHeading]
        for (dimension, title) in zip(questionnaire.dimensions, titles) {
            guard let result = score.dimension(dimension.id) else { continue }
            switch result.status {
            case .scored(let value):
                let band = questionnaire.bands.band(for: value)?.label.text(language) ?? ""
                lines.append("  \(pad(title))  \(pad5(ScoreFormat.display(value, language: language)))  \(band)")
            case .insufficientData:
                lines.append("  \(pad(title))  \(t.insufficient(Int((dimension.minCoverage * 100).rounded())))")
            case .noItemsShown:
                lines.append("  \(pad(title))  \(t.notAsked)")
            }
        }
        if let overall = score.overall {
            let band = questionnaire.bands.band(for: overall)?.label.text(language) ?? ""
            lines.append("  \(pad(t.overall))  \(pad5(ScoreFormat.display(overall, language: language)))  \(band)")
        } else {
            lines.append("  \(pad(t.overall))  \(t.noOverall)")
        }
        lines.append(t.bandsNote(questionnaire.bands.map { band in
            "\(language.number(band.from))–\(language.number(band.to)) \(band.label.text(language))"
        }))
        lines.append(t.ownScoresPrivacy)
        return lines
    }

    private static func pad5(_ text: String) -> String {
        String(repeating: " ", count: max(0, 5 - text.count)) + text
    }
}
