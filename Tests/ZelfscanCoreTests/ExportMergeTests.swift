import Testing
@testable import ZelfscanCore

@Suite("Pooling exports")
struct ExportMergeTests {
    static func part(_ export: AnonymisedExport) throws -> ExportMerge.Part {
        ExportMerge.Part(codebookYAML: try export.codebook.yaml(summary: export.summary), files: ExportFixtures.csvFiles(export))
    }

    @Test func twoCoachesExportsPoolIntoOneKAnonymousExport() throws {
        let sources = try ExportFixtures.sources(municipalities: 60)
        let a = try ExportFixtures.export(Array(sources[0..<35]))
        let b = try ExportFixtures.export(Array(sources[25..<60]))
        let pooled = try ExportMerge.merge([try Self.part(a), try Self.part(b)], k: 5)
        let files = Dictionary(uniqueKeysWithValues: pooled.tables.map { ($0.name + ".csv", CSVFormat.text($0)) })
        #expect(pooled.summary.mergedExports == 2)
        #expect(pooled.summary.synthetic)
        #expect(pooled.summary.duplicates.cellRounds > 0, "the ten cells both coaches hold are kept once")
        let scores = try #require(pooled.tables.first { $0.name == "scores" })
        let units = Set(scores.rows.filter { $0[5] == .text("cell") }.map { [$0[0], $0[1]] })
        #expect(units.count == pooled.summary.released.cellRounds)
        let direct = try ExportFixtures.export(sources)
        #expect(pooled.summary.released.cellRounds <= direct.summary.released.cellRounds + direct.summary.suppressed.cellRounds)
        #expect(pooled.codebookYAML.contains("merged_exports: 2"))
        let peers = try ExportPeers.entries(codebookYAML: pooled.codebookYAML, scoresCSV: files["scores.csv"]!,
                                            questionnaire: try DemoDataTests.bundled())
        #expect(peers.count == units.count)
    }

    @Test func exportsOfAnotherKeyOrAMissingFileAreRefused() throws {
        let sources = try ExportFixtures.sources(municipalities: 20)
        let a = try ExportFixtures.export(sources)
        let b = try ExportFixtures.export(sources, key: ExportFixtures.keyB)
        #expect(throws: ExportMerge.Failure.differentKeys(part: 1)) { try ExportMerge.merge([try Self.part(a), try Self.part(b)], k: 5) }
        var broken = try Self.part(a)
        broken.files["scores.csv"] = nil
        #expect(throws: ExportMerge.Failure.unreadable(part: 1, file: "scores.csv")) { try ExportMerge.merge([try Self.part(a), broken], k: 5) }
    }
}
