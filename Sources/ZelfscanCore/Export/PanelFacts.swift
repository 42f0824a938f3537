/// What an outsider can know about one cell round and the panel releases: the Belfius group
/// and each declared cell fact. Year and participation come from the round itself.
public struct PanelFacts: Sendable, Hashable {
    /// Written where a value was removed to reach k.
    public static let removed = "removed"
    /// Written where the value is not known (a workspace without a Belfius cluster).
    public static let unknown = "unknown"
    /// Written where no category had more than half of the members' answers.
    public static let undetermined = "undetermined"

    /// A Belfius group code, `unknown` or `removed`.
    public var group: String
    /// One value per declared cell fact, in questionnaire order: a category, a coarse category,
    /// `undetermined` or `removed`.
    public var facts: [String]

    public init(group: String, facts: [String]) {
        self.group = group
        self.facts = facts
    }

    /// The value of a fact in a round: the category named by more than half of the members who
    /// answered it (a missing code is no answer), else `undetermined`.
    public static func majority(_ answers: [Answer?], fact: CellFact) -> String {
        var counts: [String: Int] = [:]
        var answered = 0
        for case .choice(let code)? in answers {
            guard let category = fact.category(of: code) else { continue }
            counts[category, default: 0] += 1
            answered += 1
        }
        guard let top = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), top.value * 2 > answered else { return undetermined }
        return top.key
    }
}
