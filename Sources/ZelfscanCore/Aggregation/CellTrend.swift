/// One cell's rounds side by side with the change per dimension between consecutive rounds, so a
/// cell can see whether its improvement actions made a difference.
public struct CellTrend: Sendable, Equatable {
    /// The change from one round to the next.
    public struct Step: Sendable, Equatable {
        public var fromYear: Int
        public var toYear: Int
        /// False when the rounds used another questionnaire id or version: their scores are not
        /// comparable, and every change is nil.
        public var comparable: Bool
        /// Later mean minus earlier mean per dimension id; nil where either side has no mean.
        public var changes: [String: Double?]
        /// Change of the overall score; nil where either side has none.
        public var overall: Double?
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

    public init(rounds: [CellRound]) throws(TrendError) {
        let municipalities = Set(rounds.map(\.municipality))
        guard municipalities.count <= 1 else { throw .differentCells(municipalities.sorted()) }
        let sorted = rounds.sorted { $0.year < $1.year }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.year == later.year {
            throw .duplicateYear(later.year)
        }
        self.municipality = municipalities.first ?? ""
        self.rounds = sorted
        self.steps = zip(sorted, sorted.dropFirst()).map(Self.step)
    }

    /// The change of dimension `id` per step, in year order.
    public func changes(_ dimensionID: String) -> [Double?] {
        steps.map { $0.changes[dimensionID] ?? nil }
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
