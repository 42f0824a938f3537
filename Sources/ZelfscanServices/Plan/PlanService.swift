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
