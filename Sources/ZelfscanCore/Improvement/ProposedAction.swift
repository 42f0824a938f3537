/// An improvement action the report proposes for the evaluation meeting to adopt, adapt or drop,
/// tied to the statements that made it come up so the meeting knows why it is there.
public struct ProposedAction: Sendable, Equatable {
    /// Where the text comes from: advice the questionnaire ties to one statement, or the advice of
    /// the band the dimension reached.
    public enum Source: Sendable, Equatable {
        case itemAdvice(itemID: String)
        case bandAdvice(band: String)
    }

    /// "P1" … "P5", in priority order; stable for a round, so `zelfscan plan adopt P2` finds the
    /// same action the printed report shows.
    public var id: String
    public var dimension: String
    /// The statements (item ids) that triggered it, weakest first.
    public var items: [String]
    public var text: LocalizedText
    public var source: Source
    /// 1 is the first to discuss.
    public var priority: Int

    public init(id: String, dimension: String, items: [String], text: LocalizedText, source: Source, priority: Int) {
        self.id = id
        self.dimension = dimension
        self.items = items
        self.text = text
        self.source = source
        self.priority = priority
    }
}
