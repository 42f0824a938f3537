import Foundation
import TestSupport
import Testing

/// `zelfscan audit` as a data-protection officer runs it: a clean format-3 folder passes, a
/// tampered one exits 65 with FILE:LINE findings that never repeat what was planted.
@Suite("audit command")
struct AuditCommandTests {
    static func folder(_ fixture: AuditExportFixture = AuditExportFixture(), csv: [String: String] = [:]) throws -> (parent: URL, name: String) {
        let parent = try ZelfscanBinary.temporaryFolder()
        try fixture.write(to: parent.appendingPathComponent("export").path, csv: csv)
        return (parent, "export")
    }

    @Test func aCleanFolderPasses() throws {
        let (parent, name) = try Self.folder()
        let run = try ZelfscanBinary.run(["audit", name], in: parent)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("export: 11 bestanden en 82 rijen gecontroleerd, k = 5."))
        #expect(run.stderr.isEmpty)
    }

    @Test func aTamperedFolderExits65WithFileAndLine() throws {
        var fixture = AuditExportFixture()
        fixture.readme += "Met dank aan de cel van Sint-Niklaas.\n"
        let cells = AuditExportFixture.csvText(fixture.table("cells")!).replacingOccurrences(of: "Caaaaaaaaaa09,2026,woongemeenten,formal,60.5,55.0,58.2",
                                                                                              with: "Caaaaaaaaaa09,2026,woongemeenten,formal,60.5,55.0")
        let (parent, name) = try Self.folder(fixture, csv: ["cells.csv": cells])
        let export = parent.appendingPathComponent(name)
        try FileManager.default.createSymbolicLink(atPath: export.appendingPathComponent("oud.csv").path, withDestinationPath: "cells.csv")
        try Data("sleutel".utf8).write(to: export.appendingPathComponent("k.key"))

        let dutch = try ZelfscanBinary.run(["audit", name], in: parent)
        #expect(dutch.status == 65)
        #expect(dutch.stderr.contains("export/cells.csv:3: bevinding: het record heeft 6 veld(en), de kopregel 7"))

        let run = try ZelfscanBinary.run(["audit", name, "--language", "en"], in: parent)
        #expect(run.status == 65)
        #expect(run.stderr.contains("export/cells.csv:3: finding: the record has 6 field(s), the header 7"))
        #expect(run.stderr.contains("export/README.md:\(fixture.readme.components(separatedBy: "\n").count - 1): finding: the line holds a municipality name"))
        #expect(run.stderr.contains("export/k.key: finding: the export folder holds an entry that zelfscan export never writes"))
        #expect(run.stderr.contains("export/oud.csv: finding: the export folder holds an entry that zelfscan export never writes"))
        #expect(run.stderr.contains("this export must not be shared as it is"))
        for planted in ["Niklaas", "sleutel"] { #expect(!run.stderr.contains(planted) && !run.stdout.contains(planted)) }
    }

    @Test func theDatabaseIsReadFromDisk() throws {
        var fixture = AuditExportFixture(withDatabase: false)
        fixture.extraFiles["zelfscan.sqlite"] = Array("not a database, though the name says so".utf8)
        let (parent, name) = try Self.folder(fixture)
        let garbage = try ZelfscanBinary.run(["audit", name, "--language", "en"], in: parent)
        #expect(garbage.status == 65)
        #expect(garbage.stderr.contains("export/zelfscan.sqlite: finding: cannot be opened as a SQLite database"))

        let database = parent.appendingPathComponent("built.sqlite")
        let sql = "CREATE TABLE cells (cell TEXT, year INTEGER); INSERT INTO cells VALUES ('Caaaaaaaaaa09', 2025); CREATE TABLE namen (naam TEXT);"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path, sql]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sqlite3 builds the test database")
        fixture.extraFiles["zelfscan.sqlite"] = Array(try Data(contentsOf: database))
        let (otherParent, otherName) = try Self.folder(fixture)
        let run = try ZelfscanBinary.run(["audit", otherName, "--language", "en"], in: otherParent)
        #expect(run.status == 65)
        #expect(run.stderr.contains("export/zelfscan.sqlite: finding: holds a table or view that export format 3 does not have"))
        #expect(run.stderr.contains("export/zelfscan.sqlite: finding: table cells: has other columns than cells.csv"))
        #expect(run.stderr.contains("export/zelfscan.sqlite: finding: has no table items"))
        #expect(!run.stderr.contains("namen"))
        let entries = try FileManager.default.contentsOfDirectory(atPath: otherParent.appendingPathComponent(otherName).path)
        #expect(!entries.contains { $0.hasPrefix("zelfscan.sqlite-") }, "reading the database adds no journal to the folder")
    }

    @Test func aFolderThatCannotBeReadExits66() throws {
        let parent = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["audit", "missing", "--language", "en"], in: parent)
        #expect(run.status == 66)
    }
}
