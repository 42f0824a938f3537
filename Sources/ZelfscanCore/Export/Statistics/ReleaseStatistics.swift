/// The aggregate tables of export format 3 (`stats_*.csv`), computed from the full data so that
/// researchers get descriptives, ICCs, item counts and the reference comparison without any
/// cell's own values (docs/privacy.md rule 4).
///
/// Every released statistic covers at least `minimumCells` cells: distinct municipalities within
/// a year, or cell rounds for a statistic over all years. Counts are rounded to a multiple of
/// `rounding`, half up. No minimum, maximum, median or quantile is released: each would be one
/// cell's own value.
public struct ReleaseStatistics: Sendable {
    public var questionnaire: Questionnaire
    /// The published figure sets the reference table may use; a `benchmark` whose figure is not
    /// among them is left out.
    public var figures: [ReferenceFigureSet]
    public var minimumCells: Int
    public var rounding: Int

    /// Rounds with fewer submitted responses are left out of `stats_dimensions`
    /// (docs/export-format.md): their cell mean is one or two persons' own score.
    public static let minimumRespondents = 3
    /// What every export uses (docs/privacy.md rule 4); tests may choose others.
    public static let standardMinimumCells = 10
    public static let standardRounding = 5

    public init(questionnaire: Questionnaire, figures: [ReferenceFigureSet], minimumCells: Int = standardMinimumCells,
                rounding: Int = standardRounding) {
        self.questionnaire = questionnaire
        self.figures = figures
        self.minimumCells = minimumCells
        self.rounding = max(1, rounding)
    }

    /// `count` to the nearest multiple of `rounding`, halves up (with 5, 12 → 10 and 13 → 15;
    /// with 10, 15 → 20), so that adding one cell or respondent seldom changes a released count.
    public func rounded(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        return (2 * count + rounding) / (2 * rounding) * rounding
    }

    /// A released real: `decimals` places, halves away from zero.
    static func real(_ value: Double, decimals: Int) -> ExportTable.Value {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return .real((value * scale).rounded() / scale)
    }

    /// Distinct municipalities: the unit every threshold counts.
    static func cells(_ rounds: [StatisticsRound]) -> Int {
        Set(rounds.map(\.member)).count
    }

    static func members(_ rounds: [StatisticsRound]) -> Set<String> {
        Set(rounds.map(\.member))
    }

    /// Dimension ids in questionnaire order, then `overall`.
    var dimensionIDs: [String] { questionnaire.dimensions.map(\.id) + ["overall"] }
}
