import Foundation

/// What `zelfscan score --json` prints: unrounded scores with band codes, null where there is no
/// score, so scripts never mistake "insufficient data" for 0. Shape: `docs/scoring.md`.
public struct ScoreReport: Sendable, Equatable, Encodable {
    public struct QuestionnaireRef: Sendable, Equatable, Encodable {
        public var id: String
        public var version: String
    }

    public struct Overall: Sendable, Equatable, Encodable {
        public var score: Double?
        public var band: String?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(score, forKey: .score)
            try container.encode(band, forKey: .band)
        }

        enum CodingKeys: String, CodingKey { case score, band }
    }

    public struct Dimension: Sendable, Equatable, Encodable {
        public var id: String
        public var n: Int
        public var mean: Double?
        public var sd: Double?
        public var min: Double?
        public var max: Double?
        public var band: String?
        public var disagreement: Bool
        public var rwg: Double?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(n, forKey: .n)
            try container.encode(mean, forKey: .mean)
            try container.encode(sd, forKey: .sd)
            try container.encode(min, forKey: .min)
            try container.encode(max, forKey: .max)
            try container.encode(band, forKey: .band)
            try container.encode(disagreement, forKey: .disagreement)
            try container.encode(rwg, forKey: .rwg)
        }

        enum CodingKeys: String, CodingKey { case id, n, mean, sd, min, max, band, disagreement, rwg }
    }

    public struct Respondent: Sendable, Equatable, Encodable {
        public var code: String
        public var role: String
        public var roleGroup: String?
        /// Score per dimension id; null for insufficient data.
        public var dimensions: [String: Double?]
        public var overall: Double?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(role, forKey: .role)
            try container.encode(roleGroup, forKey: .roleGroup)
            try container.encode(dimensions, forKey: .dimensions)
            try container.encode(overall, forKey: .overall)
        }

        enum CodingKeys: String, CodingKey {
            case code, role, dimensions, overall
            case roleGroup = "role_group"
        }
    }

    public struct Cell: Sendable, Equatable, Encodable {
        public var municipality: String
        public var year: Int
        public var synthetic: Bool
        public var n: Int
        public var overall: Overall
        public var dimensions: [Dimension]
        public var respondents: [Respondent]
    }

    /// Why the report could not be turned into JSON.
    public struct EncodingFailure: Error, Sendable, Equatable {
        public var reason: String
    }

    public var format: Int
    public var questionnaire: QuestionnaireRef
    public var scoringRules: String
    /// True when any cell is demo data.
    public var synthetic: Bool
    public var cells: [Cell]

    public init(questionnaire: Questionnaire, rounds: [CellRound]) {
        self.format = 1
        self.questionnaire = QuestionnaireRef(id: questionnaire.id, version: questionnaire.version)
        self.scoringRules = ScoringRules.version
        self.synthetic = rounds.contains { $0.synthetic }
        self.cells = rounds.map { round in
            Cell(
                municipality: round.municipality, year: round.year, synthetic: round.synthetic, n: round.n,
                overall: Overall(score: round.overall, band: round.overallBand),
                dimensions: round.dimensions.map {
                    Dimension(id: $0.dimensionID, n: $0.n, mean: $0.mean, sd: $0.standardDeviation,
                              min: $0.minimum, max: $0.maximum, band: $0.band,
                              disagreement: $0.disagreement, rwg: $0.agreement)
                },
                respondents: round.respondents.map { respondent in
                    Respondent(
                        code: respondent.respondent, role: respondent.role, roleGroup: respondent.roleGroup,
                        dimensions: Dictionary(uniqueKeysWithValues: respondent.dimensions.map { ($0.dimensionID, $0.value) }),
                        overall: respondent.overall)
                })
        }
    }

    /// Pretty-printed JSON with sorted keys, so output is stable across runs and diffable.
    public func json() throws(EncodingFailure) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return try encoder.encode(self)
        } catch {
            throw EncodingFailure(reason: String(describing: error))
        }
    }

    enum CodingKeys: String, CodingKey {
        case format, questionnaire, synthetic, cells
        case scoringRules = "scoring_rules"
    }
}
