import Foundation
import Testing
import TestSupport
@testable import ZelfscanCore

/// A scratch in memory standing in for the export's scratch file (ZelfscanFiles.ScratchFile).
final class MemoryScratch: RoundScratch, @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [UInt8] = []
    /// When set, reading fails as a broken disk would.
    let failsToRead: Bool

    init(failsToRead: Bool = false) {
        self.failsToRead = failsToRead
    }

    var count: Int { lock.withLock { stored.count } }

    func keep(_ bytes: [UInt8]) throws -> Int64 {
        lock.withLock {
            defer { stored += bytes }
            return Int64(stored.count)
        }
    }

    struct ReadFailure: Error {}

    func bytes(at offset: Int64, count: Int) throws -> [UInt8] {
        if failsToRead { throw ReadFailure() }
        return lock.withLock { Array(stored[Int(offset)..<Int(offset) + count]) }
    }
}

/// What a streaming export moves out of memory must come back unchanged: the export made from
/// contributions kept in a scratch is byte for byte the export made from memory.
@Suite("round scratch")
struct RoundScratchTests {
    static func contributions(moved scratch: MemoryScratch?) throws -> (ExportBuilder, [ExportContribution]) {
        let builder = ExportBuilder(questionnaire: try DemoDataTests.bundled(), k: 5, memberToken: { $0 })
        var contributions = try ExportFixtures.sources(municipalities: 40, years: 3).map(builder.contribution)
        if let scratch {
            for index in contributions.indices { try contributions[index].move(to: scratch) }
        }
        return (builder, contributions)
    }

    @Test func anExportFromTheScratchIsTheExportFromMemory() throws {
        let (builder, inMemory) = try Self.contributions(moved: nil)
        let scratch = MemoryScratch()
        let (_, moved) = try Self.contributions(moved: scratch)
        #expect(scratch.count > 40 * 3 * 500, "codes, counts, means and spreads of 120 rounds")
        let round = try #require(moved.first?.rounds.first { $0.enough })
        #expect(round.items.codes.isEmpty)
        #expect(round.statistics?.tally == nil && round.statistics?.heldText == nil)
        #expect(round.statistics?.means["overall"] == nil && round.statistics?.spreads["overall"] == nil)

        var first = SplitMix(seed: 7), second = SplitMix(seed: 7)
        let fromMemory = try builder.plan(inMemory, random: &first, scratch: nil).materialised()
        let fromScratch = try builder.plan(moved, random: &second, scratch: scratch).materialised()
        #expect(ExportFixtures.csvFiles(fromScratch) == ExportFixtures.csvFiles(fromMemory))
        #expect(fromScratch.classes == fromMemory.classes)
        #expect(fromScratch.summary == fromMemory.summary)
        #expect(fromMemory.tables.first { $0.name == ReleaseColumns.itemsFile }!.rows.count > 300)
        #expect(!fromMemory.tables.first { $0.name == "stats_icc" }!.rows.isEmpty)
        #expect(!fromMemory.tables.first { $0.name == "stats_reference" }!.rows.isEmpty)
    }

    @Test func aScratchThatCannotBeReadStopsThePlan() throws {
        let broken = MemoryScratch(failsToRead: true)
        let (builder, moved) = try Self.contributions(moved: broken)
        var random = SplitMix(seed: 1)
        #expect {
            _ = try builder.plan(moved, random: &random, scratch: broken)
        } throws: { error in
            guard case .scratch(let cause)? = error as? ExportBuilder.PlanFailure else { return false }
            return cause is MemoryScratch.ReadFailure
        }
    }

    /// A row the alphabet has no code for (a value off the scale) is kept beside the codes; after
    /// the codes move it must still come back at its own place.
    @Test func rowsOutsideTheAlphabetComeBackAfterAMove() throws {
        let questionnaire = try DemoDataTests.bundled()
        let released = ItemRelease(questionnaire: questionnaire).released
        let alphabet = ItemRowCodes.Alphabet(questionnaire: questionnaire, released: released)
        var codes = ItemRowCodes(width: released.count)
        for respondent in 0..<3 {
            codes.append(released.enumerated().map { position, item in
                respondent == 1 && position == 2
                    ? ItemRelease.Row(item: item, value: 2.75, status: "answered")
                    : ItemRelease.Row(item: item, value: nil, status: position.isMultiple(of: 2) ? "skipped" : "not-shown")
            }, alphabet: alphabet)
        }
        func written(_ codes: ItemRowCodes, scratch: MemoryScratch?) throws -> [[ExportTable.Value]] {
            var rows: [[ExportTable.Value]] = []
            for respondent in 0..<3 { try codes.rows(of: respondent, number: respondent + 1, alphabet: alphabet, scratch: scratch) { rows.append($0) } }
            return rows
        }
        let before = try written(codes, scratch: nil)
        #expect(before[released.count + 2] == [.integer(2), .text(released[2]), .real(2.75), .text("answered")])
        let scratch = MemoryScratch()
        var moved = codes
        try moved.move(to: scratch)
        try moved.move(to: scratch)
        #expect(moved.codes.isEmpty && scratch.count == 3 * released.count, "moved once")
        #expect(try written(moved, scratch: scratch) == before)
    }

    @Test func answerCountsComeBackFromTheirBytesNarrowAndWide() throws {
        let questionnaire = try DemoDataTests.bundled()
        let layout = AnswerTally.Layout(questionnaire: questionnaire, releasedItems: Set(questionnaire.scoredItems.map(\.id)))
        let response = try #require(try ExportFixtures.sources(municipalities: 1, years: 1).first?.responses.first)
        let visibility = Visibility(questionnaire: questionnaire, role: response.role, answers: response.answers)
        var tally = AnswerTally(layout)
        for count in 1...300 {
            tally.add(visibility, layout: layout)
            if count == 12 || count == 300 {
                #expect(tally.bytes.first == (count == 12 ? 1 : 2))
                #expect(AnswerTally(bytes: ArraySlice(tally.bytes)) == tally)
            }
        }
    }

    @Test func cellMeansKeptAsTenthsAreTheSameValues() {
        let columns = (0..<9).map { ExportTable.Column("c\($0)", .text) }
        var rows = CellPanelRows(name: "cells", columns: columns, width: 5)
        let means: [Double?] = [ExportBuilder.oneDecimal(3.25), nil, 0.1, 1e12, -2.5]
        rows.append(id: "C0123456789ab", year: 2026, facts: PanelFacts(group: "g1", facts: ["a", "b"]), means: means)
        var written: [[ExportTable.Value]] = []
        try? rows.source.forEachRow { written.append($0) }
        #expect(written == [[.text("C0123456789ab"), .integer(2026), .text("g1"), .text("a"), .text("b"),
                             .real(3.3), .null, .real(0.1), .real(1e12), .real(-2.5)]])
    }
}
