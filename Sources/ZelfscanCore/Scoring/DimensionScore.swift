/// One respondent's result on one dimension, keeping the weights behind it so a report can say
/// why a dimension has no score.
public struct DimensionScore: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case scored(Double)
        /// Answered weight below the coverage threshold: "onvoldoende gegevens", never 0.
        case insufficientData
        /// The respondent was shown none of the dimension's items.
        case noItemsShown
    }

    public var dimensionID: String
    /// Scores of the answered shown items, in questionnaire order.
    public var items: [ItemScore]
    /// Total weight of the items shown to the respondent.
    public var shownWeight: Double
    /// Weight of the shown items answered with a scale value.
    public var answeredWeight: Double
    /// The share of `shownWeight` that must be answered.
    public var minimumCoverage: Double
    public var status: Status
    /// A local module's score: shown, never part of the overall score.
    public var local: Bool = false
    /// Part of the overall score: neither local nor marked `overall: false`.
    public var countsInOverall: Bool = true

    /// The 0–100 score, or nil for insufficient data or no items shown.
    public var value: Double? {
        if case .scored(let value) = status { return value }
        return nil
    }

    /// Answered weight as a share of shown weight; nil when nothing was shown.
    public var coverage: Double? {
        shownWeight > 0 ? answeredWeight / shownWeight : nil
    }

    /// Slack in the coverage comparison, so exactly 60% answered counts as 60% despite binary
    /// residue in 0.6 × the shown weight.
    static let tolerance = 1e-9

    /// Applies the coverage rule to the answered items of a dimension.
    public init(dimensionID: String, items: [ItemScore], shownWeight: Double, minimumCoverage: Double) {
        self.dimensionID = dimensionID
        self.items = items
        self.shownWeight = shownWeight
        self.minimumCoverage = minimumCoverage
        let answered = items.reduce(0) { $0 + $1.weight }
        self.answeredWeight = answered
        if shownWeight <= 0 {
            status = .noItemsShown
        } else if answered <= 0 || answered < minimumCoverage * shownWeight - Self.tolerance {
            status = .insufficientData
        } else if let mean = Descriptive.weightedMean(items.map { ($0.score, $0.weight) }) {
            status = .scored(mean)
        } else {
            status = .insufficientData
        }
    }
}
