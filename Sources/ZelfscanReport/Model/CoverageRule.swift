/// How much of a dimension's weight a member must answer to get a score there, as the
/// questionnaire sets it (`min_coverage`), so the method text states this questionnaire's rule.
public struct CoverageRule: Sendable, Equatable {
    public var dimension: String
    /// The share of the weight shown, in (0, 1].
    public var share: Double
}
