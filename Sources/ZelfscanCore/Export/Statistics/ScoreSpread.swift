/// The respondents' scores of one cell on one dimension as the ICC needs them: how many, their
/// mean and their sum of squared deviations from it. Kept instead of the scores themselves, so
/// a streaming export holds a few numbers per round however many respondents it has.
public struct ScoreSpread: Sendable, Equatable {
    public var count: Int
    public var mean: Double
    /// Σ (y − mean)², computed from the scores in two passes (exact, not from Σy²).
    public var squares: Double

    public init(_ scores: [Double]) {
        count = scores.count
        mean = Descriptive.mean(scores) ?? 0
        squares = scores.reduce(0) { [mean] in $0 + ($1 - mean) * ($1 - mean) }
    }
}
