/// Where peers stand on one measure: median and quartiles (type 7, see `Quantile`), and the cell's
/// percentile rank among them. No ranking of named cells, only the distribution.
public struct PeerDistribution: Sendable, Equatable {
    /// Distinct other municipalities with a value.
    public var municipalities: Int
    public var median: Double
    public var firstQuartile: Double
    public var thirdQuartile: Double
    /// The cell's mid-rank percentile (`PercentileRank`) among the peers: the share of them
    /// below it, ties counted half; nil when the cell has no score on the measure.
    public var percentileRank: Double?

    public init?(values: [Double], cellValue: Double?) {
        guard let median = Quantile.type7(values, 0.5),
              let q1 = Quantile.type7(values, 0.25),
              let q3 = Quantile.type7(values, 0.75) else { return nil }
        self.municipalities = values.count
        self.median = median
        self.firstQuartile = q1
        self.thirdQuartile = q3
        self.percentileRank = cellValue.flatMap { PercentileRank.of($0, among: values) }
    }
}
