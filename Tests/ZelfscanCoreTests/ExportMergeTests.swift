import TestSupport
import Testing
@testable import ZelfscanCore

@Suite("Pooling exports, format 3")
struct ExportMergeTests {
    static func part(_ sources: [ExportSource], seed: UInt64) throws -> ExportMerge.Part {
        let export = try ExportFixtures.export(sources, seed: seed)
        let files = ExportFixtures.csvFiles(export)
        return ExportMerge.Part(codebookYAML: try export.codebook.yaml(summary: export.summary, createdYear: 2026),
                                cellsCSV: files["cells.csv"]!, itemsCSV: files["items.csv"]!)
    }

    @Test func twoCoachesPoolIntoOneKAnonymousPanel() throws {
        let sources = try ExportFixtures.sources(municipalities: 80, years: 2)
        let first = try Self.part(Array(sources.prefix(40)), seed: 1), second = try Self.part(Array(sources.dropFirst(40)), seed: 2)
        var random = SplitMix(seed: 3)
        let pooled = try ExportMerge.merge([first, second], questionnaire: try DemoDataTests.bundled(), k: 5, random: &random)
        let cells = try #require(pooled.table(ReleaseColumns.cellsFile))
        let partRows = [first, second].map { (CSVFormat.parse($0.cellsCSV)?.count ?? 1) - 1 }.reduce(0, +)
        #expect(cells.rows.count <= partRows && cells.rows.count > partRows / 2)
        let sizes = Dictionary(grouping: ExportFixtures.signatures(cells, facts: 1).values, by: { $0 }).mapValues(\.count)
        #expect(sizes.values.allSatisfy { $0 >= 5 })
        #expect(pooled.summary.mergedExports == 2 && pooled.summary.linkage.singledOut == 0)
        #expect(try #require(pooled.table(ReleaseColumns.statsDimensionsFile)).rows.contains { $0[0] == .text("all") })
    }

    /// A cell exported by two coaches would count twice toward k: refused, even when the two
    /// exports coarsened its facts differently.
    @Test func aCellInTwoPartsIsRefused() throws {
        let sources = try ExportFixtures.sources(municipalities: 40, years: 2)
        let first = try Self.part(Array(sources.prefix(30)), seed: 1), second = try Self.part(Array(sources.dropFirst(20)), seed: 2)
        var random = SplitMix(seed: 3)
        let questionnaire = try DemoDataTests.bundled()
        let error = try #require(throws: ExportMerge.Failure.self) {
            try ExportMerge.merge([first, second], questionnaire: questionnaire, k: 5, random: &random)
        }
        guard case .sharedCells(let part, let other, let count) = error else { Issue.record("\(error)"); return }
        #expect(part == 1 && other == 0 && count >= 5)
    }
}
