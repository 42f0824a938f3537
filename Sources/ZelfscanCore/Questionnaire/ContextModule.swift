/// Unscored questions about the cell, asked before the dimensions.
public struct ContextModule: Sendable, Equatable {
    public var title: LocalizedText
    public var items: [ContextItem]
}

/// Who answers an item that is a fact about the cell, and what the others' answers mean.
public struct FactRole: Sendable, Equatable {
    /// What the other respondents' answers to a fact measure.
    public enum Others: String, Sendable, Equatable, CaseIterable {
        /// How well the cell knows its own arrangements: their "don't know" rate is reported,
        /// never their answers as the fact.
        case knowledge
    }

    /// The role whose respondent gives the cell's fact.
    public var role: String
    /// What shows the fact, shown as help to that role.
    public var evidence: LocalizedText?
    /// Nil: only `role` is asked.
    public var others: Others?

    public init(role: String, evidence: LocalizedText? = nil, others: Others? = nil) {
        self.role = role
        self.evidence = evidence
        self.others = others
    }

    /// Whether a respondent with `respondentRole` is asked the item at all.
    public func asks(_ respondentRole: String) -> Bool {
        respondentRole == role || others != nil
    }
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
    /// Set for a fact answered once, by one role (`answered_by:`), never averaged over members.
    public var fact: FactRole? = nil
    /// The item of the earlier version that asked the same question.
    public var continues: String? = nil
    /// Each member answers it about themselves (`about: respondent`), such as whether they were
    /// involved in a case: different answers are no disagreement about the cell, and small
    /// counts would point at the few who gave them.
    public var aboutRespondent: Bool = false
}

/// Points a context item at a published figure: `SOURCE-ID.FIGURE-ID`.
public struct FigureReference: Sendable, Equatable, CustomStringConvertible {
    public var source: String
    public var figure: String

    public var description: String { "\(source).\(figure)" }
}
