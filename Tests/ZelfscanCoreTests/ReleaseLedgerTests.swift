import Foundation
import Testing
import YAML
@testable import ZelfscanCore

@Suite("Release ledger")
struct ReleaseLedgerTests {
    static let key = ExportKey(bytes: (0..<32).map { UInt8(($0 * 37 + 11) % 256) })

    static func names(_ range: Range<Int>) -> [String] { range.map { "Gemeente \($0)" } }

    static func entry(_ released: String, k: Int = 5, _ classes: [String: [String]]) -> ReleaseLedger.Entry {
        ReleaseLedger.Entry(released: released, k: k, municipalitiesByClass: classes, key: key)
    }

    /// A pool of 20 municipalities in two panel classes and one statistics group over all of them.
    static func pool(_ names: [String], released: String = "2026-03-01", k: Int = 5) -> ReleaseLedger.Entry {
        entry(released, k: k, ["cells:2026|woongemeenten|formal": Array(names.prefix(10)),
                               "cells:2026|removed|not-formal": Array(names.dropFirst(10)),
                               "stats:all=all:2026": names])
    }

    @Test func tokensAreKeyedNormalisedAndHoldNoName() {
        let token = ReleaseLedger.memberToken(municipality: "Sint-Niklaas", key: Self.key)
        #expect(token.count == 32 && ReleaseLedger.isToken(token))
        #expect(ReleaseLedger.memberToken(municipality: "  sint niklaas ", key: Self.key) == token)
        #expect(ReleaseLedger.memberToken(municipality: "Sint-Niklaas", key: ExportKey(bytes: Array(repeating: 1, count: 32))) != token)
        #expect(ReleaseLedger.memberToken(municipality: "Temse", key: Self.key) != token)
    }

    @Test func aPoolDifferingByOneMunicipalityIsRefused() {
        let ledger = ReleaseLedger(entries: [Self.pool(Self.names(0..<20))])
        let conflicts = ledger.conflicts(with: Self.pool(Self.names(0..<21), released: "2026-06-01"), k: 5)
        #expect(conflicts.contains(.init(earlierRelease: "2026-03-01", kind: .cellClass, label: "cells:2026|removed|not-formal", difference: 1, k: 5)))
        #expect(conflicts.contains(.init(earlierRelease: "2026-03-01", kind: .statisticGroup, label: "stats:all=all:2026", difference: 1, k: 5)))
        #expect(conflicts.contains(.init(earlierRelease: "2026-03-01", kind: .allMembers, label: "all", difference: 1, k: 5)))
        #expect(conflicts.count == 3)
        #expect(!conflicts.map(\.text.en).joined().contains(ReleaseLedger.memberToken(municipality: "Gemeente 20", key: Self.key)))
        #expect(conflicts[0].text.en.contains("differs from the export of 2026-03-01 by 1 municipality (at least 5 needed)"))
    }

    @Test func aPoolDifferingByKOrIdenticalIsFine() {
        let ledger = ReleaseLedger(entries: [Self.pool(Self.names(0..<20))])
        #expect(ledger.conflicts(with: Self.pool(Self.names(0..<20), released: "2026-06-01"), k: 5).isEmpty)
        #expect(ledger.conflicts(with: Self.pool(Self.names(0..<25), released: "2026-06-01"), k: 5).isEmpty)
        // A swap of two municipalities is a difference of two in each class they left or joined.
        var swapped = Self.names(0..<20)
        swapped[19] = "Gemeente 99"
        let conflicts = ledger.conflicts(with: Self.pool(swapped), k: 5)
        #expect(conflicts.filter { $0.kind != .linkedCells }.map(\.difference) == [2, 2, 2])
        // And the one that left is the earlier row nobody links to.
        #expect(conflicts.filter { $0.kind == .linkedCells } == [.init(earlierRelease: "2026-03-01", kind: .linkedCells, label: "(left out)", difference: 1, k: 5)])
    }

