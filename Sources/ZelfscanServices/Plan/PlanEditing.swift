import Foundation
import ZelfscanCore

/// What `zelfscan plan add`, `update` and `adopt` do to a plan, without files: each change is
/// checked with the same rules as the plan file, and refused with a message for the person typing.
public enum PlanEditing {
    public struct NewAction: Sendable {
        public var dimension: String
        public var items: [String]
        public var action: String
        public var owner: String
        public var due: String
        public var proposal: String?

        public init(dimension: String, items: [String], action: String, owner: String, due: String, proposal: String? = nil) {
            self.dimension = dimension
            self.items = items
            self.action = action
            self.owner = owner
            self.due = due
            self.proposal = proposal
        }
    }

    /// The plan with the action appended under the next free id.
    public static func add(_ new: NewAction, to plan: ActionPlan, questionnaire: Questionnaire) throws(CommandFailure) -> (ActionPlan, AgreedAction) {
        if let problem = PlanRules.dimensionProblem(new.dimension, questionnaire: questionnaire) { throw usage(problem) }
        let dimension = questionnaire.dimensions.first { $0.id == new.dimension }
        var items: [String] = []
        for item in new.items.map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty && !items.contains(item) {
            if let problem = PlanRules.itemProblem(item, dimension: dimension, questionnaire: questionnaire) { throw usage(problem) }
            items.append(item)
        }
        let text = try checkedText(new.action, what: Phrase(en: "the action", nl: "de actie"))
        let owner = try checkedText(new.owner, what: Phrase(en: "the owner", nl: "de eigenaar"))
        if let problem = ActionOwner.problem(owner) { throw CommandFailure(problem, hint: ActionOwner.hint, exitCode: ExitStatus.usage) }
        guard let due = YearMonth(new.due) else { throw usage(YearMonth.problem(new.due)) }
        if let proposal = new.proposal, let existing = plan.actions.first(where: { $0.proposal == proposal }) {
            throw CommandFailure(Phrase(en: "the proposed action \(proposal) is already in the plan as \(existing.id)",
                                        nl: "de voorgestelde actie \(proposal) staat al in het plan als \(existing.id)"),
                                 hint: Phrase(en: "change it with: zelfscan plan update \(existing.id) --status …",
                                              nl: "wijzig ze met: zelfscan plan update \(existing.id) --status …"),
                                 exitCode: ExitStatus.usage)
        }
        let action = AgreedAction(id: plan.nextID, action: text, dimension: new.dimension, items: items, owner: owner, due: due,
                                  proposal: new.proposal)
        var plan = plan
        plan.actions.append(action)
        return (plan, action)
    }

    /// The plan with the action's status set and, when given, a note dated `date` ("YYYY-MM-DD").
    public static func update(_ id: String, status: ActionStatus, note: String?, date: String, in plan: ActionPlan) throws(CommandFailure) -> ActionPlan {
        guard let index = plan.actions.firstIndex(where: { $0.id == id }) else {
            let known = plan.actions.map(\.id).joined(separator: ", ")
            throw CommandFailure(Phrase(en: "the plan of \(plan.year) has no action \(id)", nl: "het plan van \(plan.year) heeft geen actie \(id)"),
                                 hint: plan.actions.isEmpty
                                     ? Phrase(en: "it has no actions yet; add one with: zelfscan plan add", nl: "het heeft nog geen acties; voeg er een toe met: zelfscan plan add")
                                     : Phrase(en: "its actions are: \(known)", nl: "de acties zijn: \(known)"),
                                 exitCode: ExitStatus.usage)
        }
        var plan = plan
        plan.actions[index].status = status
        if let note {
            plan.actions[index].notes.append(ActionNote(date: date, text: try checkedText(note, what: Phrase(en: "the note", nl: "de notitie"))))
        }
        return plan
    }

    private static func checkedText(_ text: String, what: Phrase) throws(CommandFailure) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw usage(Phrase(en: "\(what.en) is empty", nl: "\(what.nl) is leeg")) }
        if let (character, _) = ControlCharacters.first(in: trimmed) {
            throw usage(Phrase(en: "\(what.en) holds the control character \(ControlCharacters.code(character)); remove it",
                               nl: "\(what.nl) bevat het stuurteken \(ControlCharacters.code(character)); verwijder het"))
        }
        return trimmed
    }

    private static func usage(_ message: Phrase) -> CommandFailure {
        CommandFailure(message, exitCode: ExitStatus.usage)
    }
}
