import Foundation
import TestSupport
import Testing
@testable import ZelfscanCore

@Suite("Anonymised export, format 3")
struct ExportTests {
    @Test func nothingIdentifyingInAnyFile() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 60))
        let text = ExportFixtures.csvFiles(export).values.joined() + (try export.codebook.yaml(summary: export.summary, createdYear: 2026))
            + ExportReadme(summary: export.summary, language: .nl, files: []).text + ExportReadme(summary: export.summary, language: .en, files: []).text
        for planted in ["Xylofoonbeek", "Quarzdorp", "Opmerking", "Vrijetekstantwoord", "Demogemeente"] {
            #expect(!text.contains(planted), "\(planted) leaked")
        }
        #expect(text.range(of: #"R-[0-9A-Z]{6}"#, options: .regularExpression) == nil)
        #expect(text.range(of: #"20\d\d-\d\d-\d\d"#, options: .regularExpression) == nil)
        #expect(export.summary.commentsLeftOut > 0)
        #expect(export.summary.synthetic)
    }

    /// The finding that started format 3: with the panel's facts (and nothing else) every cell
    /// id's signature over all its years is shared by at least k cell ids.
    @Test(arguments: [UInt64(11), 29])
    func everyCellSignatureIsSharedByAtLeastK(seed: UInt64) throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 60, years: 3, seed: seed))
        let cells = try #require(export.table(ReleaseColumns.cellsFile))
        let signatures = ExportFixtures.signatures(cells, facts: 1)
        #expect(signatures.count >= 20, "most cells are released")
        let sizes = Dictionary(grouping: signatures.values, by: { $0 }).mapValues(\.count)
        #expect(sizes.values.allSatisfy { $0 >= 5 })
        #expect(export.summary.smallestClass >= 5)
        #expect(export.summary.linkage.singledOut == 0)
        #expect(export.summary.linkage.smallestCandidateSet >= 5)
    }

    /// Nothing in the panel is a size, a role count, a context answer other than declared cell
    /// facts, a province or a level.
    @Test func thePanelHoldsOnlyDeclaredColumns() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 40))
        let cells = try #require(export.table(ReleaseColumns.cellsFile))
        #expect(cells.columns.map(\.name) == ["cell", "year", "belfius_group", "context_agreement", "trust", "information_sharing",
                                              "coordinator", "shared_vision", "overall"])
        for table in export.allTables {
            let released = table.name == ReleaseColumns.codebookFile ? ReleaseColumns.codebook : ReleaseColumns.all(try DemoDataTests.bundled()).filter { $0.file == table.name }
            #expect(table.columns == released.map(\.tableColumn), "\(table.name) is classified in ReleaseColumns")
        }
    }

    @Test func cellIdsAreRandomPerExportAndStableAcrossYears() throws {
        let sources = try ExportFixtures.sources(municipalities: 40)
        let first = try #require(try ExportFixtures.export(sources, seed: 1).table(ReleaseColumns.cellsFile))
        let again = try #require(try ExportFixtures.export(sources, seed: 1).table(ReleaseColumns.cellsFile))
        let other = try #require(try ExportFixtures.export(sources, seed: 2).table(ReleaseColumns.cellsFile))
        #expect(first == again, "a seeded generator gives the same export")
        #expect(Set(first.rows.map { $0[0] }).isDisjoint(with: Set(other.rows.map { $0[0] })), "another export draws other ids")
        let years = Dictionary(grouping: first.rows, by: { $0[0] }).mapValues(\.count)
        #expect(years.values.contains(2), "one id links a cell's two years")
    }

    /// `coordinator.reachable` is hidden from coordinators: its absence named the coordinator in
    /// 132 of 138 rounds. Items whose visibility depends on role never reach items.csv.
    @Test func noItemStandsInForARole() throws {
        let questionnaire = try DemoDataTests.bundled()
        #expect(RoleDependence.items(of: questionnaire) == ["coordinator.reachable"])
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 30))
        let items = try #require(export.table(ReleaseColumns.itemsFile))
        #expect(!items.rows.contains { $0[1] == .text("coordinator.reachable") })
        #expect(export.summary.roleDependentItems == ["coordinator.reachable"])
        // Every respondent has a row for every released item: presence says nothing.
        let perRespondent = Dictionary(grouping: items.rows, by: { $0[0] }).mapValues(\.count)
        #expect(Set(perRespondent.values) == [ItemRelease(questionnaire: questionnaire).released.count])
    }

    /// The rule is derived from conditions, to any depth, for any questionnaire.
    @Test func roleDependenceFollowsConditionsTransitively() throws {
        var questionnaire = try DemoDataTests.bundled()
        questionnaire.dimensions[0].items[1].showIf = .roleGroup(["security"])
        questionnaire.dimensions[0].items[2].showIf = .all([.answered(item: questionnaire.dimensions[0].items[1].id, true)])
        questionnaire.dimensions[0].items[3].showIf = .not(.equals(item: "context.agreement", value: .code("none")))
        let dependent = RoleDependence.items(of: questionnaire)
        #expect(dependent.contains(questionnaire.dimensions[0].items[1].id))
        #expect(dependent.contains(questionnaire.dimensions[0].items[2].id), "reads a role-dependent item")
        #expect(!dependent.contains(questionnaire.dimensions[0].items[3].id), "reads only a cell fact")
    }

    /// In no round does the pattern of shown items single out fewer than 3 respondents.
    @Test func shownPatternsNeverSingleOutARespondent() throws {
        let questionnaire = try DemoDataTests.bundled()
        let release = ItemRelease(questionnaire: questionnaire)
        let conditional = try #require(release.conditional.first)
        func respondent(shown: Bool) -> [(item: String, status: ItemAnswerStatus)] {
            release.released.map { ($0, $0 == conditional ? (shown ? .answered(4) : .notShown) : .answered(3)) }
        }
        let lonely = release.round([respondent(shown: true), respondent(shown: false), respondent(shown: false), respondent(shown: false)])
        #expect(lonely.withheld)
        #expect(lonely.respondents.allSatisfy { $0.first { $0.item == conditional }?.status == ItemRelease.withheld })
        #expect(lonely.respondents.allSatisfy { $0.first { $0.item == conditional }?.value == nil })
        let shared = release.round([respondent(shown: true), respondent(shown: true), respondent(shown: true), respondent(shown: false),
                                    respondent(shown: false), respondent(shown: false)])
        #expect(!shared.withheld)
        #expect(shared.respondents[3].first { $0.item == conditional }?.status == "not-shown")
    }

    @Test func theCellFactIsTheMembersMajority() throws {
        let questionnaire = try DemoDataTests.bundled()
        let fact = try #require(ReleaseColumns.cellFacts(questionnaire).first?.fact)
        #expect(PanelFacts.majority([.choice("formal"), .choice("formal"), .choice("in-progress")], fact: fact) == "formal")
        #expect(PanelFacts.majority([.choice("informal"), .choice("none"), .missing("dk")], fact: fact) == "informal-or-none")
        #expect(PanelFacts.majority([.choice("formal"), .choice("in-progress")], fact: fact) == PanelFacts.undetermined)
        #expect(PanelFacts.majority([.missing("dk"), nil], fact: fact) == PanelFacts.undetermined)
        #expect(fact.coarse(of: "in-progress") == "not-formal")
    }

    /// A statistic over one cell more than the panel shows would give that cell away by subtraction.
    @Test func statisticsCoverExactlyThePanelsCells() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 60, years: 3, seed: 29))
        #expect(export.summary.panel(.suppressed).cells > 0, "the seed leaves a cell out of the panel")
        let cells = try #require(export.table(ReleaseColumns.cellsFile))
        let dimensions = try #require(export.table(ReleaseColumns.statsDimensionsFile))
        let rounding = ReleaseStatistics(questionnaire: try DemoDataTests.bundled(), figures: [])
        for year in 2025...2027 {
            let inPanel = cells.rows.filter { $0[1] == .integer(year) }.count
            let all = dimensions.rows.first { $0[0] == .text("all") && $0[2] == .integer(year) && $0[3] == .text("overall") }
            #expect(all?[4] == .integer(rounding.rounded(inPanel)), "\(year)")
        }
        let respondents = Set(try #require(export.table(ReleaseColumns.itemsFile)).rows.map { $0[0] }).count
        #expect(respondents == export.summary.panel.filter { $0.key != .suppressed }.values.map(\.respondents).reduce(0, +))
    }

    /// Means by a grouping the panel hides (province, level, a removed Belfius group) were solved
    /// back into each cell's value by integer programming: every group is one the panel shows.
    @Test func statisticsAreGroupedOnlyByWhatThePanelShows() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 60, years: 3, seed: 11))
        let cells = try #require(export.table(ReleaseColumns.cellsFile))
        #expect(cells.rows.contains { $0[2] == .text(PanelFacts.removed) }, "the seed removes some groups")
        let shown = Set(cells.rows.map { $0[2] }).union([.text("all"), .text("other")])
        let dimensions = try #require(export.table(ReleaseColumns.statsDimensionsFile))
        #expect(Set(dimensions.rows.map { $0[0] }).isSubset(of: [.text("all"), .text("belfius_group")]))
        #expect(Set(dimensions.rows.map { $0[1] }).isSubset(of: shown))
    }

    @Test func tooFewCellsReleaseNothingAndSayWhy() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 3))
        #expect(export.summary.releasedCells == 0)
        #expect(try #require(export.table(ReleaseColumns.cellsFile)).rows.isEmpty)
        #expect(export.summary.panel(.suppressed).cells == export.summary.municipalities)
    }

    @Test func answersToADeclaredTextItemNeverLeave() throws {
        var questionnaire = try DemoDataTests.bundled()
        questionnaire.context?.items.append(ContextItem(
            id: "context.remarks", kind: .text, text: LocalizedText(["nl": "Opmerkingen", "en": "Remarks"]), help: nil,
            options: [], missing: [], benchmark: nil, showIf: nil, minimum: nil, maximum: nil, integer: false, unit: nil, maxLength: 500))
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 30), questionnaire: questionnaire)
        #expect(export.summary.textAnswersLeftOut > 0)
        #expect(!ExportFixtures.csvFiles(export).values.joined().contains("Vrijetekstantwoord"))
    }

    /// The ledger sees every class and aggregate group, by token; the tables never see a token.
    @Test func classesNameEveryReleasedGroupAndNoTableHoldsAToken() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 60))
        let panelClasses = export.classes.filter { $0.key.hasPrefix("cells:") }
        #expect(panelClasses.values.map(\.count).reduce(0, +) == export.summary.releasedCells)
        #expect(panelClasses.values.allSatisfy { $0.count >= 5 })
        #expect(export.classes.keys.contains { !$0.hasPrefix("cells:") }, "aggregate groups are recorded too")
        #expect(!ExportFixtures.csvFiles(export).values.joined().contains("Xylofoonbeek"))
    }

    @Test func codebookDescribesConditionsBoundsAndCoverage() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 20))
        let yaml = try export.codebook.yaml(summary: export.summary, createdYear: 2026)
        #expect(yaml.contains("format: 3"))
        #expect(yaml.contains("min_coverage: 0.6"))
        #expect(yaml.contains("role_dependent: true"))
        #expect(yaml.contains("show_if:"))
        #expect(yaml.contains("figure: vvsg-2022.agreement-framework"))
        #expect(yaml.contains("smallest_class:"))
    }
}
