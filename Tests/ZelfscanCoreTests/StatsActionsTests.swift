import Foundation
import Testing
import TestSupport
@testable import ZelfscanCore

@Suite("Agreed actions in the export")
struct StatsActionsTests {
    static let secret = "Geheime Actietekst Van Burgemeester Peeters"
    static let owner = "Politiezone Xylofoon"

    /// A plan after `year` with `perStatus` actions of each status on the questionnaire's first
    /// dimension and one open action on its second.
    static func plan(_ questionnaire: Questionnaire, year: Int, perStatus: Int = 1) -> ActionPlan {
        let dimensions = questionnaire.dimensions.map(\.id)
        var actions: [AgreedAction] = []
        for status in ActionStatus.allCases {
            for _ in 0..<perStatus {
                actions.append(AgreedAction(id: "A\(actions.count + 1)", action: secret, dimension: dimensions[0], owner: owner,
                                            due: YearMonth(year: year + 1, month: 6)!, status: status,
                                            notes: [ActionNote(date: "\(year + 1)-02-01", text: secret)]))
            }
        }
        actions.append(AgreedAction(id: "A\(actions.count + 1)", action: secret, dimension: dimensions[1], owner: owner,
                                    due: YearMonth(year: year + 1, month: 3)!))
        return ActionPlan(questionnaireID: questionnaire.id, year: year, actions: actions)
    }

    /// Demo sources of one year, the first `planned` of them with a plan.
    static func sources(_ count: Int, planned: Int, perStatus: Int = 1) throws -> [ExportSource] {
        let questionnaire = try DemoDataTests.bundled()
        return try ExportFixtures.sources(municipalities: count, years: 1).enumerated().map { index, source in
            var source = source
            let year = Set(source.responses.map(\.year)).sorted().last!
            if index < planned { source.plans = [plan(questionnaire, year: year, perStatus: perStatus)] }
            return source
        }
    }

    static func rows(_ export: AnonymisedExport) throws -> [[ExportTable.Value]] {
        try #require(export.tables.first { $0.name == ReleaseColumns.statsActionsFile }).rows
    }

    @Test func countsPerDimensionAndStatusRoundedToFive() throws {
        let questionnaire = try DemoDataTests.bundled()
        let statistics = ReleaseStatistics(questionnaire: questionnaire, figures: [])
        let counts = statistics.actionCounts(Self.plan(questionnaire, year: 2026, perStatus: 2))
        let first = questionnaire.dimensions[0].id, second = questionnaire.dimensions[1].id
        #expect(counts[first] == [.open: 2, .started: 2, .done: 2, .dropped: 2])
        #expect(counts[second] == [.open: 1])
        // 12 cells: 24 of each status on the first dimension → 25; 12 open on the second → 10; nothing elsewhere → 0.
        let release = statistics.actions((0..<12).map { (member: "m\($0)", counts: counts) })
        #expect(release.table.columns.map(\.name) == ["dimension", "status", "cells", "actions"])
        #expect(release.table.rows.count == questionnaire.dimensions.count * 4)
        #expect(release.table.rows[0] == [.text(first), .text("open"), .integer(10), .integer(25)])
        #expect(release.table.rows[4] == [.text(second), .text("open"), .integer(10), .integer(10)])
        #expect(release.table.rows[5] == [.text(second), .text("started"), .integer(10), .integer(0)])
        #expect(release.groups == ["stats_actions:all": Set((0..<12).map { "m\($0)" })])
    }

    @Test func fewerThanTenCellsWithActionsReleaseAnEmptyTable() throws {
        let questionnaire = try DemoDataTests.bundled()
        let statistics = ReleaseStatistics(questionnaire: questionnaire, figures: [])
        let counts = statistics.actionCounts(Self.plan(questionnaire, year: 2026))
        // Nine cells with actions and three with an empty plan: nine is below the threshold.
        let rounds = (0..<9).map { (member: "m\($0)", counts: counts) } + (9..<12).map { (member: "m\($0)", counts: ReleaseStatistics.ActionCounts()) }
        let release = statistics.actions(rounds)
        #expect(release.table.rows.isEmpty && release.groups.isEmpty)
        #expect(release.table.columns.map(\.name) == ["dimension", "status", "cells", "actions"])
        #expect(!statistics.actions(rounds + [(member: "m12", counts: counts)]).table.rows.isEmpty)
    }

