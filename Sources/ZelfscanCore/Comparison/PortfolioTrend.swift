/// The cells a coach guides, over every year read: per cell its scores and response per round,
/// the actions it agreed and completed, and flags for attention; across cells the statements
/// that are weak in many of them and the pooled "what would help" answers. Not a ranking: cells
/// are in group and name order, and every number obeys the same minimums as `compare`.
public struct PortfolioTrend: Sendable, Equatable {
    /// What `compare --trend` needs of one workspace.
    public struct Cell: Sendable {
        public var workspace: Workspace
        public var rounds: [CellRound]
        public var plans: [ActionPlan]
        /// The submitted responses of the cell's latest round, for the pooled context answers.
        public var latestResponses: [Response]
        /// The versions the rounds were given on, so a change across versions follows the trend's rule.
        public var questionnaires: [Questionnaire]

        public init(workspace: Workspace, rounds: [CellRound], plans: [ActionPlan], latestResponses: [Response],
                    questionnaires: [Questionnaire] = []) {
            self.workspace = workspace
            self.rounds = rounds
            self.plans = plans
            self.latestResponses = latestResponses
            self.questionnaires = questionnaires
        }
    }

    public struct Point: Sendable, Equatable {
        public var year: Int
        public var respondents: Int
        /// False below the minimum of respondents: no score.
        public var shown: Bool
        /// Per dimension id in questionnaire order, then overall (nil measure); a score is nil
        /// where too few members scored it.
        public var values: [CellComparison.Value]
        /// The plan agreed after this round, as counts; nil without one.
        public var actions: CellComparison.ActionTally?
        /// The version of the previous shown round when it differs from this round's: changes
        /// are then on the statements both versions ask, and the overall score has none.
        public var previousVersion: String? = nil
    }

    public enum Flag: Sendable, Equatable {
        /// The overall score (measure nil) or a dimension fell by at least the threshold.
        case scoreFell(measure: String?, from: Int, to: Int, change: Double)
        /// Fewer members submitted than in the previous round.
        case responseFell(from: Int, to: Int, before: Int, after: Int)
        /// In the lowest band in the last two shown rounds.
        case lowestBandTwice(dimension: String, years: [Int])
    }

    public struct Row: Sendable, Equatable {
        public var municipality: String
        public var group: String?
        public var synthetic: Bool
        /// One per year of `years` in which the cell has a round.
        public var points: [Point]
        public var flags: [Flag]
    }

    public struct WeakStatement: Sendable, Equatable {
        public var itemID: String
        public var dimensionID: String
        /// Cells whose latest shown round has the statement's mean in the lowest band.
        public var cells: Int
        /// Cells whose latest shown round has a mean for the statement.
        public var of: Int
    }

    /// A fall of the overall score by at least this much is flagged.
    public static let overallFall = 5.0
    /// A dimension is flagged from this fall on: one dimension moves more than the mean of four.
    public static let dimensionFall = 10.0

    public var questionnaireID: String
    public var questionnaireVersion: String
    public var dimensions: [String]
    public var years: [Int]
    public var grouping: CellComparison.Grouping
    public var rows: [Row]
    /// Statements in the lowest band in at least two cells, most cells first.
    public var weakStatements: [WeakStatement]
    /// The multiple-choice context answers ("what would help", "difficulties") of every cell's
    /// latest round, pooled.
    public var pooled: PooledChoices
    public var synthetic: Bool

