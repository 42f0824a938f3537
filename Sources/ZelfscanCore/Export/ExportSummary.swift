/// What an export holds and what was done to protect it, for its README, its codebook and
/// `export`'s closing message. Counts are of cell rounds (municipality + year), of cells
/// (municipalities) and of respondent records.
public struct ExportSummary: Sendable, Equatable {
    public struct Touched: Sendable, Equatable {
        public var cellRounds = 0
        public var respondents = 0
        public var cells = 0

        public init(cellRounds: Int = 0, respondents: Int = 0, cells: Int = 0) {
            self.cellRounds = cellRounds
            self.respondents = respondents
            self.cells = cells
        }

        mutating func add(rounds: Int, respondents: Int) {
            cellRounds += rounds
            self.respondents += respondents
            cells += 1
        }
    }

    public var k: Int
    public var questionnaireID: String
    public var questionnaireVersion: String
    public var scoringRulesVersion: String
    public var synthetic = false
    public var years: [Int] = []
    /// Municipalities with at least one round that has a cell result.
    public var municipalities = 0
    /// Cells of the panel per coarsening step (`suppressed`: left out of the panel only).
    public var panel: [PanelAnonymity.Step: Touched] = [:]
    /// The smallest class of released panel signatures.
    public var smallestClass = 0
    public var linkage = LinkageSimulation.Result(cells: 0, municipalities: 0, singledOut: 0, smallestCandidateSet: 0)
    /// True when stats_actions holds counts: at least 10 released cells agreed actions.
    public var actionsReleased = false
    /// Respondents in items.csv.
    public var respondents = 0
    /// Rounds whose conditional items were withheld by the pattern rule.
    public var roundsWithheldConditional = 0
    /// Scored items not released item by item because their visibility depends on role.
    public var roleDependentItems: [String] = []
    /// Left out: fewer than 3 submitted respondents, so no cell result exists.
    public var tooFewRespondents = Touched()
    /// Left out: a second workspace of a municipality already exported for that year.
    public var duplicates = Touched()
    public var textAnswersLeftOut = 0
    public var commentsLeftOut = 0
    public var draftsLeftOut = 0
    /// Workspaces of another questionnaire id or version, left out.
    public var otherQuestionnaire = 0
    /// Number of exports pooled into this one by `export --merge`; 0 for an export of workspaces.
    public var mergedExports = 0

    public init(k: Int, questionnaireID: String, questionnaireVersion: String, scoringRulesVersion: String) {
        self.k = k
        self.questionnaireID = questionnaireID
        self.questionnaireVersion = questionnaireVersion
        self.scoringRulesVersion = scoringRulesVersion
    }

    /// Cells released in the panel.
    public var releasedCells: Int { panel.filter { $0.key != .suppressed }.values.map(\.cells).reduce(0, +) }

    public var releasedRounds: Int { panel.filter { $0.key != .suppressed }.values.map(\.cellRounds).reduce(0, +) }

    public func panel(_ step: PanelAnonymity.Step) -> Touched { panel[step] ?? Touched() }
}
