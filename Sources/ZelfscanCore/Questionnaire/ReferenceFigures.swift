/// Figures from a published survey, kept beside the questionnaire with their source so every
/// report can say where a number comes from.
public struct ReferenceFigureSet: Sendable, Equatable {
    public struct Source: Sendable, Equatable {
        public var title: String
        public var publisher: String
        public var year: Int
        public var period: String?
        public var document: String?
        public var note: LocalizedText?
    }

    public var id: String
    /// Made-up figures are labelled as such wherever they are shown.
    public var synthetic: Bool
    public var source: Source
    public var figures: [ReferenceFigure]

    public func figure(_ id: String) -> ReferenceFigure? {
        figures.first { $0.id == id }
    }
}

public struct ReferenceFigure: Sendable, Equatable {
    public struct Value: Sendable, Equatable {
        public var category: String
        public var percent: Double
        /// The source gave words ("bijna 3 op 4") rather than this percentage.
        public var approximate: Bool = false
    }

    public var id: String
    public var table: String
    public var n: Int?
    public var unit: String
    public var question: LocalizedText
    public var values: [Value]
    public var otherValues: [Value]
    public var note: LocalizedText?
}
