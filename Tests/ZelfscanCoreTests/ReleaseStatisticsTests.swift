import Foundation
import Testing
@testable import ZelfscanCore

@Suite("Release statistics")
struct ReleaseStatisticsTests {
    typealias F = ReleaseStatisticsFixture

    @Test func countsRoundHalfUpToTheMultiple() throws {
        let five = ReleaseStatistics(questionnaire: try F.questionnaire(), figures: [])
        #expect([0, 1, 2, 3, 7, 8, 12, 13, 25].map(five.rounded) == [0, 0, 0, 5, 5, 10, 10, 15, 25])
        let ten = ReleaseStatistics(questionnaire: try F.questionnaire(), figures: [], rounding: 10)
        #expect([4, 5, 14, 15, 25].map(ten.rounded) == [0, 10, 10, 20, 30])
    }

    /// Shrout & Fleiss (1979), Table 2: six targets rated by four judges, read as one-way
    /// (judges nested in targets). BMS = 11.24, WMS = 6.26; ICC(1,1) = 0.17 and ICC(1,4) = 0.44,
    /// as `psych::ICC` prints them for this table.
    @Test func iccMatchesShroutAndFleiss() throws {
        let icc = try #require(IntraclassCorrelation([
            [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
        ]))
        // (11.2417 − 6.2639) / (11.2417 + 3 · 6.2639) and (11.2417 − 6.2639) / 11.2417
        #expect(abs(try #require(icc.icc1) - 0.16574) < 0.00001)
        #expect(abs(try #require(icc.icc2) - 0.44280) < 0.00001)
        #expect(icc.groups == 6 && icc.observations == 24)
    }

    /// Unequal groups {1, 2, 3}, {4, 6}, {5, 5, 8, 10}, by hand: N = 9, grand mean 44/9, group
    /// means 2, 5, 7. SSB = 3·(26/9)² + 2·(1/9)² + 4·(19/9)² = 3474/81, MSB = 193/9;
    /// SSW = 2 + 2 + 18 = 22, MSW = 22/6 = 11/3; n₀ = (9 − 29/9) / 2 = 26/9.
    /// ICC(1) = (160/9) / (193/9 + (17/9)·(11/3)) = 240/383; ICC(2) = (160/9) / (193/9) = 160/193.
    @Test func iccWithUnequalGroupsMatchesTheHandComputation() throws {
        let icc = try #require(IntraclassCorrelation([[1, 2, 3], [4, 6], [5, 5, 8, 10]]))
        #expect(abs(try #require(icc.icc1) - 240.0 / 383.0) < 1e-12)
        #expect(abs(try #require(icc.icc2) - 160.0 / 193.0) < 1e-12)
    }

    @Test func iccNeedsSpreadWithinAndTwoGroups() {
        #expect(IntraclassCorrelation([[1, 2, 3]]) == nil)
        #expect(IntraclassCorrelation([[1], [2], [3]]) == nil)
        let equalMeans = IntraclassCorrelation([[1, 3], [2, 2]])
        #expect(equalMeans?.icc2 == nil)
        #expect(equalMeans?.icc1 == -1)
    }

    /// 12 + 11 + 1 cells: the single cell cannot be released on its own, and `other` with only
    /// it would be the total minus the two big groups; so the smaller big group joins `other`.
    @Test func aSmallGroupTakesTheSmallestReleasedGroupIntoOther() {
        let cells = (0..<12).map { ("a\($0)", "A") } + (0..<11).map { ("b\($0)", "B") } + [("c0", "C")] + [("u0", nil)]
        let groups = ComplementarySuppression(minimumCells: 10).groups(cells, value: { $0.1 }, member: { $0.0 })
        #expect(groups.map(\.group) == ["A", "other"])
        #expect(Set(groups[1].elements.map(\.0)) == Set((0..<11).map { "b\($0)" } + ["c0", "u0"]))
    }

    @Test func nothingIsGroupedBelowTheMinimumAndBigGroupsStayApart() {
        let few = (0..<9).map { ("m\($0)", "A") }
        #expect(ComplementarySuppression(minimumCells: 10).groups(few, value: { $0.1 }, member: { $0.0 }).isEmpty)
        let big = (0..<10).map { ("a\($0)", "A") } + (0..<10).map { ("b\($0)", "B") }
        #expect(ComplementarySuppression(minimumCells: 10).groups(big, value: { $0.1 }, member: { $0.0 }).map(\.group) == ["A", "B"])
    }

    @Test func statusesTellHiddenSkippedMissingAndAnsweredApart() throws {
        let questionnaire = try F.questionnaire()
        let coordinator = F.response("Gent", year: 2026, number: 1, role: "coordinator", answers: [
            "context.agreement": .choice("informal"),
            "coordinator.reachable": .scale(4),
            "information-sharing.agreement-input": .scale(5),
            "trust.safe-to-share": .missing("dk"),
            "coordinator.mandate": .scale(3),
        ])
        let statuses = Dictionary(uniqueKeysWithValues: ItemAnswerStatus.statuses(of: coordinator, questionnaire: questionnaire).map { ($0.item, $0.status) })
        #expect(ItemAnswerStatus.statuses(of: coordinator, questionnaire: questionnaire).map(\.item) == questionnaire.scoredItems.map(\.id))
        // Hidden by role, and by an earlier answer: a stale answer is not counted.
        #expect(statuses["coordinator.reachable"] == .notShown)
        #expect(statuses["information-sharing.agreement-input"] == .notShown)
        #expect(statuses["trust.safe-to-share"] == .missing("dk"))
        #expect(statuses["coordinator.mandate"] == .answered(3))
        #expect(statuses["coordinator.time"] == .skipped)

        let police = F.response("Gent", year: 2026, number: 2, answers: ["context.agreement": .choice("formal")])
        let policeStatuses = Dictionary(uniqueKeysWithValues: ItemAnswerStatus.statuses(of: police, questionnaire: questionnaire).map { ($0.item, $0.status) })
        #expect(policeStatuses["coordinator.reachable"] == .skipped)
        #expect(policeStatuses["information-sharing.agreement-input"] == .skipped)
        #expect([ItemAnswerStatus.answered(2), .missing("dk"), .skipped, .notShown].map(\.code) == ["answered", "dk", "skipped", "not-shown"])
    }

    /// 22 cells in 2026: 13 agree on `formal`, 7 on `informal`, 2 have no majority; each also has
    /// a 2025 round answering `none`, which is not their latest and does not count.
    @Test func referenceCountsMajoritiesOfTheLatestRound() throws {
        let questionnaire = try F.questionnaire()
        var responses: [Response] = []
        var number = 0
        func cell(_ name: String, _ answers: [Answer], year: Int = 2026) {
            for answer in answers {
                number += 1
                responses.append(F.response(name, year: year, number: number, answers: ["context.agreement": answer]))
            }
        }
        for index in 0..<22 {
            let name = "Gemeente \(index)"
            cell(name, [.choice("none"), .choice("none")], year: 2025)
            switch index {
            case 0..<13: cell(name, [.choice("formal"), .choice("formal"), .choice("informal"), .missing("dk")])
            case 13..<20: cell(name, [.choice("informal"), .choice("informal"), .missing("dk"), .missing("dk")])
            default: cell(name, [.choice("formal"), .choice("informal"), .choice("none")])
            }
        }
        let rounds = try F.rounds(responses, questionnaire: questionnaire)
        let release = try ReleaseStatistics(questionnaire: questionnaire, figures: questionnaire.referenceFigures).reference(rounds)
        let table = release.table
        #expect(table.columns.map(\.name) == ["item", "figure", "category", "cells", "share", "reference_percent", "reference_n", "reference_year"])
        #expect(Set(try F.column(table, "item")) == [.text("context.agreement")])
        #expect(try F.column(table, "category") == ["formal", "in-progress", "informal", "none"].map { .text($0) })
        // 13 → 15 and 7 → 5 of 20 cells with a majority.
        #expect(try F.column(table, "cells") == [.integer(15), .integer(0), .integer(5), .integer(0)])
        #expect(try F.column(table, "share") == [.real(75), .real(0), .real(25), .real(0)])
        #expect(try F.column(table, "reference_percent") == [.real(41), .real(9), .real(40), .real(9)])
        #expect(try F.column(table, "reference_year") == Array(repeating: .integer(2022), count: 4))
        #expect(release.groups == ["stats_reference:context.agreement": Set((0..<20).map { F.token("Gemeente \($0)") })])
    }

    @Test func referenceNeedsTenCellsWithAMajority() throws {
        let questionnaire = try F.questionnaire()
        let responses = (0..<9).flatMap { index in
            (0..<3).map { F.response("Gemeente \(index)", year: 2026, number: index * 3 + $0, answers: ["context.agreement": .choice("formal")]) }
        }
        let release = try ReleaseStatistics(questionnaire: questionnaire, figures: questionnaire.referenceFigures)
            .reference(try F.rounds(responses, questionnaire: questionnaire))
        #expect(release.table.rows.isEmpty)
        #expect(release.groups.isEmpty)
    }

    /// Ten cells of one respondent each, who answers, skips, says "don't know" or is not shown.
    @Test func itemCountsCoverEveryAnswerAndStatus() throws {
        let questionnaire = try F.questionnaire()
        var responses: [Response] = []
        for index in 0..<10 {
            let role = index < 3 ? "coordinator" : "police"
            let answer: [String: Answer] = index < 3 ? [:] : index < 8 ? ["coordinator.reachable": .scale(4)] : index < 9 ? ["coordinator.reachable": .missing("dk")] : [:]
            responses.append(F.response("Gemeente \(index)", year: 2026, number: index, role: role,
                                        answers: answer.merging(["context.agreement": .choice("formal")]) { $1 }))
        }
        let rounds = try F.rounds(responses, questionnaire: questionnaire)
        let statistics = ReleaseStatistics(questionnaire: questionnaire, figures: [])
        let release = try statistics.items(rounds, releasedItems: ["coordinator.reachable", "context.agreement", "context.composition"])
        let answers = zip(try F.column(release.table, "item"), zip(try F.column(release.table, "answer"), try F.column(release.table, "count")))
            .map { "\($0.0.csvText) \($0.1.0.csvText) \($0.1.1.csvText)" }
        let scale = try #require(questionnaire.scale("agree5"))
        #expect(answers == ["context.agreement formal 10", "context.agreement in-progress 0", "context.agreement informal 0",
                            "context.agreement none 0", "context.agreement dk 0"]
                + scale.options.map { "coordinator.reachable \(ExportTable.decimal($0.value)) \($0.value == 4 ? 5 : 0)" }
                + scale.missing.map { "coordinator.reachable \($0.code) 0" }
                + ["coordinator.reachable skipped 0", "coordinator.reachable not-shown 5"])
        #expect(release.groups == ["stats_items:all": Set(rounds.map(\.member))])
        #expect(try statistics.items(Array(rounds.prefix(9)), releasedItems: ["coordinator.reachable"]).table.rows.isEmpty)
    }
}
