/// A cell's combined result for one round (municipality + year), from submitted responses only.
public struct CellRound: Sendable, Equatable {
    public var municipality: String
    public var year: Int
    public var questionnaireID: String
    public var questionnaireVersion: String
    /// True when any response is generated demo data; such a round must be labelled as such.
    public var synthetic: Bool
    /// Submitted respondents, ordered by respondent code.
    public var respondents: [RespondentScore]
    /// In questionnaire order.
    public var dimensions: [CellDimensionResult]
    /// Every scored item, in questionnaire order.
    public var items: [ItemDistribution]
    /// One per dimension, in questionnaire order.
    public var roleGroups: [RoleGroupComparison]
    /// Mean of the dimension means, only when every dimension has a mean (see `docs/scoring.md`).
    public var overall: Double?
    /// Band code of the unrounded overall score.
    public var overallBand: String?

    public var key: CellKey { CellKey(municipality: municipality, year: year) }

    /// Submitted respondents.
    public var n: Int { respondents.count }

    public func dimension(_ id: String) -> CellDimensionResult? {
        dimensions.first { $0.dimensionID == id }
    }

    public func item(_ id: String) -> ItemDistribution? {
        items.first { $0.itemID == id }
    }

    public func roleGroups(_ dimensionID: String) -> RoleGroupComparison? {
        roleGroups.first { $0.dimensionID == dimensionID }
    }
}
