/// Unscored questions about the cell, asked before the dimensions.
public struct ContextModule: Sendable, Equatable {
    public var title: LocalizedText
    public var items: [ContextItem]
}

public struct ContextItem: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case single
        case multiple
        case number
        case text
    }

    public struct Choice: Sendable, Equatable {
        public var code: String
        public var label: LocalizedText
        /// For multiple choice: an answer such as "none" that cannot be combined with the others.
        public var exclusive: Bool = false
    }

    public var id: String
    public var kind: Kind
    public var text: LocalizedText
    public var help: LocalizedText?
    public var options: [Choice]
    public var missing: [MissingOption]
    public var benchmark: FigureReference?
    public var showIf: Condition?
    public var minimum: Double?
    public var maximum: Double?
    public var integer: Bool
    public var unit: LocalizedText?
    public var maxLength: Int
    /// Set when the answer describes the whole cell and an export may release it per cell round.
    public var cellFact: CellFact? = nil
}

/// Points a context item at a published figure: `SOURCE-ID.FIGURE-ID`.
public struct FigureReference: Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var figure: String

    public var description: String { "\(source).\(figure)" }
}
