import Foundation

/// One respondent's answers to one questionnaire in one round, as kept in
/// `responses/<year>/<respondent>.yaml`. Never holds a name: only a generated code and a role.
public struct Response: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable {
        /// Still being filled in; resumable, never scored in a cell result.
        case draft
        case submitted
    }

    /// Which questionnaire the answers belong to, so they are never scored against another version.
    public struct QuestionnaireStamp: Sendable, Equatable {
        public var id: String
        public var version: String
        /// SHA-256 of the questionnaire file's bytes, lowercase hex.
        public var sha256: String

        public init(id: String, version: String, sha256: String) {
            self.id = id
            self.version = version
            self.sha256 = sha256
        }
    }

    public static let currentFormat = 1

    public var format: Int
    /// Generated code such as `R-7KQ4M2`; also the file name.
    public var respondent: String
    public var questionnaire: QuestionnaireStamp
    public var municipality: String
    public var year: Int
    /// A role id from the questionnaire.
    public var role: String
    /// The language the questions were shown in.
    public var language: Language
    public var status: Status
    public var started: Date
    public var updated: Date
    public var submitted: Date?
    /// True for generated demo data, which must be labelled wherever it is shown.
    public var synthetic: Bool
    /// Answers by item id, context and scored items alike. "Don't know" is `.missing(code)`.
    public var answers: [String: Answer]
    /// Items the respondent passed over on purpose, in the order skipped.
    public var skipped: [String]
    /// Optional remarks per dimension id; stay in the cell's own report, never exported.
    public var comments: [String: String]

    public init(respondent: String, questionnaire: QuestionnaireStamp, municipality: String, year: Int,
                role: String, language: Language, status: Status = .draft, started: Date,
                updated: Date? = nil, submitted: Date? = nil, synthetic: Bool = false,
                answers: [String: Answer] = [:], skipped: [String] = [], comments: [String: String] = [:]) {
        self.format = Self.currentFormat
        self.respondent = respondent
        self.questionnaire = questionnaire
        self.municipality = municipality
        self.year = year
        self.role = role
        self.language = language
        self.status = status
        self.started = started
        self.updated = updated ?? started
        self.submitted = submitted
        self.synthetic = synthetic
        self.answers = answers
        self.skipped = skipped
        self.comments = comments
    }
}
