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
}
