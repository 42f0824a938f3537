import ZelfscanCore

/// The cell's facts (`answered_by:`): each fact as its role answered it, never a mean of members,
/// with how many other members did not know it.
enum CellFactsBlock {
    static func make(_ round: CellRound, questionnaire: Questionnaire, language: Language) -> ReportBlock? {
        let items = questionnaire.factItems
        guard !round.facts.isEmpty, !items.isEmpty else { return nil }
        let rows = round.facts.compactMap { fact -> ReportBlock.Row? in
            guard let item = items.first(where: { $0.id == fact.itemID }) else { return nil }
            let role = questionnaire.role(fact.role)?.label.text(language) ?? fact.role
            var lines = [answerLine(fact.answer, item: item, role: role, language: language)]
            if fact.disagreement {
                lines.append(language == .en
                    ? "The \(fact.roleRespondents) respondents with this role answered differently; the most recent answer is shown. Agree on the fact together."
                    : "De \(fact.roleRespondents) respondenten met deze rol antwoordden verschillend; het meest recente antwoord staat hier. Stem het feit samen af.")
            }
            if let asked = fact.othersAsked, let share = fact.othersDontKnowShare {
                let rate = ReportBlock.percent(share)
                lines.append(language == .en
                    ? "Other members who did not know: \(rate) (n = \(asked)): how well the cell knows its own arrangements."
                    : "Andere leden die het niet wisten: \(rate) (n = \(asked)): zo goed kent de cel haar eigen afspraken.")
            } else if let asked = fact.othersAsked, asked > 0 {
                lines.append(language == .en
                    ? "Too few other members were asked (\(asked)) to show how many knew it."
                    : "Te weinig andere leden kregen de vraag (\(asked)) om te tonen hoeveel het wisten.")
            }
            return ReportBlock.Row(title: item.text.text(language), lines: lines)
        }
        guard !rows.isEmpty else { return nil }
        return ReportBlock(
            heading: language == .en ? "The cell's facts" : "Feiten over de cel",
            introduction: language == .en
                ? "Each fact is answered once, by the role that knows it; it is never averaged over members and never part of a score."
                : "Elk feit wordt één keer beantwoord, door de rol die het kent; het wordt nooit over de leden gemiddeld en telt in geen enkele score mee.",
            rows: rows)
    }

    private static func answerLine(_ answer: Answer?, item: ContextItem, role: String, language: Language) -> String {
        let label: String? = switch answer {
        case .choice(let code)?: item.options.first { $0.code == code }?.label.text(language) ?? code
        case .choices(let codes)?: codes.map { code in item.options.first { $0.code == code }?.label.text(language) ?? code }.joined(separator: "; ")
        case .number(let value)?: language.decimal(NumberText.format(value)) + (item.unit.map { " " + $0.text(language) } ?? "")
        case .text(let text)?: text
        default: nil
        }
        guard let label else {
            return language == .en ? "No answer from the \(role.lowercased()) this round." : "Geen antwoord van de \(role.lowercased()) in deze ronde."
        }
        return language == .en ? "\(label) (answered by: \(role))" : "\(label) (beantwoord door: \(role))"
    }
}
