import ZelfscanCore

/// The knowledge check: per question, how many members answered rightly, with the explanation.
/// Counts of the cell only; the aggregator leaves them out below three respondents.
enum KnowledgeBlock {
    static func make(_ round: CellRound, questionnaire: Questionnaire, language: Language) -> ReportBlock? {
        guard let module = questionnaire.knowledge, !round.knowledge.isEmpty else { return nil }
        let rows = round.knowledge.compactMap { result -> ReportBlock.Row? in
            guard let item = module.items.first(where: { $0.id == result.itemID }), let share = result.correctShare else { return nil }
            let right = item.question.options.first { $0.code == item.correct }?.label.text(language) ?? item.correct
            var lines = [
                language == .en
                    ? "Answered correctly: \(result.correct) of \(result.asked) (\(ReportBlock.percent(share))); did not know: \(result.dontKnow)."
                    : "Juist beantwoord: \(result.correct) van \(result.asked) (\(ReportBlock.percent(share))); wist het niet: \(result.dontKnow).",
                language == .en ? "Right answer: \(right)" : "Juist antwoord: \(right)",
            ]
            if let explanation = item.explanation { lines.append(explanation.text(language)) }
            return ReportBlock.Row(title: item.question.text.text(language), lines: lines)
        }
        guard !rows.isEmpty else { return nil }
        return ReportBlock(
            heading: module.title.text(language),
            introduction: language == .en
                ? "How many members answered each question correctly, for \(questionnaire.group.definite(.en)) as a whole: never per person, and not part of any score."
                : "Hoeveel leden elke vraag juist beantwoordden, voor \(questionnaire.group.definite(.nl)) als geheel: nooit per persoon, en niet in een score.",
            rows: rows)
    }
}
