import Foundation
import ZelfscanCore

/// What the `zelfscan plan` commands do in one workspace: pick the plan, change it, save it, and
/// say what happened. `today` comes from the command, so tests can fix the date of a note.
public struct PlanService {
    public let folder: WorkspaceFolder

    public init(folder: WorkspaceFolder) {
        self.folder = folder
    }

    /// `year`, else the latest plan up to the workspace's round, else the workspace's round.
    public func listing(year: Int?) throws(CommandFailure) -> PlanListing {
        let year = year ?? folder.planYears().last { $0 <= folder.workspace.year } ?? folder.workspace.year
        let existing = try folder.loadPlan(year: year)
        return PlanListing(plan: existing ?? emptyPlan(year), exists: existing != nil, questionnaire: folder.questionnaire,
                           municipality: folder.workspace.municipality)
    }

    /// Adds the action to the plan of `year` (default: the workspace's round); the message ends
    /// with a line holding only the new id, for scripts.
    public func add(_ new: PlanEditing.NewAction, year: Int?, language: Language, today: Date) throws(CommandFailure) -> String {
        let year = year ?? folder.workspace.year
        if let problem = WorkspaceRules.yearProblem(year, currentYear: Calendar.utc.component(.year, from: today)) {
            throw CommandFailure(problem, exitCode: ExitStatus.usage)
        }
        let plan = try folder.loadPlan(year: year) ?? emptyPlan(year)
        let (changed, action) = try PlanEditing.add(new, to: plan, questionnaire: folder.questionnaire)
        try folder.save(changed)
        return PlanText(language: language).added(action, path: relativePath(year)) + "\n" + action.id + "\n"
    }

    /// Adopts the report's proposed action `proposal` (such as "P2") of the round of `year`
    /// (default: the workspace's round): the same proposals the report shows, recomputed from the
    /// same responses, with its text in `language`, its dimension and statements.
    public func adopt(_ proposal: String, year: Int?, owner: String, due: String, language: Language, today: Date) throws(CommandFailure) -> String {
        let year = year ?? folder.workspace.year
        guard let round = try folder.history(upTo: year, language: language).current, round.n >= ScoringRules.minimumCellRespondents else {
            throw CommandFailure(Phrase(en: "the round of \(year) has no report yet, so it proposes no actions",
                                        nl: "de ronde van \(year) heeft nog geen rapport, en stelt dus geen acties voor"),
                                 hint: Phrase(en: "a report needs at least \(ScoringRules.minimumCellRespondents) submitted responses; see: zelfscan status",
                                              nl: "een rapport vraagt minstens \(ScoringRules.minimumCellRespondents) verzonden antwoorden; zie: zelfscan status"),
                                 exitCode: ExitStatus.usage)
        }
        let proposals = ActionProposer.propose(round: round, questionnaire: folder.questionnaire)
        guard let chosen = proposals.first(where: { $0.id == proposal.uppercased() }) else {
            let known = proposals.map(\.id).joined(separator: ", ")
            throw CommandFailure(Phrase(en: "the report of \(year) has no proposed action \(proposal)", nl: "het rapport van \(year) heeft geen voorgestelde actie \(proposal)"),
                                 hint: Phrase(en: "its proposals are: \(known)", nl: "de voorstellen zijn: \(known)"), exitCode: ExitStatus.usage)
        }
        let new = PlanEditing.NewAction(dimension: chosen.dimension, items: chosen.items, action: chosen.text.text(language),
                                        owner: owner, due: due, proposal: chosen.id)
        return try add(new, year: year, language: language, today: today)
    }

    /// Without `year`, the latest plan that has the action: actions agreed last year are marked
    /// during this year's round.
    public func update(_ id: String, status: ActionStatus, note: String?, year: Int?, today: Date, language: Language) throws(CommandFailure) -> String {
        let plan: ActionPlan
        if let year {
            guard let found = try folder.loadPlan(year: year) else { throw noPlan(year) }
            plan = found
        } else {
            guard let found = try folder.loadPlans().last(where: { $0.action(id) != nil }) else {
                throw CommandFailure(Phrase(en: "no plan in this workspace has an action \(id)", nl: "geen plan in deze werkruimte heeft een actie \(id)"),
                                     hint: Phrase(en: "list the actions with: zelfscan plan --year YYYY", nl: "toon de acties met: zelfscan plan --year JJJJ"),
                                     exitCode: ExitStatus.usage)
            }
            plan = found
        }
        let changed = try PlanEditing.update(id, status: status, note: note, date: Self.day(today), in: plan)
        try folder.save(changed)
        guard let action = changed.action(id) else { return "" }
        return PlanText(language: language).updated(action, path: relativePath(plan.year)) + "\n"
    }

    /// "YYYY-MM-DD" in UTC, like the years of rounds.
    public static func day(_ date: Date) -> String {
        let parts = Calendar.utc.dateComponents([.year, .month, .day], from: date)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.year ?? 0)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))"
    }

    private func emptyPlan(_ year: Int) -> ActionPlan {
        ActionPlan(questionnaireID: folder.questionnaire.id, year: year)
    }

    private func relativePath(_ year: Int) -> String { ActionPlan.folder + "/" + ActionPlan.fileName(year: year) }

    private func noPlan(_ year: Int) -> CommandFailure {
        CommandFailure(Phrase(en: "there is no plan for \(year) (\(relativePath(year)))", nl: "er is geen plan voor \(year) (\(relativePath(year)))"),
                       hint: Phrase(en: "add an action first with: zelfscan plan add --year \(year) …", nl: "voeg eerst een actie toe met: zelfscan plan add --year \(year) …"),
                       exitCode: ExitStatus.usage)
    }
}
