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
    /// Mean of the core (not local) dimension means, only when every one has a mean (see
    /// `docs/scoring.md`).
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
