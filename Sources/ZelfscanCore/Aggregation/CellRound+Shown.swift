/// The scores of a round that may leave the cell table, by the rule that table follows: a mean
/// over fewer than `minimum` scores is one or two members' own, and the overall score, built
/// from the means counted in it, would give such a mean away. Anything derived from a score (a
/// change, a percentile) must start from these, never from `mean` or `overall` directly.
extension CellRound {
    /// The dimension's mean when at least `minimum` members have a score on it (so the round has
    /// at least as many respondents).
    public func shownMean(_ dimensionID: String, minimum: Int) -> Double? {
        guard let dimension = dimension(dimensionID), dimension.n >= minimum else { return nil }
        return dimension.mean
    }

    /// The overall score when no mean counted in it is withheld.
    public func shownOverall(minimum: Int) -> Double? {
        overallShown(minimum: minimum) ? overall : nil
    }
}
