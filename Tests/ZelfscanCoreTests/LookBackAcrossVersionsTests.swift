import Foundation
import Testing
@testable import ZelfscanCore

/// The look back over the rounds of `ContinuityTests`: 2025 on version 0.9, 2026 on 1.0, which
/// continues `trust.sharing` as `trust.share`, rewords `trust.fear` and breaks `vision`.
@Suite("Look back across versions")
struct LookBackAcrossVersionsTests {
    @Test func continuingStatementsCompareAndTheOthersSayWhyNot() throws {
        let (before, after, rounds) = try ContinuityTests.rounds()
        let plan = ActionPlan(questionnaireID: after.id, year: 2025, actions: [
            AgreedAction(id: "A1", action: "x", dimension: "trust", items: ["trust.sharing", "trust.fear"], owner: "OCMW",
                         due: try #require(YearMonth("2026-06")), status: .started),
        ])
        let back = LookBack.make(round: rounds[1], earlier: [rounds[0]], plans: [plan], questionnaire: after, questionnaires: [before, after])
        #expect(back.comparableYear == 2025 && back.comparableVersion == "0.9" && back.baselineYear == 2025)
        let broken = LookBack.Break.newOrReworded(laterVersion: "1.0", earlierVersion: "0.9")
        let statements = Dictionary(uniqueKeysWithValues: back.statements.map { ($0.itemID, $0) })
        #expect(statements["trust.share"]?.change == LookBack.Change(before: 100, after: 50))
        #expect(statements["trust.share"]?.notComparable == nil)
        #expect(statements["trust.fear"]?.notComparable == broken && statements["trust.fear"]?.change.change == nil)
        #expect(statements["vision.shared"]?.notComparable == broken)
        // The dimension's change is the trend's: on the one comparable statement, -50.
        let trend = try #require(try CellTrend(rounds: rounds, questionnaires: [before, after]).steps.first)
        let trust = try #require(back.dimensions.first { $0.dimensionID == "trust" })
        #expect(trust.change.change == trend.changes["trust"] ?? nil && trust.partial == 1)
        #expect(back.dimensions.first { $0.dimensionID == "vision" }?.notComparable == broken)
        // The plan names 0.9's statements: trust.sharing is followed to trust.share.
        let outcome = try #require(back.actions.first)
        #expect(outcome.statements.map(\.itemID) == ["trust.share", "trust.fear"])
        #expect(outcome.statements[0].change.change == -50)
        #expect(outcome.statements[1].notComparable == broken)
        #expect(outcome.dimension?.change.change == -50)
    }

    @Test func withoutTheEarlierVersionNothingCompares() throws {
        let (_, after, rounds) = try ContinuityTests.rounds()
        let back = LookBack.make(round: rounds[1], earlier: [rounds[0]], plans: [], questionnaire: after, questionnaires: [after])
        #expect(back.isEmpty && back.comparableYear == nil && back.statements.isEmpty)
    }
}
