extension ReleaseStatistics {
    /// `stats_icc`: per year and dimension (and `overall`) the ICC(1) and ICC(2) of respondents'
    /// scores nested in cells (`IntraclassCorrelation`). Only cells with at least two scored
    /// respondents take part (a single score has no spread within its cell), and only where at
    /// least `minimumCells` such cells are left. `scratch` is where the rounds' spreads were
    /// moved, if they were: they are read back a year at a time.
    public func icc(_ rounds: [StatisticsRound], scratch: (any RoundScratch)? = nil) throws -> Release {
        var table = ExportTable(name: "stats_icc", columns: [
            .init("year", .integer), .init("dimension", .text), .init("cells", .integer),
            .init("respondents", .integer), .init("icc1", .real), .init("icc2", .real),
        ])
        var groups: [String: Set<String>] = [:]
        var shared = SharedMemberSets()
        for year in Set(rounds.map(\.year)).sorted() {
            let ofYear = try rounds.filter { $0.year == year }.map { try $0.loaded(scratch: scratch) }
            for dimension in dimensionIDs {
                let cells = ofYear.compactMap { round -> (member: String, spread: ScoreSpread)? in
                    guard let spread = round.spreads[dimension], spread.count >= 2 else { return nil }
                    return (round.member, spread)
                }
                let members = shared.shared(Set(cells.map(\.member)))
                guard members.count >= minimumCells, let icc = IntraclassCorrelation(spreads: cells.map(\.spread)) else { continue }
                groups["stats_icc:\(year):\(dimension)"] = members
                table.rows.append([
                    .integer(year), .text(dimension), .integer(rounded(members.count)),
                    .integer(rounded(icc.observations)),
                    icc.icc1.map { Self.real($0, decimals: 3) } ?? .null,
                    icc.icc2.map { Self.real($0, decimals: 3) } ?? .null,
                ])
            }
        }
        return Release(table: table, groups: groups)
    }
}