    public init(questionnaire: Questionnaire, cells: [Cell], grouping: CellComparison.Grouping, rules: ScoringRules = .standard) {
        questionnaireID = questionnaire.id
        questionnaireVersion = questionnaire.version
        dimensions = questionnaire.dimensions.map(\.id)
        self.grouping = grouping
        years = Array(Set(cells.flatMap { $0.rounds.map(\.year) })).sorted()
        let lowest = questionnaire.bands.min { $0.from < $1.from }?.code
        let measures: [String?] = dimensions.map { Optional($0) } + [nil]
        var rows: [Row] = []
        var weak: [String: Int] = [:]
        var scored: [String: Int] = [:]
        for cell in cells {
            let points = cell.rounds.sorted { $0.year < $1.year }.map { round -> Point in
                let shown = round.n >= rules.minimumCellRespondents
                let values = measures.map { measure -> CellComparison.Value in
                    let score = shown ? CellComparison.score(measure, round, minimum: rules.minimumCellRespondents) : nil
                    return CellComparison.Value(measure: measure, score: score, band: score.flatMap { questionnaire.bands.band(for: $0)?.code }, change: nil)
                }
                let plan = cell.plans.first { $0.year == round.year }
                return Point(year: round.year, respondents: round.n, shown: shown, values: values, actions: plan.map { plan in
                    let counts = plan.counts()
                    return CellComparison.ActionTally(planYear: plan.year, agreed: plan.actions.count, done: counts[.done] ?? 0,
                                                      started: counts[.started] ?? 0, dropped: counts[.dropped] ?? 0)
                })
            }
            let withChange = Self.changes(points, rounds: cell.rounds, questionnaires: [questionnaire] + cell.questionnaires, rules: rules)
            rows.append(Row(municipality: cell.workspace.municipality, group: CellComparison.key(cell.workspace, grouping),
                            synthetic: cell.workspace.synthetic || cell.rounds.contains(where: \.synthetic),
                            points: withChange, flags: Self.flags(withChange, lowest: lowest)))
            if let latest = cell.rounds.filter({ $0.n >= rules.minimumCellRespondents }).max(by: { $0.year < $1.year }) {
                for (item, mean) in StatementMeans(round: latest, questionnaire: questionnaire, rules: rules).means {
                    scored[item, default: 0] += 1
                    if questionnaire.bands.band(for: mean)?.code == lowest { weak[item, default: 0] += 1 }
                }
            }
        }
        pooled = PooledChoices(questionnaire: questionnaire, rounds: cells.map(\.latestResponses), rules: rules)
        rows.sort { ($0.group ?? "\u{10FFFF}", $0.municipality) < ($1.group ?? "\u{10FFFF}", $1.municipality) }
        self.rows = rows
        synthetic = rows.contains(where: \.synthetic)
        let order = Dictionary(questionnaire.scoredItems.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let dimensionOf = Dictionary(questionnaire.dimensions.flatMap { dimension in dimension.items.map { ($0.id, dimension.id) } },
                                     uniquingKeysWith: { first, _ in first })
        weakStatements = weak.filter { $0.value >= 2 }
            .map { WeakStatement(itemID: $0.key, dimensionID: dimensionOf[$0.key] ?? "", cells: $0.value, of: scored[$0.key] ?? 0) }
            .sorted { ($1.cells, order[$0.itemID] ?? 0) < ($0.cells, order[$1.itemID] ?? 0) }
    }

    /// Each shown point's change since the previous shown point, per measure, by the report's
    /// look back (`RoundChange`): across versions on the statements both ask, overall none.
    static func changes(_ points: [Point], rounds: [CellRound], questionnaires: [Questionnaire], rules: ScoringRules) -> [Point] {
        var result = points
        var previous: CellRound?
        for index in result.indices where result[index].shown {
            guard let round = rounds.first(where: { $0.year == result[index].year }) else { continue }
            if let previous {
                let moved = RoundChange(from: previous, to: round, questionnaires: questionnaires, rules: rules)
                result[index].previousVersion = moved.earlierVersion
                for (position, value) in result[index].values.enumerated() where value.score != nil {
                    guard let measure = value.measure else {
                        result[index].values[position].change = moved.overall
                        continue
                    }
                    result[index].values[position].change = moved.dimensions[measure]?.change
                    result[index].values[position].partial = moved.dimensions[measure]?.partial
                }
            }
            previous = round
        }
        return result
    }

    static func flags(_ points: [Point], lowest: String?) -> [Flag] {
        let shown = points.filter(\.shown)
        var flags: [Flag] = []
        if points.count >= 2 {
            let (before, after) = (points[points.count - 2], points[points.count - 1])
            if after.respondents < before.respondents {
                flags.append(.responseFell(from: before.year, to: after.year, before: before.respondents, after: after.respondents))
            }
        }
        guard shown.count >= 2 else { return flags }
        let (before, after) = (shown[shown.count - 2], shown[shown.count - 1])
        for value in after.values {
            guard let change = value.change else { continue }
            let threshold = value.measure == nil ? overallFall : dimensionFall
            if change <= -threshold { flags.append(.scoreFell(measure: value.measure, from: before.year, to: after.year, change: change)) }
        }
        for (position, value) in after.values.enumerated() {
            guard let dimension = value.measure, let lowest, value.band == lowest, before.values[position].band == lowest else { continue }
            flags.append(.lowestBandTwice(dimension: dimension, years: [before.year, after.year]))
        }
        return flags
    }
}
