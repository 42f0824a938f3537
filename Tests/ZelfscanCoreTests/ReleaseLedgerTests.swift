import Foundation
import Testing
import TestSupport
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
        #expect(text.contains("\nformat: 2\n"))
        #expect(!text.contains("Gemeente"))
        #expect(try ledger.encoded() == text)
        #expect(try ReleaseLedger.decode(Array(text.utf8), file: "k.key.ledger") == ledger)
        let lines = text.split(separator: "\n")
        let tokens = lines.filter { $0.hasPrefix("  - ") }
        #expect(tokens.count == 20 + 12, "each release lists its members once")
        #expect(Set(tokens).count == 20)
        let classes = lines.filter { $0.hasPrefix("    ") }
        #expect(classes == ["    cells:2026|removed|not-formal: '0-9'", "    cells:2026|woongemeenten|formal: '10-19'",
                            "    stats:all=all:2026: '0-19'", "    icc:2026: '0-11'"])
        #expect(try ReleaseLedger.decode(Array(try ReleaseLedger().encoded().utf8), file: "k") == ReleaseLedger())
    }

    /// The layout of format 2, byte for byte: members ordered by the classes they are in (those
    /// of the first label first), then by token; each class its positions as ranges.
    @Test func formatTwoLayout() throws {
        let (a, b, c, d, e) = ("0" + String(repeating: "a", count: 31), String(repeating: "b", count: 32), String(repeating: "c", count: 32),
                               String(repeating: "d", count: 32), String(repeating: "e", count: 32))
        let ledger = ReleaseLedger(entries: [ReleaseLedger.Entry(released: "2026-03-01", k: 5, classes: [
            "stats:all=all:2026": [a, b, c, d, e], "cells:2026|removed|formal": [e, a, c, d],
            "icc:2023": [b, c], "icc:2024": [d, a], "icc:2025": [], "icc:2026": [b],
        ])])
        let text = try ledger.encoded()
        #expect(text.dropFirst(ReleaseLedger.header.count) == """
            format: 2
            releases:
            - released: '2026-03-01'
              k: 5
              members:
              - cccccccccccccccccccccccccccccccc
              - '0aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
              - dddddddddddddddddddddddddddddddd
              - eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee
              - bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
              classes:
                cells:2026|removed|formal: '0-3'
                icc:2023: '0 4'
                icc:2024: '1-2'
                icc:2025: ''
                icc:2026: '4'
                stats:all=all:2026: '0-4'

            """)
        #expect(try ReleaseLedger.decode(Array(text.utf8), file: "l") == ledger)
    }

    /// A ledger as zelfscan wrote it before format 2: every member's token in every class.
    static func formatOne(_ ledger: ReleaseLedger) -> String {
        var text = "# zelfscan release ledger, written by an earlier zelfscan\nformat: 1\nreleases:\n"
        for entry in ledger.entries {
            text += "- released: '\(entry.released)'\n  k: \(entry.k)\n  classes:\n"
            for label in entry.classes.keys.sorted() {
                let members = entry.classes[label]!.sorted()
                text += "    '\(label)':" + (members.isEmpty ? " []\n" : "\n" + members.map { "    - '\($0)'\n" }.joined())
            }
        }
        return text
    }

    @Test func aLedgerOfFormatOneIsReadAndWrittenAsFormatTwo() throws {
        let ledger = ReleaseLedger(entries: [Self.pool(Self.names(0..<20)),
                                             Self.entry("2026-06-01", k: 6, ["icc:2026": Self.names(3..<15), "icc:2025": []])])
        let old = Self.formatOne(ledger)
        #expect(old.contains("\nformat: 1\n"))
        let read = try ReleaseLedger.decode(Array(old.utf8), file: "k.key.ledger")
        #expect(read == ledger)
        let appended = read.appending(Self.pool(Self.names(0..<30), released: "2026-09-01"))
        let text = try appended.encoded()
        #expect(text.contains("\nformat: 2\n"))
        let again = try ReleaseLedger.decode(Array(text.utf8), file: "k.key.ledger")
        #expect(again == appended)
        #expect(again.entries.map(\.released) == ["2026-03-01", "2026-06-01", "2026-09-01"])
    }

    /// Format 2 is what keeps the ledger small: one export of a pool of 1,200 cells over ten
    /// years with about 1,000 groups, shaped like the benchmark's: the statistics over all cells
    /// of a year and by Belfius group (six), per dimension; the panel classes within the Belfius
    /// groups; cells that joined in a later year, and 3% of rounds left out.
    @Test func aLedgerOfTwelveHundredCellsAndAThousandGroupsStaysSmall() throws {
        var random = SplitMix(seed: 17)
        let tokens = Self.names(0..<1200).map { ReleaseLedger.memberToken(municipality: $0, key: Self.key) }
        let group = tokens.map { _ in Int(random.next() % 6) }
        let joined = tokens.map { _ in random.next() % 3 == 0 ? 2018 + Int(random.next() % 9) : 2017 }
        var classes: [String: Set<String>] = [:]
        for (index, token) in tokens.enumerated() { classes["cells:group-\(group[index])|fact-\(random.next() % 3)", default: []].insert(token) }
        for year in 2017...2026 {
            let present = tokens.indices.filter { joined[$0] <= year && random.next() % 100 >= 3 }
            for dimension in 0..<13 {
                classes["stats_dimensions:all:\(year):dimension-\(dimension)"] = Set(present.map { tokens[$0] })
                for part in 0..<6 {
                    classes["stats_dimensions:belfius_group=group-\(part):\(year):dimension-\(dimension)"] = Set(present.filter { group[$0] == part }.map { tokens[$0] })
                }
            }
            classes["stats_items:all:\(year)"] = Set(present.map { tokens[$0] })
        }
        #expect(classes.count > 900)
        let ledger = ReleaseLedger(entries: [ReleaseLedger.Entry(released: "2026-12-05", k: 5, classes: classes)])
        let text = try ledger.encoded()
        // Format 1 wrote a line of 40 bytes per member of each class.
        let before = classes.values.reduce(0) { $0 + $1.count } * 40
        print("ledger of 1,200 cells and \(classes.count) groups: format 2 \(text.utf8.count) bytes, format 1 over \(before) bytes")
        #expect(text.utf8.count < 500_000, "well under 1 MB")
        #expect(before > 10 * text.utf8.count)
        #expect(try ReleaseLedger.decode(Array(text.utf8), file: "l") == ledger)
    }

    @Test func positionsAreWrittenAsAscendingRanges() throws {
        #expect(MemberPositions.text([]) == "")
        #expect(MemberPositions.text([0]) == "0")
        #expect(MemberPositions.text([0, 1]) == "0-1")
        #expect(MemberPositions.text([3, 17, 40, 41, 42, 43, 44, 1002]) == "3 17 40-44 1002")
        #expect(MemberPositions.text(Array(0..<1200)) == "0-1199")
        var random = SplitMix(seed: 5)
        for _ in 0..<200 {
            let count = Int(random.next() % 60)
            let positions = (0..<count).filter { _ in random.next() % 3 != 0 }
            let ranges = try? MemberPositions.parse(MemberPositions.text(positions), memberCount: count).get()
            #expect(ranges?.flatMap { Array($0) } == positions)
        }
        #expect(try MemberPositions.parse(" 0  2-3 ", memberCount: 4).get() == [0...0, 2...3], "extra spaces are only separators")
        #expect(try MemberPositions.parse(String(repeating: "0", count: 30) + "3", memberCount: 4).get() == [3...3], "leading zeros are only zeros")
    }

    @Test func wrongPositionsAreRefusedWithTheirItem() {
        let cases: [(String, MemberPositions.Problem)] = [
            ("0 1,2", .notAPosition(item: 2)), ("-1", .notAPosition(item: 1)), ("3-", .notAPosition(item: 1)), ("1-2-3", .notAPosition(item: 1)),
            ("0x1", .notAPosition(item: 1)), ("1\t2", .notAPosition(item: 1)), ("+1", .notAPosition(item: 1)), ("Sint-Niklaas", .notAPosition(item: 1)),
            ("10", .beyondMembers(item: 1, position: "10", count: 10)), ("2-10", .beyondMembers(item: 1, position: "10", count: 10)),
            ("99999999999999999999999", .beyondMembers(item: 1, position: "999999999999…", count: 10)),
            ("9223372036854775807", .beyondMembers(item: 1, position: "922337203685…", count: 10)),
            ("5-3", .reversedRange(item: 1, low: 5, high: 3)),
            ("1 1", .repeated(item: 2, position: 1)), ("0-4 4-6", .repeated(item: 2, position: 4)), ("2-6 3", .repeated(item: 2, position: 3)),
            ("4 2", .notAscending(item: 2, position: 2, previous: 4)), ("4-6 0-5", .notAscending(item: 2, position: 0, previous: 4)),
        ]
        for (text, problem) in cases {
            #expect(MemberPositions.parse(text, memberCount: 10) == .failure(problem), "\(text)")
        }
        #expect(MemberPositions.parse("0", memberCount: 0) == .failure(.beyondMembers(item: 1, position: "0", count: 0)))
    }

    static let tokenA = String(repeating: "a", count: 32)
    static let tokenB = String(repeating: "b", count: 32)

    @Test func wrongValuesOfFormatTwoAreLocatedAndNeverQuoteAMember() throws {
        let text = """
            format: 2
            releases:
            - released: 2026-03-01
              k: 5
              members:
              - \(Self.tokenA)
              - Sint-Niklaas
              - \(Self.tokenA)
              - [nested]
              classes:
                a: '0-3'
                b: '4'
                c: '3-1'
                d: '0 2 2'
                e: '2 1'
                f: '0,1'
                g: [0, 1]
                h: 99999999999999999999999
            - released: 2026-06-01
              k: 5
              classes: {}
            """
        let error = try #require(throws: ReleaseLedger.DecodingError.self) { try ReleaseLedger.decode(Array(text.utf8), file: "l") }
        let found = error.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
        let expected = [
            "7:5 member 2 of release 1 is not a ledger token (32 lowercase hex digits)",
            "8:5 member 3 of release 1 is member 1 again; each member is listed once",
            "9:5 member 4 of release 1 is not a ledger token",
            "12:8 item 1 of the positions of 'b' in release 1, 4, is past the end of the release's members: its member list has positions 0 to 3",
            "13:8 item 1 of the positions of 'c' in release 1, 3-1, runs backwards: a range is written low-high",
            "14:8 item 3 of the positions of 'd' in release 1 gives position 2 a second time",
            "15:8 item 2 of the positions of 'e' in release 1, 1, comes after 2: positions ascend",
            "16:8 item 1 of the positions of 'f' in release 1 is not a position (a whole number from 0) or a range (such as 40-44)",
            "17:8 the members of 'g' in release 1 must be positions in its 'members' (such as '0-4 7'), found a list",
            "18:8 item 1 of the positions of 'h' in release 1, 999999999999…, is past the end",
            "19:3 release 2 is missing the required key 'members'",
        ]
        for line in expected { #expect(found.contains { $0.hasPrefix(line) }, "\(line)\n\(found.joined(separator: "\n"))") }
        #expect(found.count == expected.count, "\(found.joined(separator: "\n"))")
        #expect(!found.joined().contains("Sint-Niklaas"))
        #expect(error.diagnostics.allSatisfy { $0.hint != nil || $0.message.contains("missing") })
        #expect(error.diagnostics.allSatisfy { !$0.text.nl.isEmpty && $0.text.nl != $0.text.en })
    }

    /// A few bytes stand for a class of any size, so the members of all classes together are
    /// bounded: past the bound the ledger is refused at the class that crosses it, once.
    @Test func aLedgerWhoseClassesHoldTooManyMembersIsRefused() throws {
        let ledger = ReleaseLedger(entries: [Self.pool(Self.names(0..<20)), Self.pool(Self.names(0..<30), released: "2026-06-01")])
        let text = Array(try ledger.encoded().utf8)
        #expect(try ReleaseLedger.decode(text, file: "l", maxMemberships: 100) == ledger, "20 + 20 + 30 + 30 members")
        let error = try #require(throws: ReleaseLedger.DecodingError.self) { try ReleaseLedger.decode(text, file: "l", maxMemberships: 99) }
        #expect(error.diagnostics.map(\.message) == ["with 'stats:all=all:2026' of release 2, the ledger's classes hold more than 99 members in all, more than this zelfscan reads"])
        #expect(error.diagnostics.first?.hint?.contains("zelfscan key new FILE") == true)
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(error.diagnostics.first?.line == 1 + (lines.lastIndex { $0.hasPrefix("    stats:all=all:2026: ") } ?? 0))
        #expect(ReleaseLedger.maxMemberships >= 20 * 200_000, "20 exports of the benchmark's 1,200 cells")
    }

    /// Hand-made and mutated ledgers: every one is read or refused with diagnostics, never a crash,
    /// and one that is read is written back to the same ledger.
    @Test func hostileLedgersNeverCrash() throws {
        let valid = try ReleaseLedger(entries: [Self.pool(Self.names(0..<20)), Self.entry("2026-06-01", ["icc:2026": Self.names(3..<15)])]).encoded()
        var inputs = [
            "", "format: 2", "format: 2\nreleases: {}\n", "format: 2\nreleases:\n- 1\n", "format: -1\nreleases: []\n",
            "format: 99999999999999999999\nreleases: []\n", "format: 1.5\nreleases: []\n", "format: '2'\nreleases: []\n",
            "format: 2\nreleases:\n- released: 2026-03-01\n  k: 5\n  members: {}\n  classes:\n    a: '0'\n",
            "format: 2\nreleases:\n- released: 2026-03-01\n  k: 5\n  members: []\n  classes:\n    a: '0-18446744073709551616'\n    b: ''\n",
            "format: 2\nreleases:\n- released: 2026-03-01\n  k: 5\n  members: [\(Self.tokenA)]\n  classes:\n    a: '0-0 - -- 0--0'\n    ? [x]\n    : '0'\n",
            "format: 2\nreleases:\n- released: 2026-03-01\n  k: 5\n  members: &m [\(Self.tokenA), \(Self.tokenB)]\n  classes: {a: '0-1', b: *m}\n",
            "format: 2\nreleases:\n- released: 2026-03-01\n  k: 5\n  members: [\(Self.tokenA)]\n  classes:\n    a: '0" + String(repeating: " 0", count: 50_000) + "'\n",
            "format: 2\nreleases:\n- released: 2026-03-01\n  k: 5\n  members: [\(Self.tokenA)]\n  classes:\n    a: " + String(repeating: "[", count: 500) + "\n",
        ]
        var random = SplitMix(seed: 2027)
        let pieces = ["0", "9", " ", "-", "'", "\n", ":", "- ", "[", "]", "{", "}", "#", "&a", "*a", "!!str ", "\u{0}", "é", "\t", "99999999999999999999"]
        for _ in 0..<400 {
            var bytes = Array(valid.utf8)
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes.replaceSubrange(at..<min(bytes.count, at + Int(random.next() % 6)), with: Array(pieces[Int(random.next() % UInt64(pieces.count))].utf8))
                case 1: bytes.removeSubrange(at..<min(bytes.count, at + Int(random.next() % 40)))
                default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + Int(random.next() % 40))], at: at)
                }
            }
            inputs.append(String(decoding: bytes, as: UTF8.self))
        }
        var refused = 0
        for input in inputs {
            do throws(ReleaseLedger.DecodingError) {
                let ledger = try ReleaseLedger.decode(Array(input.utf8), file: "l")
                #expect((try? ReleaseLedger.decode(Array(((try? ledger.encoded()) ?? "").utf8), file: "l")) == ledger)
            } catch {
                refused += 1
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 }, "\(error.diagnostics.map(\.message))")
            }
        }
        #expect(refused > inputs.count / 2)
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
