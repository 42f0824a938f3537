import Foundation
import ZelfscanCore
import ZelfscanFiles

/// The workspace's action plans, `plans/plan-YYYY.yaml`: read with located errors, written whole
/// or not at all, readable by the owner only (like every file of the workspace).
extension WorkspaceFolder {
    public var plansFolder: String { root + "/" + ActionPlan.folder }

    public func planPath(year: Int) -> String { plansFolder + "/" + ActionPlan.fileName(year: year) }

    /// Years that have a plan file, in order.
    public func planYears() -> [Int] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: plansFolder)) ?? []
        return names.compactMap { name -> Int? in
            guard name.hasPrefix("plan-"), name.hasSuffix(".yaml") else { return nil }
            return Int(name.dropFirst("plan-".count).dropLast(".yaml".count))
        }.sorted()
    }

    /// Nil when the round has no plan yet; a plan with errors stops the command with every
    /// error at its line and column, since editing a plan on top of a broken one would lose work.
    public func loadPlan(year: Int) throws(CommandFailure) -> ActionPlan? {
        let path = planPath(year: year)
        guard FileManager.default.fileExists(atPath: path) || WorkspaceFiles.isRegularFile(path) else { return nil }
        let bytes = try Self.readBytes(path, followLinks: false)
        let result = ActionPlanCoding.decode(file: path, bytes: bytes, questionnaire: questionnaire, year: year)
        guard let plan = result.plan else {
            throw CommandFailure(Phrase(en: "\(path) is not valid", nl: "\(path) is niet geldig"),
                                 hint: Phrase(en: "fix the errors above in an editor; the format is in docs/plans.md",
                                              nl: "verbeter de fouten hierboven in een editor; het formaat staat in docs/plans.md"),
                                 exitCode: ExitStatus.invalidData, diagnostics: result.diagnostics, sources: result.sources)
        }
        return plan
    }

    /// Every plan of the workspace, oldest first; with `round`, only those agreed before that round
    /// (what a report looks back at).
    public func loadPlans(before round: Int? = nil) throws(CommandFailure) -> [ActionPlan] {
        var plans: [ActionPlan] = []
        for year in planYears() where round.map({ year < $0 }) ?? true {
            if let plan = try loadPlan(year: year) { plans.append(plan) }
        }
        return plans
    }

    public func save(_ plan: ActionPlan) throws(CommandFailure) {
        let path = planPath(year: plan.year)
        do {
            try WorkspaceFiles.createFolder(plansFolder)
            try AtomicFile.write(try ActionPlanCoding.encode(plan), to: path, mode: WorkspaceFiles.fileMode)
        } catch let error as AtomicFile.WriteError {
            throw CommandFailure(writing: error, kept: Phrase(en: "the plan file is unchanged", nl: "het planbestand is ongewijzigd"),
                                 hint: Phrase(en: "check that the folder \(plansFolder) is writable", nl: "kijk na of de map \(plansFolder) beschrijfbaar is"))
        } catch {
            throw CommandFailure(Phrase(en: "could not save the plan \(path): \(error)", nl: "kon het plan \(path) niet bewaren: \(error)"),
                                 exitCode: ExitStatus.cannotCreate)
        }
    }
}
