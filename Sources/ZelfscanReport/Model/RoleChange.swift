import ZelfscanCore

/// Which roles answered this round but not in the previous comparable one, or the other way
/// round, and per dimension the change among the roles that answered both times: a change that
/// mostly reflects who answered must not be read as the cell getting worse or better.
public struct RoleChange: Sendable, Equatable {
    public struct SameRoles: Sendable, Equatable {
        public var change: Double
        public var before: Int
        public var after: Int
    }

    public var previousYear: Int
    /// Role labels, in questionnaire order.
    public var gone: [String]
    public var new: [String]
    /// Per dimension id: the like-for-like change, or nil when showing it would give away the
    /// scores of fewer than the minimum number of members (those who answered only one year).
    public var sameRoles: [String: SameRoles?]

    /// Nil when the same roles answered in both rounds.
    init?(previous: CellRound, current: CellRound, questionnaire: Questionnaire, minimum: Int, language: Language) {
        let before = Set(previous.respondents.map(\.role))
        let now = Set(current.respondents.map(\.role))
        guard before != now else { return nil }
        let order = questionnaire.roles.map(\.id)
        let label = { (id: String) in questionnaire.role(id)?.label.text(language) ?? id }
        let sorted = { (ids: Set<String>) in ids.sorted { (order.firstIndex(of: $0) ?? .max, $0) < (order.firstIndex(of: $1) ?? .max, $1) } }
        previousYear = previous.year
        gone = sorted(before.subtracting(now)).map(label)
        new = sorted(now.subtracting(before)).map(label)
        let common = before.intersection(now)
        var same: [String: SameRoles?] = [:]
        for dimension in questionnaire.dimensions {
            same[dimension.id] = Self.sameRoles(dimension.id, previous: previous, current: current, common: common, minimum: minimum)
        }
        sameRoles = same
    }

    /// Shown only when each side keeps at least `minimum` scores and leaves out none or at least
    /// `minimum`: with the overall change beside it, leaving out one or two members would let
    /// anyone work out their mean.
    private static func sameRoles(_ id: String, previous: CellRound, current: CellRound, common: Set<String>,
                                  minimum: Int) -> SameRoles? {
        func scores(_ round: CellRound) -> (all: [Double], same: [Double]) {
            let scored = round.respondents.compactMap { respondent in
                respondent.dimension(id)?.value.map { (role: respondent.role, value: $0) }
            }
            return (scored.map(\.value), scored.filter { common.contains($0.role) }.map(\.value))
        }
        let before = scores(previous), after = scores(current)
        let leftOut = [before.all.count - before.same.count, after.all.count - after.same.count]
        guard before.same.count >= minimum, after.same.count >= minimum,
              leftOut.allSatisfy({ $0 == 0 || $0 >= minimum }),
              let earlier = Descriptive.mean(before.same), let later = Descriptive.mean(after.same) else { return nil }
        return SameRoles(change: later - earlier, before: before.same.count, after: after.same.count)
    }
}
