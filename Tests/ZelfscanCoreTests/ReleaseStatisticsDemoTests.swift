import Foundation
import Testing
@testable import ZelfscanCore

/// The release statistics over demo pools of 60 municipalities: what every table must hold
/// whatever the data, and that the ledger's groups name exactly the cells behind each row.
@Suite("Release statistics on demo data")
struct ReleaseStatisticsDemoTests {
    typealias F = ReleaseStatisticsFixture

    static func releases(_ rounds: [StatisticsRound], questionnaire: Questionnaire) throws -> [Release] {
        let statistics = ReleaseStatistics(questionnaire: questionnaire, figures: questionnaire.referenceFigures)
        let released = Set(questionnaire.scoredItems.map(\.id)).subtracting(["coordinator.reachable"])
            .union(["context.agreement", "context.tables"])
        return [try statistics.dimensions(rounds), try statistics.icc(rounds), try statistics.items(rounds, releasedItems: released),
                try statistics.reference(rounds)]
    }

    /// Skewed groups, some tiny and some unknown, so that merging is needed in every year.
    static func regroup(_ rounds: [StatisticsRound], seed: Int) -> [StatisticsRound] {
        rounds.map { round in
            var round = round
            let index = Int(round.member.suffix(3)) ?? 0
            round.belfiusGroup = [nil, "kustgemeenten", "woongemeenten", "woongemeenten", "landelijke-gemeenten", "landelijke-gemeenten",
                                  "woongemeenten"][(index * seed) % 7]
            return round
        }
    }

