import Foundation
import ZelfscanCore

/// What `zelfscan plan` prints: every action with its status, dimension, statements, owner, due
/// month and notes, as text in the interface language or as JSON for scripts.
public struct PlanListing {
    public var plan: ActionPlan
    /// Whether the file exists; an empty plan is listed with how to start one.
    public var exists: Bool
    public var questionnaire: Questionnaire
    public var municipality: String

    public init(plan: ActionPlan, exists: Bool, questionnaire: Questionnaire, municipality: String) {
        self.plan = plan
        self.exists = exists
        self.questionnaire = questionnaire
        self.municipality = municipality
    }

    public func text(language: Language) -> String {
        let words = PlanText(language: language)
        var lines = [words.heading(year: plan.year, municipality: municipality)]
        guard !plan.actions.isEmpty else {
            lines.append(words.empty(year: plan.year, exists: exists))
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(words.summary(plan.counts(), total: plan.actions.count))
        let statusWidth = ActionStatus.allCases.map { $0.label.text(language).count }.max() ?? 0
        let idWidth = plan.actions.map(\.id.count).max() ?? 0
        for action in plan.actions {
            let title = questionnaire.dimensions.first { $0.id == action.dimension }?.title.text(language) ?? action.dimension
            let status = action.status.label.text(language)
            let pad = { (text: String, width: Int) in text + String(repeating: " ", count: max(0, width - text.count)) }
            let indent = String(repeating: " ", count: idWidth + statusWidth + 4)
            lines.append("")
            lines.append("\(pad(action.id, idWidth))  \(pad(status, statusWidth))  \(ControlCharacters.printable(action.action))")
            lines.append(indent + words.details(dimension: title, owner: ControlCharacters.printable(action.owner), due: action.due))
            if !action.items.isEmpty { lines.append(indent + words.statements(action.items)) }
            if let proposal = action.proposal { lines.append(indent + words.adopted(proposal)) }
            for note in action.notes {
                lines.append(indent + "\(note.date): \(ControlCharacters.printable(note.text))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(plan), as: UTF8.self) + "\n"
    }
}

/// The words of `zelfscan plan`, Dutch and English.
struct PlanText {
    var language: Language

    private func pick(_ phrase: Phrase) -> String { phrase.text(language) }

    func heading(year: Int, municipality: String) -> String {
        pick(Phrase(en: "Action plan after the \(year) round — \(municipality)", nl: "Actieplan na de ronde van \(year) — \(municipality)"))
    }

    func empty(year: Int, exists: Bool) -> String {
        let start = Phrase(en: "Add the actions the meeting agreed with: zelfscan plan add --year \(year) --dimension ID --action TEXT --owner ORGANISATION --due YYYY-MM",
                           nl: "Voeg de afgesproken acties toe met: zelfscan plan add --year \(year) --dimension ID --action TEKST --owner ORGANISATIE --due JJJJ-MM")
        let none = exists ? Phrase(en: "The plan has no actions yet.", nl: "Het plan heeft nog geen acties.")
                          : Phrase(en: "No actions have been recorded for this round.", nl: "Voor deze ronde zijn nog geen acties vastgelegd.")
        return pick(none) + "\n" + pick(start)
    }

    func summary(_ counts: [ActionStatus: Int], total: Int) -> String {
        let parts = ActionStatus.allCases.compactMap { status in counts[status].map { "\($0) \(pick(status.label))" } }
        return pick(Phrase(en: total == 1 ? "1 action" : "\(total) actions", nl: total == 1 ? "1 actie" : "\(total) acties"))
            + ": " + parts.joined(separator: ", ")
    }

    func details(dimension: String, owner: String, due: YearMonth) -> String {
        pick(Phrase(en: "\(dimension) · owner: \(owner) · due \(due)", nl: "\(dimension) · eigenaar: \(owner) · tegen \(due)"))
    }

    func statements(_ items: [String]) -> String {
        pick(Phrase(en: "statements: ", nl: "stellingen: ")) + items.joined(separator: ", ")
    }

    func adopted(_ proposal: String) -> String {
        pick(Phrase(en: "adopted from the report's proposal \(proposal)", nl: "overgenomen uit voorstel \(proposal) van het rapport"))
    }

    func added(_ action: AgreedAction, path: String) -> String {
        pick(Phrase(en: "Action \(action.id) added to \(path).", nl: "Actie \(action.id) toegevoegd aan \(path)."))
    }

    func updated(_ action: AgreedAction, path: String) -> String {
        pick(Phrase(en: "Action \(action.id) is now \(action.status.label.en) (\(path)).",
                    nl: "Actie \(action.id) staat nu op \(action.status.label.nl) (\(path))."))
    }
}
