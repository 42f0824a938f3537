extension ReleaseStatistics {
    /// The groupings of `stats_dimensions`: only what the cell panel releases itself. Means and
    /// SDs by province or level beside the panel's cell means were solved back into every cell's
    /// province and level by integer programming (December 2026 review), so those breakdowns are
    /// not released.
    enum Grouping: String, CaseIterable {
        case all
        case belfiusGroup = "belfius_group"

        func value(_ round: StatisticsRound) -> String? {
            switch self {
            case .all: return "all"
            case .belfiusGroup: return round.belfiusGroup.flatMap { $0.isEmpty ? nil : $0 }
            }
        }
    }

    /// `stats_dimensions`: per year, grouping, group and dimension (and `overall`) the mean and
    /// sample SD of the cell means, over the rounds with at least `minimumRespondents` submitted
    /// responses and a mean on that dimension.
    ///
    /// Small groups are merged into `other` per (grouping, year, dimension), see
    /// `ComplementarySuppression`; a year or dimension with fewer than `minimumCells` cells
    /// releases nothing. Rows are ordered by grouping, group (`other` last), year and dimension.
    /// `scratch` is where the rounds' means were moved, if they were: they are read back a year
    /// at a time.
    public func dimensions(_ rounds: [StatisticsRound], scratch: (any RoundScratch)? = nil) throws -> Release {
        var table = ExportTable(name: "stats_dimensions", columns: [
            .init("grouping", .text), .init("group", .text), .init("year", .integer), .init("dimension", .text),
            .init("cells", .integer), .init("mean", .real), .init("sd", .real),
        ])
        var groups: [String: Set<String>] = [:]
        var shared = SharedMemberSets()
        let counted = rounds.lazy.filter { $0.respondents >= Self.minimumRespondents }
        let years = Set(counted.map(\.year)).sorted()
        let suppression = ComplementarySuppression(minimumCells: minimumCells)
        var rowsOf: [Grouping: [(group: String, year: Int, dimension: Int, row: [ExportTable.Value])]] = [:]
        for year in years {
            // One year's rounds at a time, read once for every grouping: a copy of every round was
            // megabytes of a large pool's export.
            let ofYear = try counted.filter { $0.year == year }.map { try $0.loaded(scratch: scratch) }
            for grouping in Grouping.allCases {
                for (position, dimension) in dimensionIDs.enumerated() {
                    let scored = ofYear.compactMap { round in
                        Self.cellMean(round, dimension: dimension).map { (round: round, mean: $0) }
                    }
                    let released = suppression.groups(scored, value: { grouping.value($0.round) }, member: \.round.member)
                    for (group, elements) in released {
                        let means = elements.map(\.mean)
                        guard let mean = Descriptive.mean(means), let sd = Descriptive.sampleStandardDeviation(means) else { continue }
                        let members = shared.shared(Set(elements.map(\.round.member)))
                        let label = grouping == .all ? "all" : "\(grouping.rawValue)=\(group)"
                        groups["stats_dimensions:\(label):\(year):\(dimension)"] = members
                        rowsOf[grouping, default: []].append((group, year, position, [
                            .text(grouping.rawValue), .text(group), .integer(year), .text(dimension),
                            .integer(rounded(members.count)), Self.real(mean, decimals: 1), Self.real(sd, decimals: 1),
                        ]))
                    }
                }
            }
        }
        for grouping in Grouping.allCases {
            let rows = (rowsOf[grouping] ?? []).sorted { lhs, rhs in
                let left = (lhs.group == ComplementarySuppression.other ? 1 : 0, lhs.group, lhs.year, lhs.dimension)
                let right = (rhs.group == ComplementarySuppression.other ? 1 : 0, rhs.group, rhs.year, rhs.dimension)
                return left < right
            }
            table.rows += rows.map(\.row)
        }
        return Release(table: table, groups: groups)
    }

    static func cellMean(_ round: StatisticsRound, dimension: String) -> Double? {
        round.means[dimension]
    }
}
