import Testing
@testable import ZelfscanCore

/// `compare` and `compare --trend` give the look back's change across versions on the rounds of
/// `ContinuityTests`: trust -50 on its one comparable statement (the whole dimension rose by 50),
/// and no overall change.
@Suite("Changes in compare across versions")
struct RoundChangeTests {
    @Test func theChangeIsTheLookBacksOnTheStatementsBothVersionsAsk() throws {
        let (before, after, rounds) = try ContinuityTests.rounds()
        let change = RoundChange(from: rounds[0], to: rounds[1], questionnaires: [before, after])
        let back = LookBack.make(round: rounds[1], earlier: [rounds[0]], plans: [], questionnaire: after, questionnaires: [before, after])
        #expect(change.dimensions["trust"] == RoundChange.Dimension(change: -50, partial: 1))
        #expect(change.dimensions["trust"]?.change == back.dimensions.first { $0.dimensionID == "trust" }?.change.change)
        #expect(change.dimensions["vision"] == nil, "a break has no change")
        #expect(change.overall == nil && change.earlierVersion == "0.9")
    }

    @Test func compareAndItsTrendUseIt() throws {
        let (before, after, rounds) = try ContinuityTests.rounds()
        let workspace = Workspace(municipality: rounds[1].municipality, year: 2026)
        let comparison = CellComparison(questionnaire: after, cells: [(workspace: workspace, rounds: rounds)], year: 2026,
                                        grouping: .group, questionnaires: [before])
        let trust = try #require(comparison.rows.first?.values.first { $0.measure == "trust" })
        #expect(trust.change == -50 && trust.partial == 1)
        #expect(comparison.rows.first?.values.last?.change == nil)
        let trend = PortfolioTrend(questionnaire: after, cells: [.init(workspace: workspace, rounds: rounds, plans: [], latestResponses: [],
                                                                      questionnaires: [before])], grouping: .group)
        let point = try #require(trend.rows.first?.points.last)
        #expect(point.previousVersion == "0.9")
        #expect(point.values.first { $0.measure == "trust" }?.change == -50)
        #expect(point.values.last?.change == nil)
    }
}