    @Test func classesOnlyInOneExportAreComparedThroughAll() {
        let ledger = ReleaseLedger(entries: [Self.entry("2026-03-01", ["icc:2026": Self.names(0..<12)])])
        let other = Self.entry("2026-04-01", ["stats:province=Limburg:2026": Self.names(0..<10)])
        #expect(ledger.conflicts(with: other, k: 5) == [.init(earlierRelease: "2026-03-01", kind: .allMembers, label: "all", difference: 2, k: 5)])
    }

    /// The same pool at k = 5 and then k = 6: the class too small for k = 6 is coarsened into
    /// another, so labels differ; the shared label catches the one municipality that moved.
    @Test func theSamePoolAtFiveAndSixWithAMovedClass() {
        let names = Self.names(0..<16)
        let atFive = Self.entry("2026-03-01", k: 5, ["cells:2026|woongemeenten|formal": Array(names[0..<5]),
                                                     "cells:2026|woongemeenten|not-formal": Array(names[5..<10]),
                                                     "cells:2026|removed|formal": Array(names[10..<16])])
        let atSix = Self.entry("2026-03-02", k: 6, ["cells:2026|woongemeenten|removed": Array(names[0..<4] + names[5..<10]),
                                                    "cells:2026|removed|formal": Array(names[10..<16]) + [names[4]]])
        let conflicts = ReleaseLedger(entries: [atFive]).conflicts(with: atSix, k: 6)
        #expect(conflicts.filter { $0.kind != .linkedCells } == [.init(earlierRelease: "2026-03-01", kind: .cellClass, label: "cells:2026|removed|formal", difference: 1, k: 6)])
        // Linked row by row, the moved municipality and the four it left are told apart as well.
        #expect(conflicts.filter { $0.kind == .linkedCells }.map(\.difference).sorted() == [1, 4])
        // The other way round, the earlier export's k = 6 is kept even when the new one asks for 5.
        let later = ReleaseLedger(entries: [atSix]).conflicts(with: atFive, k: 5)
        #expect(Set(later.map(\.k)) == [6])
    }

    @Test func encodingIsSortedDeterministicAndReadsBack() throws {
        let ledger = ReleaseLedger(entries: [Self.pool(Self.names(0..<20)), Self.entry("2026-06-01", k: 6, ["icc:2026": Self.names(3..<15)])])
        let text = try ledger.encoded()
        #expect(text.hasPrefix("# zelfscan release ledger"))
        #expect(text.contains("Never share it"))
        #expect(text.contains("\nformat: 1\n"))
        #expect(!text.contains("Gemeente"))
        #expect(try ledger.encoded() == text)
        #expect(try ReleaseLedger.decode(Array(text.utf8), file: "k.key.ledger") == ledger)
        let labels = text.split(separator: "\n").filter { $0.hasPrefix("    ") && $0.hasSuffix(":") }
        #expect(labels.count == 4)
        let tokens = text.split(separator: "\n").filter { $0.hasPrefix("    - ") }
        #expect(Array(tokens[0..<10]) == tokens[0..<10].sorted())
        #expect(try ReleaseLedger.decode(Array(try ReleaseLedger().encoded().utf8), file: "k") == ReleaseLedger())
    }

