import Foundation
import Testing
@testable import ZelfscanCore

@Suite("Anonymised export")
struct ExportTests {
    @Test func pseudonymsAreStableAndKeyed() {
        let a = Pseudonymiser(key: ExportFixtures.keyA)
        #expect(a.pseudonym(for: "Sint-Niklaas") == Pseudonymiser(key: ExportFixtures.keyA).pseudonym(for: "  sint niklaas "))
        #expect(a.pseudonym(for: "Sint-Niklaas") == a.pseudonym(for: "SINT–NIKLAAS"))
        #expect(a.pseudonym(for: "Hemiksem") != a.pseudonym(for: "Schelle"))
        #expect(a.pseudonym(for: "Gent") != Pseudonymiser(key: ExportFixtures.keyB).pseudonym(for: "Gent"))
        #expect(a.pseudonym(for: "Gent").range(of: Pseudonymiser.pattern, options: .regularExpression) != nil)
        #expect(a.keyCheck != Pseudonymiser(key: ExportFixtures.keyB).keyCheck)
    }

    @Test func keyFileRoundTrip() throws {
        let key = ExportKey.random()
        #expect(try ExportKey(text: key.fileText) == key)
        #expect(key.fileText.count == 65)
        #expect(throws: ExportKey.ParseError.malformed) { try ExportKey(text: "abc") }
        #expect(throws: ExportKey.ParseError.malformed) { try ExportKey(text: String(repeating: "g", count: 64)) }
    }

    @Test func pseudonymsEqualAcrossYearsAndRunsDifferentWithAnotherKey() throws {
        let sources = try ExportFixtures.sources(municipalities: 40)
        let first = try ExportFixtures.export(sources)
        let second = try ExportFixtures.export(sources)
        #expect(first == second)
        let scores = try #require(first.table("scores"))
        let yearsPerPseudonym = Dictionary(grouping: scores.rows, by: { $0[0] }).mapValues { Set($0.map { $0[1] }).count }
        #expect(yearsPerPseudonym.values.contains(2), "a municipality appears in both years under one pseudonym")
        let other = try ExportFixtures.export(sources, key: ExportFixtures.keyB)
        let pseudonymsA = Set(scores.rows.map { $0[0] })
        let pseudonymsB = Set(try #require(other.table("scores")).rows.map { $0[0] })
        #expect(pseudonymsA.isDisjoint(with: pseudonymsB))
    }

    @Test func nothingIdentifyingInAnyTable() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 60))
        let text = ExportFixtures.csvFiles(export).values.joined() + (try export.codebook.yaml(summary: export.summary))
        #expect(!text.contains("Xylofoonbeek"))
        #expect(!text.contains("Quarzdorp"))
        #expect(!text.contains("Opmerking"))
        #expect(!text.contains("Vrijetekstantwoord"))
        #expect(!text.contains("Demogemeente"))
        #expect(text.range(of: #"R-[0-9A-Z]{6}"#, options: .regularExpression) == nil)
        #expect(text.range(of: #"20\d\d-\d\d-\d\d"#, options: .regularExpression) == nil)
        #expect(export.summary.commentsLeftOut > 0)
        #expect(export.summary.synthetic)
    }

    @Test func whereTheLevelIsRemovedNoAnswerRestatesIt() throws {
        // k = 12 over 40 municipalities forces province and level away for many rounds.
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 40), k: 12)
        #expect(export.summary.provinceAndLevelRemoved.cellRounds > 0)
        let long = try #require(export.table("responses_long"))
        #expect(!long.rows.contains { $0[4] == .null && $0[7] == .text("context.level") })
        let wide = try #require(export.table("responses_wide"))
        let column = try #require(wide.columnIndex("context_level"))
        #expect(!wide.rows.contains { $0[4] == .null && $0[column] != .null })
    }

    @Test func answersToADeclaredTextItemNeverLeave() throws {
        var questionnaire = try DemoDataTests.bundled()
        questionnaire.context?.items.append(ContextItem(
            id: "context.remarks", kind: .text, text: LocalizedText(["nl": "Opmerkingen", "en": "Remarks"]), help: nil,
            options: [], missing: [], benchmark: nil, showIf: nil, minimum: nil, maximum: nil, integer: false, unit: nil, maxLength: 500))
        let export = try ExportBuilder(questionnaire: questionnaire, pseudonymiser: Pseudonymiser(key: ExportFixtures.keyA), k: 5)
            .build(try ExportFixtures.sources(municipalities: 30))
        #expect(export.summary.textAnswersLeftOut > 0)
        let text = ExportFixtures.csvFiles(export).values.joined()
        #expect(!text.contains("Vrijetekstantwoord"))
        #expect(!(try #require(export.table("responses_wide"))).columns.contains { $0.name == "context_remarks" })
        #expect(!(try #require(export.table("responses_long"))).rows.contains { $0[7] == .text("context.remarks") })
    }

    @Test func smallRoleGroupsAreMerged() {
        #expect(RoleGroupCoarsening.exported(["a", "a", "a", "b", "c", "c", "c"]) == ["merged", "merged", "merged", "merged", "c", "c", "c"])
        #expect(RoleGroupCoarsening.exported(["a", "a", "b", "b", "c", "c", "c"]) == ["merged", "merged", "merged", "merged", "c", "c", "c"])
        #expect(RoleGroupCoarsening.exported(["a", "a", "a", "a", "b", "b", "b"]) == ["a", "a", "a", "a", "b", "b", "b"])
        #expect(RoleGroupCoarsening.exported(["a", "a", "a", "b", "b", "b"]) == ["a", "a", "a", "b", "b", "b"])
        #expect(RoleGroupCoarsening.exported(["a", nil, "a", "a"]) == ["merged", "merged", "merged", "merged"])
    }

    @Test func csvQuotesAndReadsBack() throws {
        let table = ExportTable(name: "t", columns: [.init("a", .text), .init("b", .real), .init("c", .integer)],
                                rows: [[.text("x, \"y\"\nz"), .real(72.5), .null], [.text("é"), .real(3), .integer(-2)]])
        let text = CSVFormat.text(table)
        #expect(text == "a,b,c\r\n\"x, \"\"y\"\"\nz\",72.5,\r\né,3,-2\r\n")
        #expect(CSVFormat.parse(text) == [["a", "b", "c"], ["x, \"y\"\nz", "72.5", ""], ["é", "3", "-2"]])
        #expect(CSVFormat.parse("\"open") == nil)
    }

    @Test func coarseningIsExplained() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 60))
        let summary = export.summary
        let touched = summary.released.cellRounds + summary.suppressed.cellRounds
        #expect(touched == export.plan.decisions.count)
        #expect(summary.provinceRemoved.cellRounds + summary.provinceAndLevelRemoved.cellRounds + summary.suppressed.cellRounds > 0)
        let scores = try #require(export.table("scores"))
        let cellRows = scores.rows.filter { $0[5] == .text("cell") }
        #expect(Set(cellRows.map { [$0[0], $0[1]] }).count == summary.released.cellRounds)
    }
}

