extension ReleaseStatistics {
    /// The agreed actions of one released cell round, as counts only: the action's text, owner,
    /// due month and notes never reach the export (docs/privacy.md).
    public typealias ActionCounts = [String: [ActionStatus: Int]]

    /// The counts of `plan` per dimension of this questionnaire and status; actions on a
    /// dimension the questionnaire does not have are not counted.
    public func actionCounts(_ plan: ActionPlan) -> ActionCounts {
        let dimensions = Set(questionnaire.dimensions.map(\.id))
        var counts: ActionCounts = [:]
        for action in plan.actions where dimensions.contains(action.dimension) {
            counts[action.dimension, default: [:]][action.status, default: 0] += 1
        }
        return counts
    }

    /// `stats_actions`: over every released cell round with agreed actions, per dimension
    /// (questionnaire order) and status the number of actions, rounded to `rounding`, with the
    /// number of cells that agreed any. Released only when at least `minimumCells` cells agreed
    /// actions; otherwise the table is empty, since a few cells' counts are their own plans.
    /// `rounds` pairs each round's ledger token with its counts.
    public func actions(_ rounds: [(member: String, counts: ActionCounts)]) -> Release {
        var table = ExportTable(name: ReleaseColumns.statsActionsFile, columns: ReleaseColumns.statsActions.map(\.tableColumn))
        let planned = rounds.filter { round in round.counts.values.contains { $0.values.contains { $0 > 0 } } }
        let members = Set(planned.map(\.member))
        guard members.count >= minimumCells else { return Release(table: table) }
        for dimension in questionnaire.dimensions.map(\.id) {
            for status in ActionStatus.allCases {
                let count = planned.reduce(0) { $0 + ($1.counts[dimension]?[status] ?? 0) }
                table.rows.append([.text(dimension), .text(status.rawValue), .integer(rounded(members.count)), .integer(rounded(count))])
            }
        }
        return Release(table: table, groups: ["stats_actions:all": members])
    }
}
