/// One cell's rounds side by side with the change per dimension between consecutive rounds, so a
/// cell can see whether its improvement actions made a difference.
public struct CellTrend: Sendable, Equatable {
    /// The change from one round to the next.
    public struct Step: Sendable, Equatable {
        public var fromYear: Int
        public var toYear: Int
        /// False when nothing links the rounds (another questionnaire, or a version that does
        /// not continue the earlier one): every change is nil.
        public var comparable: Bool
        /// Later mean minus earlier mean per dimension id; nil where either side has no mean.
        /// Across versions: computed on the comparable items only (see `Continuity`).
        public var changes: [String: Double?]
        /// Change of the overall score; nil where either side has none, and across versions.
        public var overall: Double?
        /// Dimensions of the later round whose trend breaks here (new, reworded, or without
        /// comparable items), in questionnaire order; empty within one version.
        public var breaks: [String] = []
        /// Dimensions whose change is computed on part of their items only, with how many.
        public var partial: [String: Int] = [:]
        /// The versions differ: the overall trend breaks even where dimensions continue.
        public var acrossVersions: Bool = false
    }

    public enum TrendError: Error, Sendable, Equatable {
        /// A trend follows one cell; these municipalities were mixed.
        case differentCells([String])
        /// Two results for the same year.
        case duplicateYear(Int)
    }

    public var municipality: String
    /// In year order.
    public var rounds: [CellRound]
    /// One fewer than `rounds`, between consecutive rounds.
    public var steps: [Step]

    /// `questionnaires` holds the versions the rounds were given on, so a round on a version that
    /// `continues` the earlier one compares on the items both ask; without them only rounds of
    /// the same version compare.
    public init(rounds: [CellRound], questionnaires: [Questionnaire] = []) throws(TrendError) {
        let municipalities = Set(rounds.map(\.municipality))
        guard municipalities.count <= 1 else { throw .differentCells(municipalities.sorted()) }
        let sorted = rounds.sorted { $0.year < $1.year }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.year == later.year {
            throw .duplicateYear(later.year)
        }
        self.municipality = municipalities.first ?? ""
        self.rounds = sorted
        self.steps = zip(sorted, sorted.dropFirst()).map { earlier, later in
            Self.step(earlier, later, questionnaires: questionnaires)
        }
    }

    /// The change of dimension `id` per step, in year order.
    public func changes(_ dimensionID: String) -> [Double?] {
        steps.map { $0.changes[dimensionID] ?? nil }
    }

    /// One trend per municipality, in municipality order, from rounds of any cells.
    public static func trends(_ rounds: [CellRound], questionnaires: [Questionnaire] = []) throws(TrendError) -> [CellTrend] {
        var trends: [CellTrend] = []
        for (_, cellRounds) in Dictionary(grouping: rounds, by: \.municipality).sorted(by: { $0.key < $1.key }) {
            trends.append(try CellTrend(rounds: cellRounds, questionnaires: questionnaires))
        }
        return trends
    }

    private static func step(_ earlier: CellRound, _ later: CellRound, questionnaires: [Questionnaire]) -> Step {
        let sameVersion = earlier.questionnaireID == later.questionnaireID
            && earlier.questionnaireVersion == later.questionnaireVersion
        guard !sameVersion else { return step(earlier, later) }
        let find = { (round: CellRound) in
            questionnaires.first { $0.id == round.questionnaireID && $0.version == round.questionnaireVersion }
        }
        let core = later.dimensions.filter { !$0.local }.map(\.dimensionID)
        guard let before = find(earlier), let after = find(later),
              let continuity = Continuity(earlier: before, later: after) else {
            return Step(fromYear: earlier.year, toYear: later.year, comparable: false,
                        changes: Dictionary(uniqueKeysWithValues: later.dimensions.map { ($0.dimensionID, nil) }),
                        overall: nil, breaks: core, acrossVersions: true)
        }
        var changes: [String: Double?] = [:]
        var partial: [String: Int] = [:]
        for dimension in later.dimensions {
            guard let link = continuity.link(dimension.dimensionID) else {
                changes[dimension.dimensionID] = .some(nil)
                continue
            }
            if link.complete {
                changes[link.later] = difference(earlier.dimension(link.earlier)?.mean, dimension.mean)
            } else {
                partial[link.later] = link.items.count
                let coverage = after.dimensions.first { $0.id == link.later }?.minCoverage ?? 1
                let was = comparableMean(earlier, items: link.items.map(\.earlier), weights: before, coverage: coverage)
                let now = comparableMean(later, items: link.items.map(\.later), weights: after, coverage: coverage)
                changes[link.later] = difference(was, now)
            }
        }
        return Step(fromYear: earlier.year, toYear: later.year, comparable: !continuity.dimensions.isEmpty, changes: changes,
                    overall: nil, breaks: core.filter { continuity.link($0) == nil }, partial: partial, acrossVersions: true)
    }

    /// The cell's mean over respondents of their weighted mean on `items` only, each respondent
    /// counted when they answered `coverage` of those items' weight; none from fewer than
    /// `ScoringRules.minimumCellRespondents` respondents, whose mean would be their own.
    static func comparableMean(_ round: CellRound, items: [String], weights questionnaire: Questionnaire, coverage: Double) -> Double? {
        let wanted = Set(items)
        let total = questionnaire.scoredItems.filter { wanted.contains($0.id) }.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        let values = round.respondents.compactMap { respondent -> Double? in
            let scores = respondent.dimensions.flatMap(\.items).filter { wanted.contains($0.itemID) }
            let answered = scores.reduce(0) { $0 + $1.weight }
            guard answered > 0, answered >= coverage * total - DimensionScore.tolerance else { return nil }
            return Descriptive.weightedMean(scores.map { ($0.score, $0.weight) })
        }
        guard values.count >= ScoringRules.minimumCellRespondents else { return nil }
        return Descriptive.mean(values)
    }

    private static func step(_ earlier: CellRound, _ later: CellRound) -> Step {
        let comparable = earlier.questionnaireID == later.questionnaireID
            && earlier.questionnaireVersion == later.questionnaireVersion
        var changes: [String: Double?] = [:]
        for dimension in later.dimensions {
            let before = earlier.dimension(dimension.dimensionID)?.mean
            changes[dimension.dimensionID] = comparable ? difference(before, dimension.mean) : nil
        }
        return Step(fromYear: earlier.year, toYear: later.year, comparable: comparable, changes: changes,
                    overall: comparable ? difference(earlier.overall, later.overall) : nil)
    }

    private static func difference(_ before: Double?, _ after: Double?) -> Double? {
        guard let before, let after else { return nil }
        return after - before
    }
}
