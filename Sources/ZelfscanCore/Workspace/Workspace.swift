/// One cell's self-evaluation folder, described by its `zelfscan.yaml`.
public struct Workspace: Sendable, Equatable {
    public enum Level: String, Sendable, Equatable, CaseIterable {
        /// A cell for one municipality (LIVC-R).
        case municipal
        /// A cell for the municipalities of a police zone (ZIVC-R).
        case zone
    }

    /// Where the questionnaire comes from: the LIVC-R one built into the tool, or a file.
    public enum QuestionnaireSource: Sendable, Equatable {
        case bundled
        /// A path relative to the workspace folder, or absolute.
        case file(String)
    }

    public static let currentFormat = 1

    public var format: Int
    public var municipality: String
    public var level: Level
    public var cluster: BelfiusCluster?
    public var province: Province?
    /// The current round.
    public var year: Int
    public var language: Language
    public var questionnaire: QuestionnaireSource
    /// True for generated demo workspaces, which must be labelled wherever they are shown.
    public var synthetic: Bool
    /// How many members the coordinator expects to answer, for the response rate `status` shows.
    public var expectedMembers: Int?

    public init(municipality: String, level: Level = .municipal, cluster: BelfiusCluster? = nil,
                province: Province? = nil, year: Int, language: Language = .nl,
                questionnaire: QuestionnaireSource = .bundled, synthetic: Bool = false, expectedMembers: Int? = nil) {
        self.format = Self.currentFormat
        self.municipality = municipality
        self.level = level
        self.cluster = cluster
        self.province = province
        self.year = year
        self.language = language
        self.questionnaire = questionnaire
        self.synthetic = synthetic
        self.expectedMembers = expectedMembers
    }

    /// Members a cell can have: the tool's rule for `expected-members`.
    public static let memberRange = 1...200
}
