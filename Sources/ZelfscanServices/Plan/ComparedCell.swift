import ZelfscanCore

/// What `compare` reads of one workspace: its rounds and its action plans. A plan file with
/// errors does not drop the cell: it is compared without actions, and the errors are kept to
/// be shown, each at its line and column.
public struct ComparedCell: Sendable {
    public var rounds: [CellRound]
    public var plans: [ActionPlan]
    public var planProblem: CommandFailure?

    public init(folder: WorkspaceFolder, rounds: [CellRound]) {
        self.rounds = rounds
        do throws(CommandFailure) {
            plans = try folder.loadPlans()
            planProblem = nil
        } catch {
            plans = []
            planProblem = error
        }
    }
}
