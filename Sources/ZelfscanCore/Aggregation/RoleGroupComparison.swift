/// Dimension means per role group, shown only when every group present has enough respondents.
/// All or nothing: with the cell mean known, showing all groups but one would reveal the last
/// group's mean by subtraction.
public struct RoleGroupComparison: Sendable, Equatable {
    public struct GroupMean: Sendable, Equatable {
        public var group: String
        public var n: Int
        public var mean: Double
    }

    /// Difference between two groups' means: `first` minus `second`.
    public struct Gap: Sendable, Equatable {
        public var first: String
        public var second: String
        public var difference: Double
    }

    public enum HiddenReason: Sendable, Equatable {
        /// Hidden to protect respondents: these groups have fewer than the minimum (group → n).
        case protectRespondents(smallGroups: [String: Int], minimum: Int)
        /// Fewer than two groups have scores, so there is nothing to compare.
        case fewerThanTwoGroups
    }

    public enum State: Sendable, Equatable {
        /// Means in questionnaire group order; gaps for every pair, in that order.
        case shown(means: [GroupMean], gaps: [Gap])
        case hidden(HiddenReason)
    }

    public var dimensionID: String
    public var state: State

    /// `scores` pairs each scored respondent's role group with the dimension score.
    public init(dimensionID: String, scores: [(group: String, score: Double)], groupOrder: [String],
                minimumGroupSize: Int) {
        self.dimensionID = dimensionID
        var byGroup: [String: [Double]] = [:]
        for entry in scores { byGroup[entry.group, default: []].append(entry.score) }
        let order = groupOrder.filter { byGroup[$0] != nil } + byGroup.keys.filter { !groupOrder.contains($0) }.sorted()
        guard order.count >= 2 else {
            state = .hidden(.fewerThanTwoGroups)
            return
        }
        let small = byGroup.filter { $0.value.count < minimumGroupSize }.mapValues(\.count)
        guard small.isEmpty else {
            state = .hidden(.protectRespondents(smallGroups: small, minimum: minimumGroupSize))
            return
        }
        let means = order.map { group in
            let values = byGroup[group, default: []].sorted()
            return GroupMean(group: group, n: values.count, mean: Descriptive.mean(values) ?? 0)
        }
        var gaps: [Gap] = []
        for (index, first) in means.enumerated() {
            for second in means[(index + 1)...] {
                gaps.append(Gap(first: first.group, second: second.group, difference: first.mean - second.mean))
            }
        }
        state = .shown(means: means, gaps: gaps)
    }
}
