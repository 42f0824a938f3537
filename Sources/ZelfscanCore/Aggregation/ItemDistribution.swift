/// How a cell answered one scored statement: counts per option and per "don't know"-style code,
/// so a report can show where a low score comes from and how often members could not answer.
public struct ItemDistribution: Sendable, Equatable {
    public struct ValueCount: Sendable, Equatable {
        public var value: Double
        public var count: Int
    }

    public struct CodeCount: Sendable, Equatable {
        public var code: String
        public var count: Int
    }

    public var itemID: String
    public var dimensionID: String
    /// Respondents who were shown the item.
    public var shown: Int
    /// Per option of the scale, in scale order (zero counts included).
    public var values: [ValueCount]
    /// Per missing code of the scale, in scale order.
    public var missing: [CodeCount]
    /// Shown but left without any answer (skipped or not reached).
    public var unanswered: Int

    /// Respondents who gave a scale value.
    public var answered: Int { values.reduce(0) { $0 + $1.count } }

    /// Share (0–1) of the respondents shown the item who chose a missing code; nil if nobody saw it.
    public var dontKnowShare: Double? {
        guard shown > 0 else { return nil }
        return Double(missing.reduce(0) { $0 + $1.count }) / Double(shown)
    }

    /// Counts the answers of respondents who were shown the item.
    public init(item: Item, dimensionID: String, scale: Scale, visibilities: [Visibility]) {
        let seen = visibilities.filter { $0.isShown(item.id) }
        let answers = seen.compactMap { $0.answers[item.id] }
        self.itemID = item.id
        self.dimensionID = dimensionID
        self.shown = seen.count
        self.values = scale.options.map { option in
            ValueCount(value: option.value, count: answers.filter { $0 == .scale(option.value) }.count)
        }
        self.missing = scale.missing.map { option in
            CodeCount(code: option.code, count: answers.filter { $0 == .missing(option.code) }.count)
        }
        self.unanswered = seen.count - answers.count
    }
}
