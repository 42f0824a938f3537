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
        let pooled = try ExportMerge.merge([first, second], questionnaire: try DemoDataTests.bundled(), k: 5, random: &random).materialised()
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

    /// A respondent's rows as a sequence, without the respondent number, by number.
    static func respondents(_ itemsCSV: String) throws -> [Int: [[String]]] {
        let rows = try #require(CSVFormat.parse(itemsCSV)).dropFirst()
        return Dictionary(grouping: rows, by: { Int($0[0]) ?? -1 }).mapValues { $0.map { Array($0.dropFirst()) } }
    }

    static func sorted(_ sequences: some Sequence<[[String]]>) -> [[[String]]] {
        sequences.sorted { $0.map { $0.joined(separator: ",") }.lexicographicallyPrecedes($1.map { $0.joined(separator: ",") }) }
    }

    /// The pool's items.csv holds every respondent of every part, each with its rows in their
    /// order, numbered 1, 2, 3 … in one shuffled order; a seed repeats that order.
    @Test func itemsHoldEveryRespondentOfEveryPartRenumbered() throws {
        let sources = try ExportFixtures.sources(municipalities: 60, years: 2)
        let parts = try [Self.part(Array(sources.prefix(20)), seed: 1), Self.part(Array(sources[20..<40]), seed: 2),
                         Self.part(Array(sources.dropFirst(40)), seed: 3)]
        let questionnaire = try DemoDataTests.bundled()
        func pooledItems(seed: UInt64) throws -> String {
            var random = SplitMix(seed: seed)
            let plan = try ExportMerge.merge(parts, questionnaire: questionnaire, k: 5, random: &random)
            return CSVFormat.text(try #require(plan.materialised().table(ReleaseColumns.itemsFile)))
        }
        let pooled = try pooledItems(seed: 4)
        let numbered = try Self.respondents(pooled)
        let expected = try parts.flatMap { try Self.respondents(String(decoding: try $0.items.read(offset: 0, count: 1 << 30), as: UTF8.self)).values }
        #expect(numbered.count == expected.count && expected.count > 100)
        #expect(Set(numbered.keys) == Set(1...expected.count))
        #expect(Self.sorted(numbered.values) == Self.sorted(expected))
        let order = try #require(CSVFormat.parse(pooled)).dropFirst().map { Int($0[0])! }
        #expect(order == order.sorted(), "each respondent's rows together, in number order")
        #expect(try pooledItems(seed: 4) == pooled)
        #expect(try pooledItems(seed: 5) != pooled)
    }

    /// A part whose items.csv breaks in the middle is refused as before, while the pool is
    /// still being planned: nothing has been written when the merge fails.
    @Test(arguments: ["a field too many", "a quote inside a field", "a carriage return alone", "a respondent's rows apart", "an unterminated quote"])
    func aPartMalformedInTheMiddleIsRefused(_ damage: String) throws {
        let sources = try ExportFixtures.sources(municipalities: 40, years: 2)
        let first = try Self.part(Array(sources.prefix(20)), seed: 1), second = try Self.part(Array(sources.dropFirst(20)), seed: 2)
        var lines = String(decoding: try second.items.read(offset: 0, count: 1 << 30), as: UTF8.self).components(separatedBy: "\r\n")
        let middle = lines.count / 2
        switch damage {
        case "a field too many": lines[middle] += ",x"
        case "a quote inside a field": lines[middle] += "a\"b"
        case "a carriage return alone": lines[middle] += "\rx"
        case "a respondent's rows apart": lines.insert(lines[1], at: middle)
        default: lines[middle] += ",\"withheld"
        }
        let broken = ExportMerge.Part(codebookYAML: second.codebookYAML, cellsCSV: second.cellsCSV, itemsCSV: lines.joined(separator: "\r\n"))
        var random = SplitMix(seed: 3)
        let questionnaire = try DemoDataTests.bundled()
        let error = try #require(throws: ExportMerge.Failure.self) {
            try ExportMerge.merge([first, broken], questionnaire: questionnaire, k: 5, random: &random)
        }
        #expect(error == .unreadable(part: 1, file: "items.csv"))
    }

    /// Bytes that moved between the two reads: the rows stop with the part's failure.
    @Test func aPartThatChangesBetweenTheReadsStopsTheRows() throws {
        struct Shifting: ExportPartItems {
            var bytes: [UInt8]
            func read(_ chunk: (UnsafeRawBufferPointer) throws -> Void) throws { try bytes.withUnsafeBytes { try chunk($0) } }
            func read(offset: Int, count: Int) throws -> [UInt8] { Array(bytes[(offset + 7)..<min(offset + 7 + count, bytes.count)]) }
        }
        let sources = try ExportFixtures.sources(municipalities: 40, years: 2)
        let first = try Self.part(Array(sources.prefix(20)), seed: 1), second = try Self.part(Array(sources.dropFirst(20)), seed: 2)
        let shifting = ExportMerge.Part(codebookYAML: second.codebookYAML, cellsCSV: second.cellsCSV,
                                        items: Shifting(bytes: try second.items.read(offset: 0, count: 1 << 30)))
        var random = SplitMix(seed: 3)
        let plan = try ExportMerge.merge([first, shifting], questionnaire: try DemoDataTests.bundled(), k: 5, random: &random)
        let items = try #require(plan.tables.first { $0.name == ReleaseColumns.itemsFile })
        let error = try #require(throws: ExportMerge.Failure.self) { try items.forEachRow { _ in } }
        #expect(error == .unreadable(part: 1, file: "items.csv"))
    }
}