    @Test func anActionOnAnUnknownDimensionIsNotCounted() throws {
        let questionnaire = try DemoDataTests.bundled()
        var plan = Self.plan(questionnaire, year: 2026)
        for index in plan.actions.indices { plan.actions[index].dimension = "not-a-dimension" }
        #expect(ReleaseStatistics(questionnaire: questionnaire, figures: []).actionCounts(plan).isEmpty)
    }

    @Test func theExportCarriesCountsAndNeverTheTexts() throws {
        let export = try ExportFixtures.export(Self.sources(16, planned: 14))
        #expect(export.summary.actionsReleased)
        let rows = try Self.rows(export)
        #expect(!rows.isEmpty)
        for row in rows {
            guard case .integer(let cells) = row[2], case .integer(let actions) = row[3] else { Issue.record("not counts: \(row)"); continue }
            #expect(cells >= 10 && cells % 5 == 0 && actions % 5 == 0)
        }
        let members = try #require(export.classes["stats_actions:all"])
        #expect(members.count >= 10 && members.count <= 14)
        for (name, text) in ExportFixtures.csvFiles(export) {
            #expect(!text.contains(Self.secret) && !text.contains(Self.owner) && !text.contains("2027-06"), "\(name)")
        }
    }

    @Test func tooFewPlannedCellsLeaveTheTableEmptyAndTheReadmeSaysWhy() throws {
        let export = try ExportFixtures.export(Self.sources(16, planned: 9))
        #expect(try Self.rows(export).isEmpty)
        #expect(!export.summary.actionsReleased)
        #expect(export.classes["stats_actions:all"] == nil)
        let readme = ExportReadme(summary: export.summary, language: .en, files: ["stats_actions.csv"]).text
        #expect(readme.contains("stats_actions.csv: empty: fewer than 10 cells have agreed actions"))
    }

    @Test func theLedgerRefusesAnExportWhoseActionGroupDiffersByOneCell() {
        let names = (0..<12).map { "Gemeente \($0)" }
        let key = ExportKey(bytes: (0..<32).map { UInt8(($0 * 37 + 11) % 256) })
        let earlier = ReleaseLedger.Entry(released: "2026-03-01", k: 5, municipalitiesByClass: ["stats_actions:all": names], key: key)
        let later = ReleaseLedger.Entry(released: "2026-06-01", k: 5, municipalitiesByClass: ["stats_actions:all": names + ["Gemeente 12"]], key: key)
        let conflicts = ReleaseLedger(entries: [earlier]).conflicts(with: later, k: 5)
        #expect(conflicts.contains { $0.kind == .statisticGroup && $0.label == "stats_actions:all" && $0.difference == 1 })
    }

    @Test func theAuditAcceptsTheFixturesCountsAndRefusesATextColumn() throws {
        let clean = try AuditBypassTests.audit(AuditExportFixture())
        #expect(clean.findings.filter { $0.file == "stats_actions.csv" }.isEmpty, "\(clean.findings.map(\.message.en))")
        for column in ["action", "owner", "due", "note"] {
            var fixture = AuditExportFixture()
            fixture.addColumn(column, type: "text", value: "werkgroep", to: "stats_actions")
            AuditBypassTests.expectFinding(try AuditBypassTests.audit(fixture), "stats_actions.csv", line: 1,
                                           containing: "is not a column of stats_actions.csv", planted: [])
        }
    }

    @Test(arguments: [("actions", "7", "not rounded to a multiple of 5"), ("cells", "5", "fewer than 10 cells"),
                      ("status", "cancelled", "not one of the codes"), ("dimension", "burgemeester-actie", "not one of the codes")])
    func theAuditRefusesATamperedCount(column: String, value: String, words: String) throws {
        var fixture = AuditExportFixture()
        fixture.set("stats_actions", row: 1, column: column, to: value)
        AuditBypassTests.expectFinding(try AuditBypassTests.audit(fixture), "stats_actions.csv", line: 3, containing: words, planted: [])
    }
}
