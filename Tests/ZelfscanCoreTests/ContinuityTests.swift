import Foundation
import Testing
@testable import ZelfscanCore

/// Version 0.9 of the fixture asked `trust.sharing`; 1.0 asks the same statement as `trust.share`
/// (`continues`) and adds the reworded `trust.fear` as a break within the dimension.
@Suite("Continuity across versions")
struct ContinuityTests {
    static func earlier() throws -> Questionnaire {
        let text = Fixture.editing(
            ("version: \"1.0\"", "version: \"0.9\""),
            ("      - id: trust.share\n", "      - id: trust.sharing\n"),
            ("{item: trust.share, at_least: 3}", "{item: trust.sharing, at_least: 3}"))
        let result = load(text)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
        return try #require(result.questionnaire)
    }

    static func rounds() throws -> (earlier: Questionnaire, later: Questionnaire, rounds: [CellRound]) {
        let before = try earlier()
        let after = try FormatTwoFixture.questionnaire()
        let old = ["R-AAAAA1", "R-AAAAA2", "R-AAAAA3"].map { code in
            ScoringExamples.response(code, role: "police", ["trust.sharing": .scale(5), "trust.fear": .scale(5), "vision.shared": .scale(1)],
                                     questionnaire: before, year: 2025)
        }
        let new = ["R-BBBBB1", "R-BBBBB2", "R-BBBBB3"].map { code in
            ScoringExamples.response(code, role: "police", ["trust.share": .scale(3), "trust.fear": .scale(1), "vision.shared": .scale(1)],
                                     questionnaire: after, year: 2026)
        }
        let rounds = try CellAggregator(questionnaire: before).rounds(old) + CellAggregator(questionnaire: after).rounds(new)
        return (before, after, rounds)
    }

    @Test func linksTheStatementsBothVersionsAsk() throws {
        let continuity = try #require(Continuity(earlier: try Self.earlier(), later: try FormatTwoFixture.questionnaire()))
        #expect(!continuity.sameVersion)
        #expect(continuity.dimensions == [
            Continuity.DimensionLink(later: "trust", earlier: "trust", items: [.init(later: "trust.share", earlier: "trust.sharing")], complete: false),
        ])
        let same = try #require(Continuity(earlier: try Self.earlier(), later: try Self.earlier()))
        #expect(same.sameVersion)
        #expect(same.dimensions.map(\.complete) == [true, true])
    }

    /// 2025: the comparable statement scores 100 (the dimension 33.3 with the reworded item);
    /// 2026: 50 (the dimension 83.3). The trend says -50, not the +50 of the whole dimension.
    @Test func theTrendAcrossVersionsUsesComparableItemsOnly() throws {
        let (before, after, rounds) = try Self.rounds()
        let trend = try CellTrend(rounds: rounds, questionnaires: [before, after])
        let step = try #require(trend.steps.first)
        #expect(step.comparable)
        #expect(step.acrossVersions)
        #expect(step.changes["trust"] == .some(-50))
        #expect(step.partial == ["trust": 1])
        #expect(step.breaks.isEmpty)
        #expect(step.overall == nil)
    }

    @Test func withoutTheEarlierVersionEveryDimensionBreaks() throws {
        let (_, after, rounds) = try Self.rounds()
        let step = try #require(try CellTrend(rounds: rounds, questionnaires: [after]).steps.first)
        #expect(!step.comparable)
        #expect(step.breaks == ["trust"])
        #expect(step.changes["trust"] == .some(nil))
    }

    @Test func theLibraryFindsAResponsesVersionByItsStamp() throws {
        let (before, after, _) = try Self.rounds()
        let library = QuestionnaireLibrary([.init(questionnaire: before, sha256: "a"), .init(questionnaire: after, sha256: "b")])
        #expect(library.entry(for: .init(id: "test-scan", version: "0.9", sha256: "a"))?.questionnaire.version == "0.9")
        #expect(library.entry(for: .init(id: "test-scan", version: "1.0", sha256: "changed"))?.sha256 == "b")
        #expect(library.entry(for: .init(id: "test-scan", version: "0.8", sha256: "a")) == nil)
        #expect(library.continuity(from: ("test-scan", "0.9"), to: ("test-scan", "1.0"))?.dimensions.count == 1)
    }

    @Test func theBundledLibraryHoldsTheArchivedVersion() throws {
        let versions = QuestionnaireLibrary.bundled.entries.map(\.questionnaire.version)
        #expect(versions.contains("2026.1"))
        let archived = try #require(BundledQuestionnaire.load(file: "questionnaires/archive/livc-r-2026.1.yaml"))
        let stamp = Response.QuestionnaireStamp(id: "livc-r", version: "2026.1", sha256: archived.sha256)
        #expect(QuestionnaireLibrary.bundled.entry(for: stamp)?.sha256 == archived.sha256)
    }
}

@Suite("Demo data across versions")
struct DemoAcrossVersionsTests {
    static func cells() throws -> (earlier: Questionnaire, later: Questionnaire, cells: [DemoCell]) {
        let before = try ContinuityTests.earlier()
        let after = try FormatTwoFixture.questionnaire()
        let cells = DemoDataGenerator(questionnaire: after, seed: 5, municipalities: 6, years: 3, firstYear: 2024,
                                      questionnaireSHA256: "new", earlier: (before, "old")).generate()
        return (before, after, cells)
    }

    @Test func earlierRoundsAreOnTheEarlierVersion() throws {
        let (_, _, cells) = try Self.cells()
        for response in cells.flatMap(\.responses) {
            let expected = response.year == 2026 ? ("1.0", "new") : ("0.9", "old")
            #expect((response.questionnaire.version, response.questionnaire.sha256) == expected)
            if response.year < 2026 {
                #expect(response.answers["knowledge.right"] == nil)
                #expect(response.answers.keys.allSatisfy { $0 != "trust.share" })
            }
        }
    }

    @Test func factsComeFromTheirRoleAndKnowledgeIsAnswered() throws {
        let (_, _, cells) = try Self.cells()
        let latest = cells.flatMap(\.responses).filter { $0.year == 2026 && $0.status == .submitted }
        #expect(latest.filter { $0.role != "prevention" }.allSatisfy { $0.answers["context.remarks"] == nil })
        #expect(latest.contains { $0.answers["knowledge.right"] == .choice("may") })
        #expect(latest.contains { $0.answers["knowledge.right"] == .choice("must") || $0.answers["knowledge.right"] == .missing("dk") })
    }

    /// Scored with the version each round was given on, the demo's trend continues `trust` on
    /// its one comparable statement and never gives an overall change across versions.
    @Test func theDemoTrendLinksTheVersions() throws {
        let (before, after, cells) = try Self.cells()
        for cell in cells {
            let old = cell.responses.filter { $0.year < 2026 }
            let new = cell.responses.filter { $0.year == 2026 }
            let rounds = try CellAggregator(questionnaire: before).rounds(old) + CellAggregator(questionnaire: after).rounds(new)
            let trend = try CellTrend(rounds: rounds, questionnaires: [before, after])
            #expect(trend.steps.count == 2)
            #expect(trend.steps[0].acrossVersions == false)
            let across = trend.steps[1]
            #expect(across.acrossVersions && across.comparable)
            #expect(across.partial == ["trust": 1])
            #expect(across.overall == nil)
        }
    }
}
