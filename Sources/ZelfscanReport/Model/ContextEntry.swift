import ZelfscanCore

/// A context question with the cell's answers beside the published figure, with its source.
public struct ContextEntry: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var label: String
        /// Members who chose the option.
        public var count: Int
        /// The published percentage; nil when the source gives none for this option.
        public var figurePercent: Double?
        /// The source gave words rather than a number.
        public var approximate: Bool
    }

    public var itemID: String
    public var question: String
    public var multiple: Bool
    /// Members who answered (missing codes left out).
    public var answered: Int
    public var rows: [Row]
    /// Labels of the option(s) most members chose (single choice), for the headline sentence.
    public var mostChosen: [Row]
    /// E.g. "VVSG-ledenbevraging 2022, Figuur 8".
    public var source: String
    public var figureN: Int?
    public var synthetic: Bool
    /// A fact answered by one role (`answered_by:`): the members' differing answers are no
    /// disagreement to put to the meeting.
    public var isFact: Bool = false
}
