/// A cell's result on one dimension in one round: the spread beside the mean, because a cell
/// result only means something when the members roughly agree.
public struct CellDimensionResult: Sendable, Equatable {
    public var dimensionID: String
    /// Respondents with a score on this dimension.
    public var n: Int
    /// Submitted respondents without a score here (insufficient data or nothing shown).
    public var unscored: Int
    public var mean: Double?
    /// Sample standard deviation (n − 1); nil below `ScoringRules.minimumSpreadRespondents`.
    public var standardDeviation: Double?
    public var minimum: Double?
    public var maximum: Double?
    /// Band code of the unrounded mean.
    public var band: String?
    /// SD above the rules' threshold.
    public var disagreement: Bool
    /// rwg(J) over the dimension's items (see `AgreementIndex`); nil where the SD is.
    public var agreement: Double?
    /// A local module: reported, but outside the overall score and the peer comparison.
    public var local: Bool = false
    /// Part of the cell's overall score: neither local nor marked `overall: false`.
    public var countsInOverall: Bool = true
    /// Submitted respondents shown at least one of the dimension's items; below the minimum a
    /// report says the dimension was asked of too few, never how many.
    public var asked: Int = 0

    public init(dimensionID: String, scores: [Double], unscored: Int, bands: [Band],
                agreement: Double?, rules: ScoringRules) {
        let sorted = scores.sorted()
        self.dimensionID = dimensionID
        self.n = sorted.count
        self.unscored = unscored
        self.mean = Descriptive.mean(sorted)
        let spread = sorted.count >= ScoringRules.minimumSpreadRespondents
        self.standardDeviation = spread ? Descriptive.sampleStandardDeviation(sorted) : nil
        self.minimum = sorted.first
        self.maximum = sorted.last
        self.band = mean.flatMap { bands.band(for: $0)?.code }
        self.disagreement = standardDeviation.map { $0 > rules.disagreementThreshold } ?? false
        self.agreement = spread ? agreement : nil
    }

    /// A result known only by its mean and n, as an anonymised export gives it: no spread, no
    /// agreement, no disagreement flag.
    public init(dimensionID: String, mean: Double?, n: Int, bands: [Band]) {
        self.dimensionID = dimensionID
        self.n = n
        self.unscored = 0
        self.mean = mean
        self.standardDeviation = nil
        self.minimum = nil
        self.maximum = nil
        self.band = mean.flatMap { bands.band(for: $0)?.code }
        self.disagreement = false
        self.agreement = nil
    }

    /// `AgreementIndex.Level` of `agreement`, for words in a report.
    public var agreementLevel: AgreementIndex.Level? { agreement.map(AgreementIndex.Level.init) }
}
