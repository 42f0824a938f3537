import Foundation
import Testing
import ZelfscanServices
import ZelfscanCore

/// Weak, exposed and linked key files, the release ledger on disk, and CSV formula neutralisation
/// in `compare --format csv`, as a user meets them.
@Suite("key files and the release ledger")
struct KeyAndLedgerTests {
    static func write(_ text: String, _ name: String, in folder: URL, mode: Int = 0o600) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    static func export(key: String, in folder: URL) throws -> ZelfscanBinary.Run {
        try ZelfscanBinary.run(["export", "nothing-here", "--key", key, "--out", "out-\(UUID().uuidString)", "--language", "en"], in: folder)
    }

    /// Foundation crashed on a one-character file name (SIGILL in deletingLastPathComponent).
    @Test func aKeyFileWithAOneLetterNameIsMade() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["key", "new", "K", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let key = try String(contentsOf: folder.appendingPathComponent("K"), encoding: .utf8)
        #expect(key.trimmingCharacters(in: .whitespacesAndNewlines).count == 64)
    }

    @Test func weakKeysAreRefusedWithOneMessageEach() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let cases = [
            (String(repeating: "0", count: 64), "all 64 digits are the same"),
            (String(repeating: "0123456789abcdef", count: 4), "its digits just count up or down"),
            (String(repeating: "c0ffee", count: 11).prefix(64).description, "it repeats the same 6 digits over and over"),
            ("0123456781357024680876543210135702468087654321013570246808765432", "it uses only 9 of the 16 hex digits"),
        ]
        for (index, (key, reason)) in cases.enumerated() {
            _ = try Self.write(key + "\n", "weak\(index).key", in: folder)
            let run = try Self.export(key: "weak\(index).key", in: folder)
            #expect(run.status == 65)
            #expect(run.stderr.contains("weak\(index).key: this key is too predictable: \(reason)"), "\(run.stderr)")
            #expect(run.stderr.contains("make a new one with: zelfscan key new FILE"))
            #expect(!run.stderr.contains(key), "the message never quotes the key")
        }
        _ = try Self.write(String(repeating: "0", count: 64), "weak.key", in: folder)
        let dutch = try ZelfscanBinary.run(["export", "nothing-here", "--key", "weak.key", "--out", "o"], in: folder)
        #expect(dutch.stderr.contains("deze sleutel is te voorspelbaar: alle 64 cijfers zijn gelijk"))
        #expect(dutch.stderr.contains("zelfscan key new BESTAND"))
    }

    @Test func aKeyOthersCanReadIsUsedWithAWarningAndTheFix() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let path = try Self.write(ExportKey.random().fileText, "open.key", in: folder, mode: 0o644)
        let run = try Self.export(key: "open.key", in: folder)
        #expect(run.stderr.contains("warning: open.key is open to other users (mode 644)"), "\(run.stderr)")
        #expect(run.stderr.contains("hint: chmod 600 open.key"))
        #expect(run.stderr.contains("nothing-here"), "the export went on past the key")
        #expect(throws: Never.self) { try KeyFile.read(path, language: .en) }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(!(try Self.export(key: "open.key", in: folder)).stderr.contains("warning"))
    }

    @Test func aLinkedOrIrregularKeyFileIsRefused() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        _ = try Self.write(ExportKey.random().fileText, "real.key", in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.key").path, withDestinationPath: "real.key")
        let linked = try Self.export(key: "link.key", in: folder)
        #expect(linked.status == 65)
        #expect(linked.stderr.contains("link.key is a symbolic link"), "\(linked.stderr)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.key"), withIntermediateDirectories: false)
        let directory = try Self.export(key: "folder.key", in: folder)
        #expect(directory.status == 65)
        #expect(directory.stderr.contains("folder.key is not an ordinary file"))
        #expect(try Self.export(key: "missing.key", in: folder).status == 66)
    }

    @Test func keyNewNeverWritesAKeyThatIsRefused() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        for index in 0..<20 {
            #expect(try ZelfscanBinary.run(["key", "new", "k\(index).key"], in: folder).status == 0)
            #expect(throws: Never.self) { try KeyFile.read(folder.appendingPathComponent("k\(index).key").path, language: .en) }
        }
    }

    @Test func keyNewRefusesAPathWhoseLedgerIsLeftFromAnEarlierKey() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        _ = try Self.write("format: 1\nreleases: []\n", "old.key.ledger", in: folder)
        let run = try ZelfscanBinary.run(["key", "new", "old.key", "--language", "en"], in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("old.key.ledger, the release ledger of an earlier key, is still there"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("old.key").path))
        let fresh = try ZelfscanBinary.run(["key", "new", "new.key", "--language", "en"], in: folder)
        #expect(fresh.stdout.contains("later with its ledger new.key.ledger"))
    }

    static func entry(_ released: String, _ count: Int) -> ReleaseLedger.Entry {
        let key = ExportKey(bytes: (0..<32).map { UInt8($0 * 7 + 3) })
        let names = (0..<count).map { "Gemeente \($0)" }
        return ReleaseLedger.Entry(released: released, k: 5, municipalitiesByClass: ["cells:2026|removed|formal": names, "icc:2026": names], key: key)
    }

    @Test func theLedgerIsKeptBesideTheKeyPrivateAndRefusesDifferencing() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let key = folder.appendingPathComponent("k.key").path
        let first = try LedgerFile.open(keyPath: key)
        #expect(first.path == key + ".ledger")
        #expect(first.ledger == ReleaseLedger())
        try first.check(Self.entry("2026-03-01", 20), k: 5)
        try first.append(Self.entry("2026-03-01", 20))
        first.close()
        let attributes = try FileManager.default.attributesOfItem(atPath: key + ".ledger")
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(!FileManager.default.fileExists(atPath: key + ".ledger.lock"))

        let second = try LedgerFile.open(keyPath: key)
        #expect(second.ledger.entries == [Self.entry("2026-03-01", 20)])
        let refusal = try #require(throws: CommandFailure.self) { try second.check(Self.entry("2026-06-01", 21), k: 5) }
        #expect(refusal.exitCode == 65)
        #expect(refusal.message.en.contains("the earlier export(s) of 2026-03-01"))
        #expect(refusal.message.en.contains("the cell class 'cells:2026|removed|formal' differs from the export of 2026-03-01 by 1 municipality"))
        #expect(refusal.hint?.en.contains("wait until at least 5 municipalities more or fewer take part, or export exactly the pool of the earlier export") == true)
        #expect(refusal.message.nl.contains("verschilt van de export van 2026-03-01 in 1 gemeente"))
        try second.check(Self.entry("2026-06-01", 25), k: 5)
        try second.append(Self.entry("2026-06-01", 25))
        second.close()
        #expect(try LedgerFile.read(key + ".ledger").entries.map(\.released) == ["2026-03-01", "2026-06-01"])
    }

    @Test func aSecondExportWithTheSameKeyWaitsForTheFirst() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let key = folder.appendingPathComponent("k.key").path
        let holder = try LedgerFile.open(keyPath: key)
        let busy = try #require(throws: CommandFailure.self) { try LedgerFile.open(keyPath: key, wait: 0.3) }
        #expect(busy.exitCode == 75)
        #expect(busy.message.en.contains("another export with this key is still running"))
        try holder.append(Self.entry("2026-03-01", 20))
        holder.close()
        let next = try LedgerFile.open(keyPath: key, wait: 0.3)
        #expect(next.ledger.entries.count == 1, "the second export sees the first one's entry")
        next.close()
    }

    @Test func aLinkedOrBrokenLedgerIsRefusedWithItsPlace() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let key = folder.appendingPathComponent("k.key").path
        _ = try Self.write("format: 1\nreleases: []\n", "elsewhere.ledger", in: folder)
        try FileManager.default.createSymbolicLink(atPath: key + ".ledger", withDestinationPath: "elsewhere.ledger")
        let linked = try #require(throws: CommandFailure.self) { try LedgerFile.open(keyPath: key) }
        #expect(linked.exitCode == 65)
        #expect(linked.message.en.contains("k.key.ledger is a symbolic link"))
        #expect(!FileManager.default.fileExists(atPath: key + ".ledger.lock"), "a refused open lets go of the lock")

        try FileManager.default.removeItem(atPath: key + ".ledger")
        _ = try Self.write("format: 1\nreleases:\n- released: 2026-03-01\n  k: [5\n  classes: {}\n", "k.key.ledger", in: folder)
        let broken = try #require(throws: CommandFailure.self) { try LedgerFile.read(key + ".ledger") }
        #expect(broken.exitCode == 65)
        #expect(broken.message.en.hasSuffix("k.key.ledger is not a valid release ledger"))
        let diagnostic = try #require(broken.diagnostics.first)
        #expect(diagnostic.file == key + ".ledger")
        #expect(diagnostic.line >= 4 && diagnostic.column > 0)
    }

    /// A demo pool of 12 municipalities that exports (7 cells), made once for the ledger tests
    /// that go through `zelfscan export`.
    static let pool: Result<URL, any Error> = Result {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ScoreCommandTests.demo(folder, municipalities: "12")
        guard demo.status == 0 else { throw ScoreCommandTests.PoolFailure(description: "demo exit \(demo.status): \(demo.stderr)") }
        return folder
    }

    /// A ledger as zelfscan wrote it before format 2: every member's token in every class.
    static func formatOne(_ entries: [ReleaseLedger.Entry]) -> String {
        var text = "# zelfscan release ledger, written by an earlier zelfscan\nformat: 1\nreleases:\n"
        for entry in entries {
            text += "- released: '\(entry.released)'\n  k: \(entry.k)\n  classes:\n"
            for label in entry.classes.keys.sorted() {
                text += "    '\(label)':\n" + entry.classes[label]!.sorted().map { "    - '\($0)'\n" }.joined()
            }
        }
        return text
    }

    @Test func aLedgerOfFormatOneGetsTheExportAndIsThenFormatTwo() throws {
        let folder = try Self.pool.get()
        let name = "old-\(UUID().uuidString).key"
        let keyPath = try Self.write(ExportKey.random().fileText, name, in: folder)
        let key = try KeyFile.read(keyPath, language: .en)
        let others = (0..<12).map { "Elders \($0)" }
        let earlier = ReleaseLedger.Entry(released: "2025-03-01", k: 5, municipalitiesByClass: [
            "cells:2024|removed|formal": Array(others.prefix(6)), "cells:2024|woongemeenten|formal": Array(others.dropFirst(6)), "stats_items:all": others,
        ], key: key)
        _ = try Self.write(Self.formatOne([earlier]), name + ".ledger", in: folder)
        #expect(try LedgerFile.read(keyPath + ".ledger").entries == [earlier])

        let run = try ZelfscanBinary.run(["export", "demo", "--key", name, "--out", "out-\(UUID().uuidString)", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: keyPath + ".ledger", encoding: .utf8)
        #expect(text.contains("\nformat: 2\n") && !text.contains("format: 1"))
        #expect(text.contains("\n  members:\n"))
        let ledger = try LedgerFile.read(keyPath + ".ledger")
        #expect(ledger.entries.count == 2)
        #expect(ledger.entries.first == earlier, "the release of format 1 is kept whole")
        let added = try #require(ledger.entries.last)
        #expect(added.released == ReleaseLedger.releaseDay(Date()) || added.released == ReleaseLedger.releaseDay(Date().addingTimeInterval(-600)))
        #expect(!added.allMembers.isEmpty && added.classes.keys.contains { $0.hasPrefix("cells:") })
        #expect(added.allMembers.isDisjoint(with: earlier.allMembers))
        let attributes = try FileManager.default.attributesOfItem(atPath: keyPath + ".ledger")
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        #expect(!FileManager.default.fileExists(atPath: keyPath + ".ledger.lock"))

        // The next export reads the rewritten ledger: the same pool again is accepted and recorded once.
        let again = try ZelfscanBinary.run(["export", "demo", "--key", name, "--out", "again-\(UUID().uuidString)", "--language", "en"], in: folder)
        #expect(again.status == 0, "the same pool again releases nothing new: \(again.stderr)")
        #expect(try LedgerFile.read(keyPath + ".ledger") == ledger)
    }

    /// Each broken ledger of format 2 stops the export before anything is written (exit 65) with
    /// the place of the problem and what to do.
    @Test func aBrokenLedgerOfFormatTwoStopsTheExportWithItsPlace() throws {
        let folder = try Self.pool.get()
        let (a, b) = (String(repeating: "a", count: 32), String(repeating: "b", count: 32))
        func ledger(members: [String], classes: String, format: Int = 2) -> String {
            "format: \(format)\nreleases:\n- released: 2025-03-01\n  k: 5\n  members:\n" + members.map { "  - \($0)\n" }.joined() + "  classes:\n" + classes
        }
        let cases: [(String, String)] = [
            (ledger(members: [a, "Sint-Niklaas"], classes: "    icc:2025: '0-1'\n"), "7:5: error: member 2 of release 1 is not a ledger token"),
            (ledger(members: [a, b, a], classes: "    icc:2025: '0-2'\n"), "8:5: error: member 3 of release 1 is member 1 again"),
            (ledger(members: [a, b], classes: "    icc:2025: '0-2'\n"), "9:15: error: item 1 of the positions of 'icc:2025' in release 1, 2, is past the end"),
            (ledger(members: [a, b], classes: "    icc:2025: '1-0'\n"), "9:15: error: item 1 of the positions of 'icc:2025' in release 1, 1-0, runs backwards"),
            (ledger(members: [a, b], classes: "    icc:2025: '0 0-1'\n"), "9:15: error: item 2 of the positions of 'icc:2025' in release 1 gives position 0 a second time"),
            (ledger(members: [a, b], classes: "    icc:2025: '1 0'\n"), "9:15: error: item 2 of the positions of 'icc:2025' in release 1, 0, comes after 1"),
            (ledger(members: [a, b], classes: "    icc:2025: 'one'\n"), "9:15: error: item 1 of the positions of 'icc:2025' in release 1 is not a position"),
            (ledger(members: [a, b], classes: "    icc:2025:\n    - \(a)\n"), "10:5: error: the members of 'icc:2025' in release 1 must be positions in its 'members'"),
            (ledger(members: [a], classes: "    icc:2025: '0'\n", format: 7), "1:9: error: this ledger has format 7; this zelfscan reads formats 1 and 2"),
        ]
        for (index, (text, expected)) in cases.enumerated() {
            let name = "broken\(index)-\(UUID().uuidString.prefix(8)).key"
            _ = try Self.write(ExportKey.random().fileText, name, in: folder)
            _ = try Self.write(text, name + ".ledger", in: folder)
            let out = "never-\(UUID().uuidString)"
            let run = try ZelfscanBinary.run(["export", "demo", "--key", name, "--out", out, "--language", "en"], in: folder)
            #expect(run.status == 65, "\(expected): \(run.stderr)")
            #expect(run.stderr.contains(name + ".ledger:" + expected), "\(run.stderr)")
            #expect(run.stderr.contains("\(name).ledger is not a valid release ledger"))
            #expect(run.stderr.contains("restore the ledger from your copy"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(out).path), "nothing was written")
            #expect(try String(contentsOf: folder.appendingPathComponent(name + ".ledger"), encoding: .utf8) == text, "the ledger is as it was")
            #expect(!run.stderr.contains("Sint-Niklaas") && !run.stderr.contains(a) && !run.stderr.contains(b), "no name or token is printed: \(run.stderr)")
        }
        let name = "gebroken-\(UUID().uuidString.prefix(8)).key"
        _ = try Self.write(ExportKey.random().fileText, name, in: folder)
        _ = try Self.write(ledger(members: [a, b], classes: "    icc:2025: '1 0'\n"), name + ".ledger", in: folder)
        let dutch = try ZelfscanBinary.run(["export", "demo", "--key", name, "--out", "nooit-\(UUID().uuidString)"], in: folder)
        #expect(dutch.status == 65)
        #expect(dutch.stderr.contains(name + ".ledger:9:15: fout: element 2 van de posities van 'icc:2025' in vrijgave 1, 0, staat na 1: posities lopen op"), "\(dutch.stderr)")
    }

    @Test func compareCSVNeutralisesAFormulaInAMunicipalityName() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ScoreCommandTests.demo(folder, municipalities: "10").status == 0)
        let demo = folder.appendingPathComponent("demo")
        for (path, data) in try ScoreCommandTests.files(under: demo) where path.hasSuffix(".yaml") {
            let text = String(decoding: data, as: UTF8.self)
            let renamed = text.replacingOccurrences(of: #"(["']?)Demogemeente 001\1"#, with: #"'=HYPERLINK("x")'"#, options: .regularExpression)
            if renamed != text { try Data(renamed.utf8).write(to: demo.appendingPathComponent(path)) }
        }
        let run = try ZelfscanBinary.run(["compare", "demo", "--format", "csv"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("municipality,\"'=HYPERLINK(\"\"x\"\")\","), "\(run.stdout.prefix(600))")
        #expect(!run.stdout.contains(",=HYPERLINK"))
        let changes = run.stdout.split(separator: "\r\n").compactMap { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst(11).first }
        #expect(changes.contains { $0.hasPrefix("-") && !$0.hasPrefix("'") }, "negative changes stay numbers")
    }
}