    @Test func aHandEditedSyntaxErrorIsLocated() throws {
        var lines = try ReleaseLedger(entries: [Self.pool(Self.names(0..<20))]).encoded().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("  k: ") })
        lines[index] = "  k: [5"
        let error = try #require(throws: ReleaseLedger.DecodingError.self) {
            try ReleaseLedger.decode(Array(lines.joined(separator: "\n").utf8), file: "k.key.ledger")
        }
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.file == "k.key.ledger")
        #expect(diagnostic.line >= index + 1 && diagnostic.line <= index + 3)
        #expect(diagnostic.column > 0)
    }

    @Test func wrongValuesAreLocatedAndNeverQuoteAMember() throws {
        let text = """
            format: 1
            releases:
            - released: 5 december
              k: 0
              classes:
                icc:2026:
                - Sint-Niklaas
            - released: 2026-12-05
              k: 5
              classes: none
              extra: 1
            """
        let error = try #require(throws: ReleaseLedger.DecodingError.self) { try ReleaseLedger.decode(Array(text.utf8), file: "l") }
        let found = error.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
        #expect(found.contains { $0.hasPrefix("3:13 'released' of release 1 must be a date") })
        #expect(found.contains { $0.hasPrefix("4:6 'k' of release 1 must be at least 1") })
        #expect(found.contains { $0.hasPrefix("7:7 member 1 of 'icc:2026' is not a ledger token") })
        #expect(found.contains { $0.hasPrefix("10:12 'classes' of release 2 must be a mapping") })
        #expect(found.contains { $0.hasPrefix("11:3 unknown key 'extra'") })
        #expect(!found.joined().contains("Sint-Niklaas"))
        let future = try #require(throws: ReleaseLedger.DecodingError.self) { try ReleaseLedger.decode(Array("format: 2\nreleases: []\n".utf8), file: "l") }
        #expect(future.diagnostics.map(\.message) == ["this ledger has format 2; this zelfscan reads format 1"])
    }

    /// Rows carry the same means in every export, so a cell's classes in two exports combine:
    /// five cells of one class that the next export splits 3 and 2 are told apart.
    @Test func classesThatLinkingSplitsAreRefused() {
        let earlier = ReleaseLedger(entries: [Self.entry("2026-03-01", ["cells:2026|woongemeenten|formal": Self.names(0..<5),
                                                                        "cells:2026|removed|formal": Self.names(5..<10)])])
        let split = Self.entry("2027-03-01", ["cells:2026|woongemeenten|formal;2027|woongemeenten|formal": Self.names(0..<3) + Self.names(5..<7),
                                              "cells:2026|woongemeenten|formal;2027|woongemeenten|not-formal": Self.names(3..<5) + Self.names(7..<10)])
        let conflicts = earlier.conflicts(with: split, k: 5).filter { $0.kind == .linkedCells }
        #expect(conflicts.map(\.difference).sorted() == [2, 2, 3, 3])
        #expect(!conflicts.map(\.text.en).joined().contains(ReleaseLedger.memberToken(municipality: "Gemeente 0", key: Self.key)))
        let together = Self.entry("2027-03-01", ["cells:2026|woongemeenten|formal;2027|woongemeenten|formal": Self.names(0..<5),
                                                 "cells:2026|removed|formal;2027|removed|formal": Self.names(5..<10)])
        #expect(earlier.conflicts(with: together, k: 5).isEmpty, "classes that move whole are safe")
    }

    /// A cell left out of the next export is the one row of the earlier class nobody links to.
    @Test func aCellThatDisappearsFromItsClassIsRefused() {
        let earlier = ReleaseLedger(entries: [Self.entry("2026-03-01", ["cells:2026|removed|formal": Self.names(0..<6)])])
        let conflicts = earlier.conflicts(with: Self.entry("2027-03-01", ["cells:2026|removed|formal": Self.names(0..<5)]), k: 5)
        #expect(conflicts.contains(.init(earlierRelease: "2026-03-01", kind: .linkedCells, label: "(left out)", difference: 1, k: 5)))
    }

    @Test func anExportLikeAnEarlierOneIsRecordedOnce() {
        let ledger = ReleaseLedger().appending(Self.pool(Self.names(0..<20)))
        #expect(ledger.appending(Self.pool(Self.names(0..<20), released: "2026-06-01")).entries.count == 1)
        #expect(ledger.appending(Self.pool(Self.names(0..<25), released: "2026-06-01")).entries.count == 2)
    }

    @Test func releaseDayIsTheUTCDate() {
        #expect(ReleaseLedger.releaseDay(Date(timeIntervalSince1970: 1_796_429_000)) == "2026-12-05")
        #expect(ReleaseLedger.releaseDay(Date(timeIntervalSince1970: 0)) == "1970-01-01")
    }
}
