/// One line of the respondent's own result shown after submitting: a dimension and its score
/// with the band in words, so nothing depends on colour.
///
/// Made by the caller's scoring, which lives outside this target.
public struct FeedbackLine: Sendable, Equatable {
    /// The dimension's title in the session's language.
    public var dimension: String
    /// The unrounded 0–100 score; nil when too few items were answered ("insufficient data").
    public var score: Double?
    /// The band's label in the session's language, such as "In ontwikkeling".
    public var band: String?

    public init(dimension: String, score: Double?, band: String?) {
        self.dimension = dimension
        self.score = score
        self.band = band
    }
}
