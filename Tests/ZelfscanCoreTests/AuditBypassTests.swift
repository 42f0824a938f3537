import Foundation
import TestSupport
import Testing
import YAML
@testable import ZelfscanCore

/// One test per way issue 12 found past the old audit: each tampers with a valid format-3 folder
/// and expects a finding at the right FILE:LINE whose text does not repeat what was planted.
@Suite("audit bypasses of issue 12")
struct AuditBypassTests {
    static func audit(_ fixture: AuditExportFixture, csv: [String: String] = [:], k: Int = 5, chunkSize: Int = 7) throws -> AuditResult {
        try ExportAudit(minimumK: k).audit(fixture.folder(csv: csv, chunkSize: chunkSize))
    }

    /// The findings at `file:line` (nil: the file as a whole); none may hold `planted`.
    @discardableResult
    static func expectFinding(_ result: AuditResult, _ file: String, line: Int?, containing words: String? = nil, planted: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) -> [AuditFinding] {
        let here = result.findings.filter { $0.file == file && $0.line == line && (words.map($0.message.en.contains) ?? true) }
        #expect(!here.isEmpty, "no finding at \(file):\(line.map(String.init) ?? "-") among \(result.findings.map { "\($0.file):\($0.line ?? 0) \($0.message.en)" })",
                sourceLocation: sourceLocation)
        for finding in result.findings {
            for value in planted {
                let text = [finding.file, finding.message.en, finding.message.nl, finding.hint.en, finding.hint.nl].joined(separator: " ")
                #expect(!text.lowercased().contains(value.lowercased()), "a finding repeats the planted value", sourceLocation: sourceLocation)
            }
        }
        return here
    }

    static func text(_ fixture: AuditExportFixture, _ file: String) -> String {
        String(decoding: fixture.files()[file]!, as: UTF8.self)
    }

    /// Replaces the `number`th line (1-based) of a CSV text.
    static func replacingLine(_ text: String, _ number: Int, with line: String) -> String {
        var lines = text.components(separatedBy: "\r\n")
        lines[number - 1] = line
        return lines.joined(separator: "\r\n")
    }

    @Test(arguments: [1, 7, 4096])
    func theValidFolderPasses(chunkSize: Int) throws {
        let result = try Self.audit(AuditExportFixture(), chunkSize: chunkSize)
        #expect(result.findings.map { "\($0.file):\($0.line ?? 0) \($0.message.en)" } == [])
        #expect(result.rowsRead["cells.csv"] == 22)
        #expect(result.rowsRead["zelfscan.sqlite/cells"] == 22)
        #expect(result.k == 5)
    }

    @Test func theValidFolderPassesAsCSVOnlyAndAsSQLiteOnly() throws {
        #expect(try Self.audit(AuditExportFixture(withDatabase: false)).findings.map(\.message.en) == [])
        var sqliteOnly = AuditExportFixture()
        sqliteOnly.withDataCSVs = false
        #expect(try Self.audit(sqliteOnly).findings.map(\.message.en) == [])
    }

    @Test func aRowShorterThanTheHeader() throws {
        let fixture = AuditExportFixture(withDatabase: false)
        let csv = Self.text(fixture, "cells.csv")
        let short = Self.replacingLine(csv, 3, with: "Caaaaaaaaaa09,2026,woongemeenten,formal,60.5,55.0")
        let result = try Self.audit(fixture, csv: ["cells.csv": short])
        Self.expectFinding(result, "cells.csv", line: 3, containing: "6 field(s), the header 7", planted: [])
    }

    @Test func aFieldPastTheHeader() throws {
        let fixture = AuditExportFixture(withDatabase: false)
        let csv = Self.text(fixture, "items.csv")
        let long = Self.replacingLine(csv, 2, with: "1,trust.safe-to-share,2,answered,\"Gent, Jan Peeters (politie)\"")
        let result = try Self.audit(fixture, csv: ["items.csv": long])
        Self.expectFinding(result, "items.csv", line: 2, containing: "5 field(s)", planted: ["Gent", "Peeters"])
        Self.expectFinding(result, "items.csv", line: 2, containing: "municipality name", planted: ["Gent", "Peeters"])
    }

    @Test func aSecondColumnWithTheSameName() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.addColumn("context_agreement", type: "text", value: "Limburg", to: "cells")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "cells.csv", line: 1, containing: "same name as an earlier column", planted: ["Limburg"])
    }

    @Test func anUndocumentedColumnInOneFile() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.addColumn("province", type: "text", value: "limburg", to: "items")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "items.csv", line: 1, containing: "not a column of items.csv", planted: ["limburg"])
    }

    @Test(arguments: ["01", "+1", "1.0"])
    func paddedRespondentNumbers(_ padded: String) throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("items", row: 1, column: "respondent", to: padded)
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "items.csv", line: 3, containing: "canonical respondent number", planted: [])
    }

    @Test func textAfterAClosingQuote() throws {
        let fixture = AuditExportFixture(withDatabase: false)
        let csv = Self.text(fixture, "cells.csv")
        let edited = Self.replacingLine(csv, 2, with: "Caaaaaaaaaa09,2025,\"woongemeenten\"Gent Jan Peeters,formal,60.5,55.0,58.2")
        let result = try Self.audit(fixture, csv: ["cells.csv": edited])
        Self.expectFinding(result, "cells.csv", line: 2, containing: "text follows a closing quote", planted: ["Gent", "Peeters"])
    }

    @Test(arguments: [("stats_items", "answer", "sint-niklaas"), ("stats_reference", "category", "aalst"),
                      ("stats_items", "answer", "sintniklaas"), ("stats_reference", "figure", "st-niklaas")])
    func lowercaseMunicipalityNamesInCodeColumns(_ table: String, _ column: String, _ name: String) throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set(table, row: 0, column: column, to: name)
        let result = try Self.audit(fixture)
        Self.expectFinding(result, table + ".csv", line: 2, containing: "municipality name", planted: [name])
    }

    @Test func aMunicipalityNameInATextColumn() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("codebook", row: 4, column: "description_en", to: "Score of SINT NIKLAAS")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "codebook.csv", line: 6, containing: "municipality name", planted: ["niklaas"])
    }

    @Test(arguments: ["23-11-2026", "23/11/2026", "23.11.2026", "20261123", "2026-11-23", "10:00", "2026-11-23T10:14:40Z"])
    func datesInAnyForm(_ date: String) throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("stats_items", row: 1, column: "answer", to: date)
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "stats_items.csv", line: 3, containing: "date or a time", planted: [date])
    }

    @Test func epochSecondsInANumericColumn() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("items", row: 2, column: "value", to: "1795425600")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "items.csv", line: 4, containing: "epoch seconds", planted: ["1795425600"])
    }

    @Test(arguments: ["r-7kq4m2", "7KQ4M2", "7kq4m2", "R-7KQ4M2"])
    func respondentCodesInAnyCase(_ code: String) throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("stats_reference", row: 0, column: "category", to: code)
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "stats_reference.csv", line: 2, containing: "respondent code", planted: [code])
    }

    @Test(arguments: [("cells", "trust", "44021", 2, "NIS code"), ("items", "value", "0475123456", 2, "phone number"),
                      ("stats_icc", "respondents", "+32475123456", 2, "phone number")])
    func aNISCodeOrAPhoneNumberInANumericColumn(_ table: String, _ column: String, _ value: String, _ line: Int, _ words: String) throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set(table, row: line - 2, column: column, to: value)
        let result = try Self.audit(fixture)
        Self.expectFinding(result, table + ".csv", line: line, containing: words, planted: [value])
    }

    @Test func aNameInTheReadme() throws {
        var fixture = AuditExportFixture()
        fixture.readme += "Thanks to the cell of Sint-Niklaas.\n"
        let result = try Self.audit(fixture)
        let line = fixture.readme.components(separatedBy: "\n").count - 1
        Self.expectFinding(result, "README.md", line: line, containing: "municipality name", planted: ["Niklaas"])
    }

    @Test func aNameInCodebookYAML() throws {
        var fixture = AuditExportFixture()
        fixture.codebookYAML = fixture.codebookYAML.replacingOccurrences(of: "Informatie komt op tijd.", with: "Informatie uit Wezembeek-Oppem komt op tijd.")
        let result = try Self.audit(fixture)
        let line = fixture.codebookYAML.components(separatedBy: "\n").firstIndex { $0.contains("Wezembeek") }! + 1
        Self.expectFinding(result, "codebook.yaml", line: line, containing: "municipality name", planted: ["Wezembeek"])
    }

    @Test func aNameInACodebookCSVText() throws {
        var fixture = AuditExportFixture()
        fixture.set("codebook", row: 0, column: "description_nl", to: "Cel van Gent")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "codebook.csv", line: 2, containing: "municipality name", planted: ["Gent"])
    }

    @Test func anExtraSQLiteTable() throws {
        var fixture = AuditExportFixture()
        fixture.databaseOverrides["namen"] = (["naam"], [[.text("Gent")]])
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "zelfscan.sqlite", line: nil, containing: "table or view that export format 3 does not have", planted: ["Gent", "namen"])
        Self.expectFinding(result, "zelfscan.sqlite", line: nil, containing: "municipality name", planted: ["Gent", "namen"])
    }

    @Test func aSQLiteValueThatDiffersFromItsCSV() throws {
        var fixture = AuditExportFixture()
        var cells = fixture.database().tables["cells"]!
        cells.rows[5][4] = .real(99.9)
        fixture.databaseOverrides["cells"] = cells
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "zelfscan.sqlite", line: nil, containing: "does not hold the same rows as cells.csv", planted: ["99.9"])
    }

    @Test func aLeakInASQLiteOnlyExportIsFoundInTheTable() throws {
        var fixture = AuditExportFixture()
        fixture.withDataCSVs = false
        fixture.set("stats_items", row: 0, column: "answer", to: "gent")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "zelfscan.sqlite", line: nil, containing: "table stats_items, row 1", planted: ["gent"])
    }

    @Test func aGemeenteNaamColumnDescribedInTheCodebook() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.addColumn("gemeente_naam", type: "text", value: "removed", to: "cells")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "cells.csv", line: 1, containing: "not a column of cells.csv in export format 3, whatever the codebook says", planted: [])
    }

    @Test func aCellFactWithARevealingName() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.codebookYAML = fixture.codebookYAML.replacingOccurrences(of: "  - item: context.agreement\n", with: "  - item: context.agreement\n    column: role_mayor\n")
        let cells = fixture.tables.firstIndex { $0.name == "cells" }!
        fixture.tables[cells].columns[3].name = "role_mayor"
        let codebook = fixture.tables.firstIndex { $0.name == "codebook" }!
        fixture.tables[codebook].rows[3][1] = "role_mayor"
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "codebook.yaml", line: nil, containing: "a cell fact has a column name that is not allowed", planted: [])
        Self.expectFinding(result, "cells.csv", line: 1, containing: "named like identifying data ('role')", planted: [])
    }

    @Test func kLoweredInTheCodebookStillMeansFive() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.codebookYAML = fixture.codebookYAML.replacingOccurrences(of: "  k: 5", with: "  k: 2")
        for row in 0..<4 { fixture.set("cells", row: row, column: "belfius_group", to: "kustgemeenten") }
        let result = try Self.audit(fixture)
        #expect(result.k == 5)
        Self.expectFinding(result, "cells.csv", line: 2, containing: "shared by 1 other cell(s) (lines 2, 4): fewer than k=5", planted: [])
    }

    @Test func aFileEditedAfterExport() throws {
        var fixture = AuditExportFixture()
        fixture.editedAfterManifest["README.md"] = Array((fixture.readme + "Edited.\n").utf8)
        let result = try Self.audit(fixture)
        let manifest = Self.text(fixture, "MANIFEST.sha256").components(separatedBy: "\n")
        let line = manifest.firstIndex { $0.hasSuffix("  README.md") }! + 1
        Self.expectFinding(result, "MANIFEST.sha256", line: line, containing: "edited after export", planted: [])
    }

    @Test func aFormulaInjectionField() throws {
        var fixture = AuditExportFixture()
        fixture.set("codebook", row: 2, column: "description_en", to: "=HYPERLINK(\"http://x.example\",\"click\")")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "codebook.csv", line: 4, containing: "spreadsheet formula", planted: ["HYPERLINK"])
    }

    @Test func anExtraFile() throws {
        var fixture = AuditExportFixture()
        fixture.extraFiles["shared.key"] = Array("0123".utf8)
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "shared.key", line: nil, containing: "never writes", planted: ["0123"])
    }

    @Test func aSymlinkOrAFolder() throws {
        var fixture = AuditExportFixture()
        fixture.links = ["cells_old.csv"]
        fixture.folders = ["notes"]
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "cells_old.csv", line: nil, containing: "never writes", planted: [])
        Self.expectFinding(result, "notes", line: nil, containing: "never writes", planted: [])
    }

    @Test func aSymlinkInPlaceOfAnExportFile() throws {
        var fixture = AuditExportFixture()
        fixture.links = ["README.md"]
        var folder = fixture.folder()
        folder.files["README.md"] = nil
        let result = try ExportAudit().audit(folder)
        Self.expectFinding(result, "README.md", line: nil, containing: "not a plain file", planted: [])
    }

    @Test func anExportWithNoCellsReleasedNothing() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.tables[0].rows = []
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "cells.csv", line: 1, containing: "nothing was released", planted: [])
    }

    @Test func anOlderExportIsOneFinding() throws {
        var fixture = AuditExportFixture()
        fixture.codebookYAML = fixture.codebookYAML.replacingOccurrences(of: "  format: 3\n", with: "")
        let result = try Self.audit(fixture)
        #expect(result.findings.map(\.message.en) == ["this export was made by an older zelfscan that did not protect against linkage: export again"])
    }

    @Test func aCellCoarsenedDifferentlyAcrossItsYears() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("cells", row: 1, column: "belfius_group", to: "removed")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "cells.csv", line: 3, containing: "removed in another", planted: [])
    }

    @Test func aStatisticOverTooFewCells() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("stats_dimensions", row: 0, column: "cells", to: "5")
        fixture.set("stats_items", row: 0, column: "count", to: "23")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "stats_dimensions.csv", line: 2, containing: "fewer than 10 cells", planted: [])
        Self.expectFinding(result, "stats_items.csv", line: 2, containing: "multiple of 5", planted: [])
    }

    /// Statistics by province or level beside the panel's means can be solved back into each
    /// cell's province: such a grouping, or a group that is not of its grouping, is a finding.
    @Test func aGroupingThePanelDoesNotRelease() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("stats_dimensions", row: 1, column: "grouping", to: "province")
        fixture.set("stats_dimensions", row: 0, column: "group", to: "woongemeenten")
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "stats_dimensions.csv", line: 3, containing: "not one of the codes", planted: [])
        Self.expectFinding(result, "stats_dimensions.csv", line: 2, containing: "not a group of the row's grouping", planted: [])
    }

    /// A reference share taken over 5 cells: 5 cells are 100 percent, so the base is 5.
    @Test func aReferenceShareOverTooFewCells() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.set("stats_reference", row: 0, column: "cells", to: "5")
        fixture.set("stats_reference", row: 0, column: "share", to: "100")
        Self.expectFinding(try Self.audit(fixture), "stats_reference.csv", line: 2, containing: "fewer than 10 cells", planted: [])
        #expect(try Self.audit(AuditExportFixture(withDatabase: false)).findings.isEmpty, "10 cells at 45.5 percent: a base of 22")
    }

    @Test func codebookCSVDescribesExactlyTheColumns() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        let codebook = fixture.tables.firstIndex { $0.name == "codebook" }!
        fixture.tables[codebook].rows.remove(at: 0)
        fixture.tables[codebook].rows.append(["items.csv", "extra", "sensitive", "text", "x", "x", "codes", "1", "livc-r", "2026.1"])
        let result = try Self.audit(fixture)
        Self.expectFinding(result, "codebook.csv", line: nil, containing: "no row for column 1 of cells.csv", planted: [])
        Self.expectFinding(result, "codebook.csv", line: fixture.tables[codebook].rows.count + 1, containing: "no data file", planted: [])
    }

    @Test func findingsArePerCheckAndCapped() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        for row in 0..<12 { fixture.set("items", row: row, column: "status", to: "gezien") }
        let result = try Self.audit(fixture)
        // The unknown status is one check; that the value no longer fits its status is another.
        let listed = result.findings.filter { $0.file == "items.csv" && $0.line != nil && $0.message.en.contains("not one of the codes") }
        #expect(listed.count == FindingLimiter.perCheck)
        #expect(result.findings.contains { $0.file == "items.csv" && $0.message.en.hasPrefix("and 2 more finding(s)") })
    }
}
