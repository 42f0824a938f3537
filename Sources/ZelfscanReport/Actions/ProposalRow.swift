import ZelfscanCore

/// A proposed action as the report prints it: its stable id, the action, and the dimension and
/// statements that made it come up, in the report's language.
public struct ProposalRow: Sendable, Equatable {
    /// "P1" … "P5", as `ActionProposer` numbers them.
    public var id: String
    public var dimension: String
    /// Statement texts, weakest first.
    public var statements: [String]
    public var text: String
    /// The advice belongs to the statement rather than to the dimension's band.
    public var fromStatement: Bool

    init(_ proposal: ProposedAction, questionnaire: Questionnaire, language: Language) {
        let dimension = questionnaire.dimensions.first { $0.id == proposal.dimension }
        let items = dimension?.items ?? []
        id = proposal.id
        self.dimension = dimension?.title.text(language) ?? proposal.dimension
        statements = proposal.items.map { id in items.first { $0.id == id }?.text.text(language) ?? id }
        text = proposal.text.text(language)
        if case .itemAdvice = proposal.source { fromStatement = true } else { fromStatement = false }
    }
}
