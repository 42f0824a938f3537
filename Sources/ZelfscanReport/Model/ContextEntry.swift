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
    /// A fact its role has not given: the members' counts would stand in for it, so none are shown.
    public struct OpenFact: Sendable, Equatable {
        /// The role's own label from the questionnaire, such as "Coördinator".
        public var role: String
        /// The label of the missing answer the role gave ("Weet ik niet"); nil when it gave none yet.
        public var missing: String?
    }

    public var openFact: OpenFact? = nil
    /// Each member answers it about themselves (`about: respondent`): no disagreement to discuss.
    public var aboutRespondent: Bool = false
}

extension ContextEntry.OpenFact {
    /// Nil unless `item` is a fact (`answered_by:`) that no respondent with its role answered.
    init?(_ item: ContextItem, round: CellRound, questionnaire: Questionnaire, language: Language) {
        guard let fact = item.fact, let result = round.fact(item.id), result.roleRespondents == 0 else { return nil }
        role = questionnaire.role(fact.role)?.label.text(language) ?? fact.role
        missing = result.roleMissing.map { code in item.missing.first { $0.code == code }?.label.text(language) ?? code }
    }
}
