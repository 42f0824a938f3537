import Testing
@testable import ZelfscanCore

/// Across a version break a change is measured on the statements both versions ask: that part's
/// mean must come from as many members as any cell result, or it is one or two members' own.
@Suite("Comparable part of a dimension")
struct ComparableMeanTests {
    static func round(members: Int) throws -> (CellRound, Questionnaire) {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let responses = (1...4).map { index in
            ScoringExamples.response("R-AAAAA\(index)", role: "police",
                                     index <= members ? ["trust.share": .scale(index == 1 ? 5 : 3)] : [:], questionnaire: questionnaire)
        }
        return (try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first), questionnaire)
    }

    @Test(arguments: [1, 2])
    func fewerThanThreeMembersGiveNoMean(members: Int) throws {
        let (round, questionnaire) = try Self.round(members: members)
        #expect(CellTrend.comparableMean(round, items: ["trust.share"], weights: questionnaire, coverage: 1) == nil)
    }

    @Test func threeMembersGiveTheirMean() throws {
        let (round, questionnaire) = try Self.round(members: 3)
        let mean = try #require(CellTrend.comparableMean(round, items: ["trust.share"], weights: questionnaire, coverage: 1))
        #expect(abs(mean - 200.0 / 3) < 1e-9)
    }
}
