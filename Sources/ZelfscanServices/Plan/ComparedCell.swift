import ZelfscanCore

/// What `compare` reads of one workspace: its rounds and its action plans. A plan file with
/// errors does not drop the cell: it is compared without actions, and the errors are kept to
/// be shown, each at its line and column.
public struct ComparedCell: Sendable {
    public var rounds: [CellRound]
    public var plans: [ActionPlan]
    public var planProblem: CommandFailure?
    /// The submitted responses of the latest round with enough of them; kept only for the
    /// pooled context answers of `compare --trend`.
    public var latestResponses: [Response]
    /// The questionnaire versions the workspace's rounds were given on, for changes across versions.
    public var questionnaires: [Questionnaire]

    public init(folder: WorkspaceFolder, rounds: [CellRound], files: [RoundFiles] = [], keepResponses: Bool = false) {
        self.rounds = rounds
        questionnaires = folder.library.entries.map(\.questionnaire)
        let submitted = files.map { $0.responses.filter { $0.status == .submitted } }
            .filter { $0.count >= ScoringRules.minimumCellRespondents }
        latestResponses = keepResponses ? (submitted.max { ($0.first?.year ?? 0) < ($1.first?.year ?? 0) } ?? []) : []
        do throws(CommandFailure) {
            plans = try folder.loadPlans()
            planProblem = nil
        } catch {
            plans = []
            planProblem = error
        }
    }
}
