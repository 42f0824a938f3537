/// ICC(1) and ICC(2) of a one-way random-effects ANOVA (respondents nested in cells), for
/// groups of unequal size: how much of the spread in scores lies between cells, and how reliably
/// a cell mean tells cells apart.
///
/// With k groups of sizes nᵢ, N = Σnᵢ, group means ȳᵢ and grand mean ȳ:
///
///     MSB = Σ nᵢ (ȳᵢ − ȳ)² / (k − 1)
///     MSW = Σᵢ Σⱼ (yᵢⱼ − ȳᵢ)² / (N − k)
///     n₀  = (N − Σ nᵢ² / N) / (k − 1)        (the average group size corrected for imbalance)
///     ICC(1) = (MSB − MSW) / (MSB + (n₀ − 1) · MSW)
///     ICC(2) = (MSB − MSW) / MSB
///
/// n₀ is the usual correction for unequal groups (Snedecor & Cochran); for equal groups it is
/// the group size and the two ICCs are Shrout & Fleiss's (1979) ICC(1,1) and ICC(1,k), as R's
/// `psych::ICC` gives them. Either can be negative when cells differ less than chance would
/// make them: that is released as it is, not cut off at 0.
struct IntraclassCorrelation: Equatable {
    var icc1: Double?
    var icc2: Double?
    var groups: Int
    var observations: Int

    /// Nil below two groups or when no group has two observations (no within-group spread).
    init?(_ groups: [[Double]]) {
        self.init(spreads: groups.map(ScoreSpread.init))
    }

    /// The same from each group's count, mean and squared deviations.
    init?(spreads: [ScoreSpread]) {
        let groups = spreads.filter { $0.count > 0 }
        let k = groups.count
        let n = groups.reduce(0) { $0 + $1.count }
        guard k >= 2, n > k else { return nil }
        let grand = groups.reduce(0.0) { $0 + Double($1.count) * $1.mean } / Double(n)
        var between = 0.0, within = 0.0, squaredSizes = 0.0
        for group in groups {
            between += Double(group.count) * (group.mean - grand) * (group.mean - grand)
            within += group.squares
            squaredSizes += Double(group.count * group.count)
        }
        let msb = between / Double(k - 1)
        let msw = within / Double(n - k)
        let n0 = (Double(n) - squaredSizes / Double(n)) / Double(k - 1)
        let denominator1 = msb + (n0 - 1) * msw
        self.icc1 = denominator1 > 0 ? (msb - msw) / denominator1 : nil
        self.icc2 = msb > 0 ? (msb - msw) / msb : nil
        self.groups = k
        self.observations = n
    }
}
