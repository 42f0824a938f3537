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
    /// Mean of the means of the dimensions counted in the overall (not local, not `overall:
    /// false`), only when every one has a mean (see `docs/scoring.md`).
    public var overall: Double?
    /// Band code of the unrounded overall score.
    public var overallBand: String?
    /// The cell's facts (`answered_by`), in questionnaire order: never averaged, never in a score.
    public var facts: [CellFactResult] = []
    /// Per knowledge question, how many members answered it rightly; empty below
    /// `ScoringRules.minimumCellRespondents`, so it never shows one person's knowledge.
    public var knowledge: [KnowledgeResult] = []

    public var key: CellKey { CellKey(municipality: municipality, year: year) }

    /// Submitted respondents.
    public var n: Int { respondents.count }

    /// Whether the overall score may be shown: it is built from the means of the dimensions
    /// counted in it, so it would give away one of them that is withheld (fewer than `minimum`
    /// scores). A dimension outside the overall withheld does not hide it.
    public func overallShown(minimum: Int) -> Bool {
        dimensions.filter(\.countsInOverall).allSatisfy { $0.n >= minimum }
    }

    public func dimension(_ id: String) -> CellDimensionResult? {
        dimensions.first { $0.dimensionID == id }
    }

    public func item(_ id: String) -> ItemDistribution? {
        items.first { $0.itemID == id }
    }

    public func fact(_ itemID: String) -> CellFactResult? {
        facts.first { $0.itemID == itemID }
    }

    public func roleGroups(_ dimensionID: String) -> RoleGroupComparison? {
        roleGroups.first { $0.dimensionID == dimensionID }
    }
}