@Suite("Exports as peer pools")
struct ExportPeerTests {
    @Test func cellScoresComeBackAsPeerEntries() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 40))
        let questionnaire = try DemoDataTests.bundled()
        let entries = try ExportPeers.entries(codebookYAML: try export.codebook.yaml(summary: export.summary),
                                              scoresCSV: CSVFormat.text(try #require(export.table("scores"))), questionnaire: questionnaire)
        #expect(entries.count == export.summary.released.cellRounds)
        #expect(entries.allSatisfy { $0.synthetic && $0.cell.respondents.isEmpty && $0.cell.questionnaireVersion == questionnaire.version })
        let scores = try #require(export.table("scores"))
        let first = try #require(entries.first)
        let trust = try #require(scores.rows.first { $0[0] == .text(first.cell.municipality) && $0[1] == .integer(first.cell.year)
                && $0[5] == .text("cell") && $0[8] == .text("trust") })
        guard case .real(let mean) = trust[9] else { Issue.record("no trust mean"); return }
        #expect(abs((first.cell.dimension("trust")?.mean ?? -1) - mean) < 1e-9)
        #expect(first.group != nil)
        let benchmark = PeerBenchmark(cell: first, pool: entries)
        #expect(benchmark.synthetic)
        #expect(benchmark.rows.contains { if case .available = $0.outcome { return true } else { return false } })
    }

    @Test func anotherQuestionnaireOrANonExportIsRefused() throws {
        let export = try ExportFixtures.export(try ExportFixtures.sources(municipalities: 10))
        var questionnaire = try DemoDataTests.bundled()
        questionnaire.version = "1999.1"
        let yaml = try export.codebook.yaml(summary: export.summary)
        #expect(throws: ExportPeers.Failure.otherQuestionnaire(found: "livc-r 2026.1")) {
            try ExportPeers.entries(codebookYAML: yaml, scoresCSV: "", questionnaire: questionnaire)
        }
        #expect(throws: ExportPeers.Failure.notAnExport) {
            try ExportPeers.entries(codebookYAML: "id: livc-r\n", scoresCSV: "", questionnaire: questionnaire)
        }
    }
}
