import Foundation
import Testing
import ZelfscanCore
import ZelfscanServices

/// `export --merge` on export folders written here: the pool streams every part's items.csv
/// from disk, passes its own audit, and a broken part leaves nothing at `--out`.
@Suite("Pooling export folders")
struct ExportMergeServiceTests {
    /// Three exports of disjoint demo cells, written and audited as `zelfscan export` writes them.
    static func parts(in folder: String) throws -> [String] {
        let questionnaire = try #require(BundledQuestionnaire.load().questionnaire)
        let cells = DemoDataGenerator(questionnaire: questionnaire, seed: 17, municipalities: 60, years: 2, firstYear: 2025,
                                      questionnaireSHA256: "not checked here").generate()
        var paths: [String] = []
        for (index, range) in [0..<20, 20..<40, 40..<60].enumerated() {
            var random = SplitMix64(seed: UInt64(index + 1))
            let sources = cells[range].map { ExportSource(workspace: $0.workspace, responses: $0.responses) }
            let export = try ExportBuilder(questionnaire: questionnaire, k: 5, memberToken: { $0 }).build(sources, random: &random)
            let path = folder + "/part-\(index)"
            try ExportRelease.write(export.plan, formats: [.csv, .sqlite], to: path, createdYear: 2026, language: .en)
            paths.append(path)
        }
        return paths
    }

    static func records(_ path: String) throws -> [[String]] {
        try #require(CSVFormat.parse(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)))
    }

    /// Each respondent's rows, without the respondent number, sorted so two multisets compare equal.
    static func respondents(_ itemsCSV: String) throws -> [[[String]]] {
        let rows = try records(itemsCSV).dropFirst()
        return Dictionary(grouping: rows, by: { $0[0] }).values.map { $0.map { Array($0.dropFirst()) } }
            .sorted { $0.map { $0.joined(separator: ",") }.lexicographicallyPrecedes($1.map { $0.joined(separator: ",") }) }
    }

    @Test func thePoolHoldsEveryRespondentOfEveryPartAndPassesTheAudit() throws {
        let folder = try WorkspaceServicesTests.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let parts = try Self.parts(in: folder)
        let service = ExportMergeService(parts: parts, k: 5, questionnaireFile: nil, language: .en)
        var random = SplitMix64(seed: 4)
        let summary = try service.merge(to: folder + "/pool", formats: [.csv, .sqlite], createdYear: 2026, random: &random)
        #expect(summary.mergedExports == 3)
        #expect(try ExportAudit(minimumK: 5).audit(AuditFolder(path: folder + "/pool")).findings.isEmpty)

        let pooled = try Self.records(folder + "/pool/items.csv")
        let expected = try parts.flatMap { try Self.respondents($0 + "/items.csv") }
        #expect(summary.respondents == expected.count && expected.count > 100)
        #expect(pooled.dropFirst().map { Int($0[0])! } == pooled.dropFirst().map { Int($0[0])! }.sorted())
        #expect(Set(pooled.dropFirst().map { Int($0[0])! }) == Set(1...expected.count), "numbered 1 to n")
        #expect(try Self.respondents(folder + "/pool/items.csv")
                == expected.sorted { $0.map { $0.joined(separator: ",") }.lexicographicallyPrecedes($1.map { $0.joined(separator: ",") }) })

        var again = SplitMix64(seed: 4)
        _ = try service.merge(to: folder + "/again", formats: [.csv], createdYear: 2026, random: &again)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/again/items.csv")) == Data(contentsOf: URL(fileURLWithPath: folder + "/pool/items.csv")),
                "a seed repeats the pool")
    }

    /// The audit of the broken part stops the merge before anything is written: no folder at
    /// `--out` and no unfinished copy beside it.
    @Test func aPartBrokenInTheMiddleOfItsItemsLeavesNoFolder() throws {
        let folder = try WorkspaceServicesTests.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let parts = try Self.parts(in: folder)
        let items = parts[1] + "/items.csv"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: items))
        bytes.insert(contentsOf: Data(",\"".utf8), at: bytes[(bytes.count / 2)...].firstIndex(of: 0x0D)!)
        try bytes.write(to: URL(fileURLWithPath: items))
        var random = SplitMix64(seed: 4)
        let failure = try #require(throws: CommandFailure.self) {
            try ExportMergeService(parts: parts, k: 5, questionnaireFile: nil, language: .en)
                .merge(to: folder + "/pool", formats: [.csv, .sqlite], createdYear: 2026, random: &random)
        }
        #expect(failure.exitCode == ExitStatus.invalidData)
        #expect(failure.message.en == "\(parts[1]) fails the audit, so it is not pooled: nothing was written")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["part-0", "part-1", "part-2"])
    }
}
