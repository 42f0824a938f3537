/// A short, unscored check of what members know (the legal framework, say). Its result is only
/// ever shown per cell and per statement, never per person.
public struct KnowledgeModule: Sendable, Equatable {
    public var title: LocalizedText
    public var items: [KnowledgeItem]
}

/// A single-choice question with one right option.
public struct KnowledgeItem: Sendable, Equatable {
    /// The question as a respondent meets it: asked like a context question.
    public var question: ContextItem
    /// The option code that is right.
    public var correct: String
    /// Shown after the round in the report.
    public var explanation: LocalizedText?

    public var id: String { question.id }
}
