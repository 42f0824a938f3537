import Foundation
import ZelfscanCore

/// Everything a cell report is built from, gathered by the command so the report itself stays a
/// pure function: same input, same bytes.
public struct ReportInput: Sendable {
    public var questionnaire: Questionnaire
    public var workspace: Workspace
    /// The round reported on.
    public var round: CellRound
    /// The round's submitted responses (for context answers and, on request, comments).
    public var responses: [Response]
    /// Every round of the cell up to and including `round`, for the trend; may be just `round`.
    public var rounds: [CellRound]
    public var references: [ReferenceComparison]
    public var peers: PeerBenchmark?
    /// Drafts not yet submitted in the round, for the response coverage on the cover.
    public var openDrafts: Int
    /// Free-text comments appear only when the user asked for them.
    public var includeComments: Bool
    public var language: Language
    /// The date printed on the cover: from `SOURCE_DATE_EPOCH` or the data, never the clock.
    public var date: Date?
    public var rules: ScoringRules
    /// The questionnaire versions the rounds were given on, so the trend can link versions.
    public var questionnaires: [Questionnaire] = []
    /// The cell's agreed action plans of earlier rounds, for the look back; the latest one before
    /// `round` is the one looked back at.
    public var plans: [ActionPlan]

    public init(questionnaire: Questionnaire, workspace: Workspace, round: CellRound, responses: [Response],
                rounds: [CellRound] = [], references: [ReferenceComparison] = [], peers: PeerBenchmark? = nil,
                openDrafts: Int = 0, includeComments: Bool = false, language: Language = .nl, date: Date? = nil,
                rules: ScoringRules = .standard, plans: [ActionPlan] = []) {
        self.questionnaire = questionnaire
        self.workspace = workspace
        self.round = round
        self.responses = responses
        self.rounds = rounds.isEmpty ? [round] : rounds
        self.references = references
        self.peers = peers
        self.openDrafts = openDrafts
        self.includeComments = includeComments
        self.language = language
        self.date = date
        self.rules = rules
        self.plans = plans
    }
}
