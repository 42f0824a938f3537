import Foundation

/// What `zelfscan score --json` prints: unrounded scores with band codes, null where there is no
/// score, so scripts never mistake "insufficient data" for 0. Shape: `docs/scoring.md`.
///
/// Aggregates only: the coordinator who runs it is a colleague. No lowest or highest score (each
/// is one person's), no mean or spread over fewer than 3 scores, and individual records only on
/// request, without code, role or role group.
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
        /// Null when fewer than 3 members of a shown cell were asked the dimension: the count
        /// would say how few.
        public var n: Int?
        public var mean: Double?
        public var sd: Double?
        public var band: String?
        public var disagreement: Bool
        public var rwg: Double?
        /// True when fewer than 3 members have a score here, so mean and spread are withheld.
        public var withheld: Bool
        /// False for a dimension outside the overall score (`overall: false` or local); the key
        /// is written only then, so the output of questionnaires without one is unchanged.
        public var inOverall: Bool = true

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(n, forKey: .n)
            try container.encode(mean, forKey: .mean)
            try container.encode(sd, forKey: .sd)
            try container.encode(band, forKey: .band)
            try container.encode(disagreement, forKey: .disagreement)
            try container.encode(rwg, forKey: .rwg)
            try container.encode(withheld, forKey: .withheld)
            if !inOverall { try container.encode(inOverall, forKey: .inOverall) }
        }

        enum CodingKeys: String, CodingKey {
            case id, n, mean, sd, band, disagreement, rwg, withheld
            case inOverall = "in_overall"
        }
    }

    /// One member's scores with nothing that says whose: no code, no role, no role group, and
    /// the records sorted by score rather than by file.
    public struct IndividualScores: Sendable, Equatable, Encodable {
        /// Score per dimension id; null for insufficient data.
        public var dimensions: [String: Double?]
        public var overall: Double?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(dimensions, forKey: .dimensions)
            try container.encode(overall, forKey: .overall)
        }

        enum CodingKeys: String, CodingKey { case dimensions, overall }
    }

    public struct Cell: Sendable, Equatable, Encodable {
        public var municipality: String
        public var year: Int
        public var synthetic: Bool
        public var n: Int
        public var overall: Overall
        public var dimensions: [Dimension]
        /// Only with `individualScores`, and only for a cell of at least 3.
        public var individualScores: [IndividualScores]?

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(municipality, forKey: .municipality)
            try container.encode(year, forKey: .year)
            try container.encode(synthetic, forKey: .synthetic)
            try container.encode(n, forKey: .n)
            try container.encode(overall, forKey: .overall)
            try container.encode(dimensions, forKey: .dimensions)
            try container.encodeIfPresent(individualScores, forKey: .individualScores)
        }

        enum CodingKeys: String, CodingKey {
            case municipality, year, synthetic, n, overall, dimensions
            case individualScores = "individual_scores"
        }
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

    public init(questionnaire: Questionnaire, rounds: [CellRound], individualScores: Bool = false) {
        self.format = 2
        self.questionnaire = QuestionnaireRef(id: questionnaire.id, version: questionnaire.version)
        self.scoringRules = ScoringRules.version
        self.synthetic = rounds.contains { $0.synthetic }
        let minimum = ScoringRules.minimumCellRespondents
        self.cells = rounds.map { round in
            let shown = round.n >= minimum
            // The overall score is built from the means of the dimensions counted in it: it would give away a withheld one.
            let overallShown = shown && round.overallShown(minimum: minimum)
            return Cell(
                municipality: round.municipality, year: round.year, synthetic: round.synthetic, n: round.n,
                overall: overallShown ? Overall(score: round.overall, band: round.overallBand) : Overall(score: nil, band: nil),
                dimensions: round.dimensions.map { dimension in
                    var result: Dimension
                    if shown, dimension.n >= minimum {
                        result = Dimension(id: dimension.dimensionID, n: dimension.n, mean: dimension.mean, sd: dimension.standardDeviation,
                                           band: dimension.band, disagreement: dimension.disagreement, rwg: dimension.agreement,
                                           withheld: false)
                    } else {
                        let fewAsked = shown && dimension.asked < minimum
                        result = Dimension(id: dimension.dimensionID, n: fewAsked ? nil : dimension.n, mean: nil, sd: nil, band: nil,
                                           disagreement: false, rwg: nil, withheld: true)
                    }
                    result.inOverall = dimension.countsInOverall
                    return result
                },
                individualScores: individualScores && shown ? Self.anonymous(round.respondents) : nil)
        }
    }

    /// The members' scores in an order that follows from the scores alone.
    private static func anonymous(_ respondents: [RespondentScore]) -> [IndividualScores] {
        respondents.map { respondent in
            IndividualScores(dimensions: Dictionary(uniqueKeysWithValues: respondent.dimensions.map { ($0.dimensionID, $0.value) }),
                             overall: respondent.overall)
        }.sorted { first, second in
            let keys = first.dimensions.keys.sorted()
            let a = [first.overall] + keys.map { first.dimensions[$0] ?? nil }
            let b = [second.overall] + keys.map { second.dimensions[$0] ?? nil }
            for (x, y) in zip(a, b) where x != y { return (x ?? -1) < (y ?? -1) }
            return false
        }
    }

    /// Scores `responses` (submitted only), grouped into rounds by municipality and year.
    public init(questionnaire: Questionnaire, responses: [Response], rules: ScoringRules = .standard) throws(ScoringError) {
        self.init(questionnaire: questionnaire,
                  rounds: try CellAggregator(questionnaire: questionnaire, rules: rules).rounds(responses))
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
