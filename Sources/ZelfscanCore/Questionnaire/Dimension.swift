/// One of the scored factors of a working cell, such as trust.
public struct Dimension: Sendable, Equatable {
    public var id: String
    public var title: LocalizedText
    public var description: LocalizedText?
    /// Share of the shown items' weight that must be answered for the dimension to get a score.
    public var minCoverage: Double
    public var items: [Item]
    /// Improvement actions per band code.
    public var advice: [String: [LocalizedText]]
    /// A coach's own module: shown and reported, but outside the overall score, the peer
    /// comparison and the core's comparability.
    public var local: Bool = false
    /// False for a dimension asked of part of the cell only (`overall: false`): scored, shown and
    /// compared with peers on its own, but kept out of the overall score, which would otherwise
    /// vanish whenever fewer than the minimum of members were asked it.
    public var inOverall: Bool = true
    /// Who is asked this dimension, as a noun phrase ("the members involved in the reference
    /// case"), so a report can say why it has no score in words the cell understands.
    public var askedOf: LocalizedText? = nil
    /// The dimension of the earlier version this one continues (see `Questionnaire.continues`).
    public var continues: String? = nil

    /// Counted in the overall score: neither local nor marked `overall: false`.
    public var countsInOverall: Bool { !local && inOverall }
}

/// A scored statement.
public struct Item: Sendable, Equatable {
    public var id: String
    public var text: LocalizedText
    public var help: LocalizedText?
    public var scale: String
    public var reverse: Bool
    public var weight: Double
    public var showIf: Condition?
    /// Improvement actions that fit when this statement is among the cell's weakest; reports
    /// propose these before the dimension's band advice.
    public var advice: [LocalizedText] = []
    /// The item of the earlier version that asked the same statement; nil for a new or reworded
    /// item, where the trend breaks.
    public var continues: String? = nil
}