    @Test(arguments: [UInt64(3), 11, 29])
    func everyReleasedRowCoversTenCellsWithRoundedCounts(seed: UInt64) throws {
        let questionnaire = try F.questionnaire()
        let rounds = Self.regroup(try F.demoRounds(seed: seed), seed: Int(seed % 5) + 1)
        let tokens = Set(rounds.map(\.member))
        for release in try Self.releases(rounds, questionnaire: questionnaire) {
            let table = release.table
            #expect(!table.rows.isEmpty, "\(table.name)")
            #expect(table.columns.allSatisfy { !["min", "max", "minimum", "maximum", "median"].contains($0.name) })
            for name in ["cells", "respondents", "count"] where table.columnIndex(name) != nil {
                for value in try F.column(table, name) {
                    guard case .integer(let count) = value else { Issue.record("\(table.name).\(name): \(value)"); continue }
                    #expect(count % 5 == 0, "\(table.name).\(name) = \(count)")
                    if name == "cells" && table.name != "stats_reference" { #expect(count >= 10, "\(table.name)") }
                }
            }
            #expect(F.texts(table).allSatisfy { !tokens.contains($0) && !$0.contains("member-") && !$0.isEmpty })
            #expect(release.groups.values.allSatisfy { $0.count >= 10 && $0.isSubset(of: tokens) })
        }
    }

    /// For each grouping, year and dimension, the cells of `all` minus those of the groups released
    /// by name are either none or at least 10: subtraction never reveals a small group.
    @Test(arguments: [UInt64(3), 11, 29])
    func theTotalMinusReleasedGroupsNeverRevealsASmallGroup(seed: UInt64) throws {
        let questionnaire = try F.questionnaire()
        let rounds = Self.regroup(try F.demoRounds(seed: seed), seed: Int(seed % 5) + 1)
        let groups = try ReleaseStatistics(questionnaire: questionnaire, figures: []).dimensions(rounds).groups
        var named: [String: Set<String>] = [:]
        for (label, members) in groups {
            let parts = label.split(separator: ":").map(String.init)
            guard parts.count == 4, parts[1] != "all", !parts[1].hasSuffix("=other") else { continue }
            let grouping = String(parts[1].prefix { $0 != "=" })
            named["\(grouping):\(parts[2]):\(parts[3])", default: []].formUnion(members)
        }
        #expect(!named.isEmpty)
        for (key, members) in named {
            let parts = key.split(separator: ":").map(String.init)
            let all = try #require(groups["stats_dimensions:all:\(parts[1]):\(parts[2])"])
            let rest = all.subtracting(members)
            #expect(rest.isEmpty || rest.count >= 10, "\(key): \(rest.count)")
            let other = groups["stats_dimensions:\(parts[0])=other:\(parts[1]):\(parts[2])"] ?? []
            #expect(other == rest, "\(key)")
        }
    }

    /// One cell on the coast, 24 residential, the rest (over 25) rural: the coast alone would be
    /// the total minus the other two, so the residential group, the smaller, joins it in `other`.
    @Test func aOneCellGroupIsMergedWithTheSmallestOtherGroup() throws {
        let questionnaire = try F.questionnaire()
        let scored = try F.demoRounds(seed: 7, years: 1).filter { $0.respondents >= 3 && $0.means["overall"] != nil }
        #expect(scored.count >= 50)
        let rounds = scored.enumerated().map { index, round in
            var round = round
            round.belfiusGroup = index == 0 ? "kustgemeenten" : index < 25 ? "woongemeenten" : "landelijke-gemeenten"
            return round
        }
        let release = try ReleaseStatistics(questionnaire: questionnaire, figures: []).dimensions(rounds)
        let groups = release.groups
        #expect(groups["stats_dimensions:belfius_group=other:2024:overall"] == Set(rounds.prefix(25).map(\.member)))
        #expect(groups["stats_dimensions:belfius_group=landelijke-gemeenten:2024:overall"] == Set(rounds.dropFirst(25).map(\.member)))
        #expect(groups.keys.filter { $0.contains("kustgemeenten") || $0.contains("woongemeenten") }.isEmpty)
        let provinceRows = release.table.rows.filter { $0[0] == .text("belfius_group") && $0[3] == .text("overall") }
        #expect(provinceRows.map { $0[1] } == [.text("landelijke-gemeenten"), .text("other")])
        #expect(provinceRows.map { $0[4] } == [.integer(ReleaseStatistics(questionnaire: questionnaire, figures: []).rounded(rounds.count - 25)), .integer(25)])
    }

    /// Nine cells are too few for any statistic: every table is empty, and the ledger gets no group.
    @Test func aPoolOfNineCellsReleasesNothing() throws {
        let questionnaire = try F.questionnaire()
        let rounds = try F.demoRounds(seed: 7, municipalities: 9, years: 1)
        for release in try Self.releases(rounds, questionnaire: questionnaire) {
            #expect(release.table.rows.isEmpty, "\(release.table.name)")
            #expect(release.groups.isEmpty, "\(release.table.name)")
        }
    }

    @Test func groupsHoldExactlyTheContributingMembers() throws {
        let questionnaire = try F.questionnaire()
        let rounds = try F.demoRounds(seed: 7)
        let releases = try Self.releases(rounds, questionnaire: questionnaire)
        let (dimensions, icc, items) = (releases[0], releases[1], releases[2])
        #expect(Set(rounds.map(\.year)) == [2024, 2025, 2026])
        for year in 2024...2026 {
            let ofYear = rounds.filter { $0.year == year }
            #expect(dimensions.groups["stats_dimensions:all:\(year):overall"]
                    == Set(ofYear.filter { $0.respondents >= 3 && $0.means["overall"] != nil }.map(\.member)))
            #expect(icc.groups["stats_icc:\(year):trust"]
                    == Set(ofYear.filter { ($0.spreads["trust"]?.count ?? 0) >= 2 }.map(\.member)))
        }
        #expect(items.groups == ["stats_items:all": Set(rounds.map(\.member))])
        // The tables in their documented order.
        let allRows = dimensions.table.rows.filter { $0[0] == .text("all") }
        #expect(allRows.map { $0[3] } == Array(repeating: (questionnaire.dimensions.map(\.id) + ["overall"]).map { .text($0) }, count: 3).flatMap { $0 })
        #expect(try F.column(icc.table, "year") == [2024, 2025, 2026].flatMap { Array(repeating: .integer($0), count: 5) })
        let groupings = try F.column(dimensions.table, "grouping").map(\.csvText)
        #expect(groupings == groupings.sorted { ["all", "belfius_group"].firstIndex(of: $0)! < ["all", "belfius_group"].firstIndex(of: $1)! })
        for value in try F.column(icc.table, "icc1") + F.column(icc.table, "icc2") {
            guard case .real(let icc) = value else { Issue.record("\(value)"); continue }
            #expect(icc > -1 && icc <= 1)
            #expect((icc * 1000).rounded() / 1000 == icc)
        }
    }
}
