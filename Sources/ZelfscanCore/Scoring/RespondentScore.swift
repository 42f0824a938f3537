/// One respondent's scores: per dimension, and overall only when every dimension has a score, so
/// an overall figure never hides a dimension that could not be scored.
public struct RespondentScore: Sendable, Equatable {
    public var respondent: String
    public var role: String
    /// The role's group; nil for a role the questionnaire does not know.
    public var roleGroup: String?
    public var municipality: String
    public var year: Int
    public var synthetic: Bool
    /// In questionnaire order.
    public var dimensions: [DimensionScore]

    public init(respondent: String, role: String, roleGroup: String?, municipality: String, year: Int,
                synthetic: Bool, dimensions: [DimensionScore]) {
        self.respondent = respondent
        self.role = role
        self.roleGroup = roleGroup
        self.municipality = municipality
        self.year = year
        self.synthetic = synthetic
        self.dimensions = dimensions
    }

    public func dimension(_ id: String) -> DimensionScore? {
        dimensions.first { $0.dimensionID == id }
    }

    /// Mean of the scores of the dimensions counted in the overall (not local, not `overall:
    /// false`) when every one has a score; otherwise nil.
    public var overall: Double? {
        let core = dimensions.filter(\.countsInOverall)
        let values = core.compactMap(\.value)
        guard !core.isEmpty, values.count == core.count else { return nil }
        return Descriptive.mean(values)
    }
}
