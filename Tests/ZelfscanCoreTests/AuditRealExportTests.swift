import TestSupport
import Testing
@testable import ZelfscanCore

/// Tampering found by the December 2026 review on a real export that the audit let pass: each
/// is now a finding at its line, never repeating the planted value.
@Suite("Audit of a real export, tampered")
struct AuditRealExportTests {
    static let export = Result { try ExportFixtures.export(try ExportFixtures.sources(municipalities: 40)) }

    static func fixture() throws -> AuditExportFixture {
        let export = try Self.export.get()
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.tables = export.allTables.map { table in
            AuditExportFixture.Table(name: table.name, columns: table.columns.map { ($0.name, $0.type.rawValue.lowercased()) },
                                     rows: table.rows.map { $0.map(\.csvText) })
        }
        fixture.codebookYAML = try export.codebook.yaml(summary: export.summary, createdYear: 2026)
        fixture.readme = ExportReadme(summary: export.summary, language: .nl, files: []).text
        return fixture
    }

    static func audit(_ fixture: AuditExportFixture) throws -> AuditResult {
        try ExportAudit().audit(fixture.folder())
    }

    @Test func theRealExportIsClean() throws {
        #expect(try Self.audit(try Self.fixture()).findings.map(\.message.en) == [])
    }

    @Test func anItemThatNamesARoleOrAValueOffTheScale() throws {
        var fixture = try Self.fixture()
        let items = fixture.tables.firstIndex { $0.name == "items" }!
        fixture.tables[items].rows[0] = ["1", "coordinator.reachable", "4", "answered"]
        fixture.tables[items].rows[1][2] = "4.001"
        fixture.tables[items].rows[1][3] = "answered"
        fixture.tables[items].rows[2][2] = "4"
        fixture.tables[items].rows[2][3] = "dk"
        let messages = try Self.audit(fixture).findings.filter { $0.file == "items.csv" }.map { "\($0.line ?? 0) \($0.message.en)" }
        #expect(messages.contains { $0.hasPrefix("2 ") && $0.contains("visibility depends on the role") })
        #expect(messages.contains { $0.hasPrefix("3 ") && $0.contains("not on the item's scale") })
        #expect(messages.contains { $0.hasPrefix("4 ") && $0.contains("does not fit its status") })
    }

    @Test func aCodeTheItemCannotHave() throws {
        var fixture = try Self.fixture()
        let counts = fixture.tables.firstIndex { $0.name == "stats_items" }!
        fixture.tables[counts].rows[0][1] = "jan-peeters"
        let findings = try Self.audit(fixture).findings.filter { $0.file == "stats_items.csv" }
        #expect(findings.contains { $0.line == 2 && $0.message.en.contains("cannot have") })
        #expect(!findings.map(\.message.en).joined().contains("jan-peeters"))
    }

    @Test func commentsExtraKeysAndStatedRisk() throws {
        var fixture = try Self.fixture()
        fixture.codebookYAML = fixture.codebookYAML
            .replacingOccurrences(of: "format: 3", with: "format: 3 # Sint-Niklaas")
            .replacingOccurrences(of: "smallest_class: ", with: "smallest_class: 1")
            + "extra:\n  cell_map: none\n"
        let messages = try Self.audit(fixture).findings.filter { $0.file == "codebook.yaml" || $0.file == "cells.csv" }.map(\.message.en)
        #expect(messages.contains { $0.hasPrefix("a comment ") })
        #expect(messages.contains { $0.contains("top-level key") })
        #expect(messages.contains { $0.contains("states a smallest class") })
        #expect(!messages.joined().contains("Niklaas"))
    }
}
