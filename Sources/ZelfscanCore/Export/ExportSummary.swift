/// What an export holds and what was done to protect it, for its README and for `export`'s
/// closing message. Counts are of cell rounds (municipality + year) and of respondent records.
public struct ExportSummary: Sendable, Equatable {
    public struct Touched: Sendable, Equatable {
        public var cellRounds = 0
        public var respondents = 0

        public init(cellRounds: Int = 0, respondents: Int = 0) {
            self.cellRounds = cellRounds
            self.respondents = respondents
        }
    }

    public var k: Int
    public var questionnaireID: String
    public var questionnaireVersion: String
    public var scoringRulesVersion: String
    public var synthetic: Bool
    public var keyCheck: String
    public var years: [Int]
    /// Distinct municipalities (pseudonyms) in the export.
    public var municipalities = 0
    public var released = Touched()
    /// Province removed (level kept).
    public var provinceRemoved = Touched()
    /// Province and level removed.
    public var provinceAndLevelRemoved = Touched()
    /// Left out: their combination stayed below k.
    public var suppressed = Touched()
    /// Left out: fewer than 3 submitted respondents, so no cell result exists.
    public var tooFewRespondents = Touched()
    /// Left out: a second workspace of a municipality already exported for that year.
    public var duplicates = Touched()
    /// Respondents whose role group was exported as "merged".
    public var roleGroupMerged = 0
    /// Free-text answers and comments that stayed behind.
    public var textAnswersLeftOut = 0
    public var commentsLeftOut = 0
    /// Draft responses that stayed behind.
    public var draftsLeftOut = 0
    /// Workspaces of another questionnaire id or version, left out.
    public var otherQuestionnaire = 0
    /// Number of exports pooled into this one by `export --merge`; 0 for an export of workspaces.
    public var mergedExports = 0

    public init(k: Int, questionnaireID: String, questionnaireVersion: String, scoringRulesVersion: String,
                synthetic: Bool, keyCheck: String, years: [Int]) {
        self.k = k
        self.questionnaireID = questionnaireID
        self.questionnaireVersion = questionnaireVersion
        self.scoringRulesVersion = scoringRulesVersion
        self.synthetic = synthetic
        self.keyCheck = keyCheck
        self.years = years
    }
}
