/// How a cell did on one knowledge question: counts only, never who answered what.
public struct KnowledgeResult: Sendable, Equatable {
    public var itemID: String
    /// Members shown the question.
    public var asked: Int
    /// Members who chose the right option.
    public var correct: Int
    /// Members who chose a "don't know" code.
    public var dontKnow: Int

    /// Share (0–1) of the members asked who knew the answer; nil when nobody was asked.
    public var correctShare: Double? {
        asked > 0 ? Double(correct) / Double(asked) : nil
    }

    public init(item: KnowledgeItem, visibilities: [Visibility]) {
        itemID = item.id
        let shown = visibilities.filter { $0.isShown(item.id) }
        asked = shown.count
        correct = shown.filter { $0.answers[item.id] == .choice(item.correct) }.count
        dontKnow = shown.filter { visibility in
            guard case .missing(let code)? = visibility.answers[item.id] else { return false }
            return item.question.missing.kind(of: code) == .dontKnow
        }.count
    }
}
