/// The rows of `items.csv` for one round: every released scored item of every respondent, with
/// its status. Whether a conditional item was shown says something about the respondent; within
/// a round, a pattern of shown items held by only one or two respondents would single them out
/// (docs/privacy.md, rule 3), so such a round's conditional items are withheld for everyone in it.
public struct ItemRelease: Sendable {
    /// The status of an item withheld by the pattern rule.
    public static let withheld = "withheld"
    /// Fewest respondents of a round that may share one pattern of shown conditional items.
    public static let minimumPattern = 3

    public struct Row: Sendable, Equatable {
        public var item: String
        /// The scale value as answered; nil unless the status is `answered`.
        public var value: Double?
        public var status: String
    }

    /// Scored items released item by item, in questionnaire order.
    public var released: [String]
    /// The released items that have a condition.
    public var conditional: Set<String>

    public init(questionnaire: Questionnaire) {
        let roleDependent = RoleDependence.items(of: questionnaire)
        released = questionnaire.scoredItems.map(\.id).filter { !roleDependent.contains($0) }
        conditional = RoleDependence.conditionalItems(of: questionnaire).intersection(released)
    }

    /// Each respondent's rows, in the order given; `withheld` tells whether the rule applied.
    public func round(_ statuses: [[(item: String, status: ItemAnswerStatus)]]) -> (respondents: [[Row]], withheld: Bool) {
        let keep = Set(released)
        var patterns: [Set<String>: Int] = [:]
        for respondent in statuses {
            patterns[Set(respondent.filter { conditional.contains($0.item) && $0.status != .notShown }.map(\.item)), default: 0] += 1
        }
        let withhold = patterns.values.contains { $0 < Self.minimumPattern }
        let rows = statuses.map { respondent in
            respondent.filter { keep.contains($0.item) }.map { entry -> Row in
                if withhold, conditional.contains(entry.item) { return Row(item: entry.item, value: nil, status: Self.withheld) }
                if case .answered(let value) = entry.status { return Row(item: entry.item, value: value, status: entry.status.code) }
                return Row(item: entry.item, value: nil, status: entry.status.code)
            }
        }
        return (rows, withhold)
    }
}
