import ZelfscanCore

/// A fact's answers in words, shared by the facts table and the meeting guide.
struct FactWords {
    let w: ImprovementText

    init(_ w: ImprovementText) { self.w = w }

    /// With `merging`, choices counted fewer times than that are shown only together.
    func answer(_ fact: FactEntry, merging minimum: Int? = nil) -> String {
        switch fact.answers {
        case .number(let median, let lowest, let highest, let unit):
            return w.numberAnswer(median: number(median), lowest: number(lowest), highest: number(highest), unit: unit,
                                  answered: fact.answered)
        case .choices(var choices):
            if let minimum { choices = FactEntry.merged(choices, minimum: minimum, language: w.language) }
            return choices.isEmpty ? "–" : choices.map { "\($0.label) \($0.count)" }.joined(separator: ", ")
        case .given(let value):
            var text = w.factBy(value, fact.answeredBy ?? "")
            if let asked = fact.othersAsked, let unsure = fact.othersDontKnow { text += "; " + w.othersKnowledge(unsure, of: asked) }
            return text
        case .tooFew:
            return w.tooFewAnswers(fact.answered, ScoringRules.minimumCellRespondents)
        }
    }

    private func number(_ value: Double) -> String { Self.number(value, w.language) }

    /// Whole numbers as such, others with one decimal in the language's notation.
    static func number(_ value: Double, _ language: Language) -> String {
        value == value.rounded() ? String(Int(value)) : language.decimal(String((value * 10).rounded() / 10))
    }
}
