import Foundation
import Testing

/// `key`, `export` (format 3) and `audit` on demo data made recognisable: every municipality renamed
/// to a distinctive name and every response given a comment, so any leak shows up as those bytes.
@Suite("key, export and audit")
struct ExportCommandTests {
    static let distinctive = ["Xylofoonbeek", "Quarzdorp", "Jansens", "Opmerkingtekst", "Demogemeente", "demogemeente"]

    struct Fixture {
        var folder: URL
        var export: URL
        var key: URL
    }

    /// One demo set and export shared by the tests (an export of 40 cells takes seconds).
    static let fixture: Result<Fixture, any Error> = Result { try makeFixture() }

    static func makeFixture() throws -> Fixture {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "40", "--years", "2", "--first-year", "2025", "--seed", "5"], in: folder).status == 0)
        try disguise(folder.appendingPathComponent("demo"))
        #expect(try ZelfscanBinary.run(["key", "new", "k.key"], in: folder).status == 0)
        let run = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", "export"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return Fixture(folder: folder, export: folder.appendingPathComponent("export"), key: folder.appendingPathComponent("k.key"))
    }

    /// "Demogemeente 007" → "Xylofoonbeek 007 Quarzdorp" everywhere; a comment in every response.
    static func disguise(_ demo: URL) throws {
        for (path, data) in try ScoreCommandTests.files(under: demo) where path.hasSuffix(".yaml") {
            var text = String(decoding: data, as: UTF8.self)
            text = text.replacingOccurrences(of: #"Demogemeente (\d+)"#, with: "Xylofoonbeek $1 Quarzdorp", options: .regularExpression)
            if text.contains("\nrespondent: ") {
                text += "comments:\n  trust: \"Opmerkingtekst: Jansens deelt niets meer sinds maart\"\n"
            }
            try Data(text.utf8).write(to: demo.appendingPathComponent(path))
        }
    }

    static func csv(_ url: URL) throws -> [[String]] {
        try parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    /// RFC 4180 records (the tests' own reader, independent of the one in ZelfscanCore).
    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = "", quoted = false, previousQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; previousQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if previousQuote { field.append("\"") }
                quoted = true
            case ",": record.append(field); field = ""
            case "\r\n", "\n": record.append(field); records.append(record); record = []; field = ""
            default: field.append(character)
            }
            previousQuote = false
        }
        return records
    }

    @Test func keyIsPrivateAndNeverOverwritten() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["key", "new", "a.key"], in: folder).status == 0)
        let path = folder.appendingPathComponent("a.key").path
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.range(of: #"^[0-9a-f]{64}\n$"#, options: .regularExpression) != nil)
        let again = try ZelfscanBinary.run(["key", "new", "a.key", "--language", "en"], in: folder)
        #expect(again.status == 73)
        #expect(again.stderr.contains("a.key already exists; a key is never overwritten"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        #expect(try ZelfscanBinary.run(["key", "new", "b.key"], in: folder).stdout.contains("0600"))
        #expect(try String(contentsOfFile: folder.appendingPathComponent("b.key").path, encoding: .utf8) != text)
    }

    /// The scratch file has no name once made: a folder of its own shows nothing but the export.
    @Test func nothingIsLeftBesideTheExport() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "15", "--years", "1", "--first-year", "2025", "--seed", "3"], in: folder).status == 0)
        #expect(try ZelfscanBinary.run(["key", "new", "k.key"], in: folder).status == 0)
        let run = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", "export"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(beside == ["demo", "export", "k.key", "k.key.ledger"], "\(beside)")
    }

    static let dataFiles = ["cells", "items", "stats_dimensions", "stats_icc", "stats_items", "stats_reference", "stats_actions", "codebook"]

    @Test func noDistinctiveStringInAnyExportedByte() throws {
        let fixture = try Self.fixture.get()
        let files = try ScoreCommandTests.files(under: fixture.export)
        #expect(Set(files.keys) == Set(["/README.md", "/MANIFEST.sha256", "/codebook.yaml", "/zelfscan.sqlite"] + Self.dataFiles.map { "/\($0).csv" }))
        for (name, data) in files {
            for needle in Self.distinctive {
                #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) in \(name)")
            }
            #expect(data.range(of: try Data(contentsOf: fixture.key).prefix(64)) == nil, "the key in \(name)")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.range(of: #"R-[0-9A-Z]{6}"#, options: .regularExpression) == nil, "a respondent code in \(name)")
            #expect(text.range(of: #"20\d\d-\d\d-\d\dT"#, options: .regularExpression) == nil, "a timestamp in \(name)")
            #expect(text.range(of: #"M[0-9a-f]{16}"#, options: .regularExpression) == nil, "a format-2 pseudonym in \(name)")
        }
        let readme = String(decoding: files["/README.md"]!, as: UTF8.self)
        #expect(readme.hasPrefix("# SYNTHETISCHE DEMODATA"))
        #expect(readme.contains("livc-r versie 2026.2"))
        #expect(readme.contains("exportformaat 3"))
        #expect(readme.contains("opmerkingen ("), "the disguised comments were read")
        #expect(!readme.contains("opmerkingen (0)"), "the disguised comments were read")
        #expect(readme.contains("| Celcodes die maar met één gemeente overeenkomen (uitgepikt) | 0 |"))
        #expect(String(decoding: files["/codebook.yaml"]!, as: UTF8.self).contains("synthetic: true"))
        let codebook = try Self.csv(fixture.export.appendingPathComponent("codebook.csv"))
        #expect(Array(codebook[0].suffix(3)) == ["synthetic", "questionnaire_id", "questionnaire_version"])
        #expect(codebook.dropFirst().allSatisfy { Array($0.suffix(3)) == ["1", "livc-r", "2026.2"] }, "codebook.csv says it describes synthetic data")
    }

    @Test func theManifestHoldsEveryOtherFile() throws {
        let fixture = try Self.fixture.get()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", "--check", "--strict", "MANIFEST.sha256"]
        process.currentDirectoryURL = fixture.export
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let listed = try String(contentsOf: fixture.export.appendingPathComponent("MANIFEST.sha256"), encoding: .utf8)
            .split(separator: "\n").map { String($0.dropFirst(66)) }
        let present = try FileManager.default.contentsOfDirectory(atPath: fixture.export.path).filter { $0 != "MANIFEST.sha256" }.sorted()
        #expect(listed == present)
    }

    @Test func auditPassesOnTheExportAndCatchesAHandMadeLeak() throws {
        let fixture = try Self.fixture.get()
        let clean = try ZelfscanBinary.run(["audit", "export", "--language", "en"], in: fixture.folder)
        #expect(clean.status == 0, "\(clean.stderr)")

        let leaky = fixture.folder.appendingPathComponent("leaky-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture.export, to: leaky)
        var rows = try Self.csv(leaky.appendingPathComponent("cells.csv"))
        rows[5][2] = "Xylofoonbeek 003 Quarzdorp"
        let text = rows.map { $0.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        try Data(text.utf8).write(to: leaky.appendingPathComponent("cells.csv"))
        try FileManager.default.copyItem(at: fixture.key, to: leaky.appendingPathComponent("k.key"))
        let run = try ZelfscanBinary.run(["audit", leaky.lastPathComponent, "--language", "en"], in: fixture.folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("/cells.csv:6:"), "\(run.stderr)")
        #expect(!run.stderr.contains("Xylofoonbeek"), "the audit never repeats the leaked value")
        #expect(run.stderr.contains("k.key"), "a stray file is a finding")
    }

    @Test func sqliteOpensInTheShellAndMatchesTheCSVs() throws {
        let fixture = try Self.fixture.get()
        let database = fixture.export.appendingPathComponent("zelfscan.sqlite").path
        for table in Self.dataFiles {
            let shell = try Self.sqlite(database, ".headers on\n.mode csv\nSELECT * FROM \(table);\n")
            #expect(shell.status == 0, "\(shell.stderr)")
            let fromSQLite = try Self.parse(shell.stdout)
            let fromCSV = try Self.csv(fixture.export.appendingPathComponent("\(table).csv"))
            // The shell prints no header for an empty table, such as stats_actions of a pool without plans.
            if fromCSV.count == 1 {
                #expect(fromSQLite.isEmpty, "rows of \(table)")
                continue
            }
            #expect(fromSQLite.count == fromCSV.count, "rows of \(table)")
            #expect(fromSQLite.first == fromCSV.first, "columns of \(table)")
            // A table with a primary key lists its rows in the key's order (items: respondent,
            // then item id), the CSV each respondent's items in questionnaire order.
            let byKey = table == "items"
            let sqliteRows = byKey ? [fromSQLite[0]] + fromSQLite.dropFirst().sorted { $0.lexicographicallyPrecedes($1) } : fromSQLite
            let csvRows = byKey ? [fromCSV[0]] + fromCSV.dropFirst().sorted { $0.lexicographicallyPrecedes($1) } : fromCSV
            for (a, b) in zip(sqliteRows, csvRows) where a != b {
                for (x, y) in zip(a, b) where x != y {
                    let close = Double(x).flatMap { x in Double(y).map { abs(x - $0) < 1e-9 } } ?? false
                    #expect(close, "\(table): \(x) ≠ \(y)")
                }
            }
        }
        let types = try Self.sqlite(database, "SELECT typeof(year), typeof(overall) FROM cells WHERE overall IS NOT NULL LIMIT 1;")
        #expect(types.stdout == "integer|real\n")
        let info = try Self.sqlite(database, "SELECT value FROM export_info WHERE key = 'synthetic';")
        #expect(info.stdout == "1\n")
        let key = try Self.sqlite(database, "SELECT COUNT(*) FROM pragma_index_list('cells') WHERE origin = 'pk';")
        #expect(key.stdout == "1\n", "cells has a primary key")
    }

    static func sqlite(_ database: String, _ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-bail", database]
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func pythonReadsTheCSVsWithoutOptions() throws {
        let fixture = try Self.fixture.get()
        let script = """
            import csv, sys
            for name in \(Self.dataFiles):
                with open(sys.argv[1] + "/" + name + ".csv", newline="", encoding="utf-8") as f:
                    rows = list(csv.DictReader(f))
                print(name, len(rows))
            with open(sys.argv[1] + "/cells.csv", newline="", encoding="utf-8") as f:
                scores = [float(r["overall"]) for r in csv.DictReader(f) if r["overall"] != ""]
            assert all(0 <= s <= 100 for s in scores) and scores
            try:
                import pandas
                cells = pandas.read_csv(sys.argv[1] + "/cells.csv")
                assert cells["year"].dtype.kind == "i" and cells["overall"].dtype.kind == "f"
                assert not cells["context_agreement"].isna().any(), "text columns hold a code, never empty"
                items = pandas.read_csv(sys.argv[1] + "/items.csv")
                assert items["respondent"].dtype.kind == "i"
                print("pandas ok")
            except ImportError:
                print("pandas not installed")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, fixture.export.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let itemRows = try Self.csv(fixture.export.appendingPathComponent("items.csv")).count - 1
        #expect(text.contains("items \(itemRows)\n"))
    }

    /// With SQLite alone there is no CSV twin, so the audit reads every value back from the
    /// database: a scale value stored as REAL 3.0 must read as the CSV's `3`, not `3.0`.
    @Test func anExportInSQLiteAlonePassesItsOwnAudit() throws {
        let fixture = try Self.fixture.get()
        let out = "sqlite-only-\(UUID().uuidString)"
        let run = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", out, "--format", "sqlite", "--language", "en"], in: fixture.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let database = fixture.folder.appendingPathComponent(out).appendingPathComponent("zelfscan.sqlite").path
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent(out).appendingPathComponent("items.csv").path))
        let mode = try FileManager.default.attributesOfItem(atPath: database)[.posixPermissions] as? Int
        #expect(mode == 0o600, "zelfscan.sqlite is readable by its owner only, as every file of an export")
        let audit = try ZelfscanBinary.run(["audit", out, "--language", "en"], in: fixture.folder)
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")
    }

    /// A name hidden after a NUL in a SQLite text reads as "answered" to a reader that stops at
    /// the NUL, while pandas or DB Browser show it whole: the audit reads every byte.
    @Test func aNameHiddenAfterANulInTheDatabaseIsFound() throws {
        let fixture = try Self.fixture.get()
        let copy = fixture.folder.appendingPathComponent("nul-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixture.export, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let database = copy.appendingPathComponent("zelfscan.sqlite").path
        let edit = try Self.sqlite(database, "UPDATE items SET status = status || char(0) || 'Xylofoonbeek Jan Peeters' WHERE respondent = 1;\n")
        #expect(edit.status == 0, "\(edit.stderr)")
        // A careful editor also mends the manifest, so only the rows can give the edit away.
        let manifest = copy.appendingPathComponent("MANIFEST.sha256")
        let hasher = Process()
        let output = Pipe()
        hasher.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        hasher.arguments = ["sha256sum", database]
        hasher.standardOutput = output
        try hasher.run()
        let digest = String(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64))
        hasher.waitUntilExit()
        let lines = try String(contentsOf: manifest, encoding: .utf8).split(separator: "\n").map { line in
            line.hasSuffix("  zelfscan.sqlite") ? digest + "  zelfscan.sqlite" : String(line)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: manifest, atomically: true, encoding: .utf8)
        let audit = try ZelfscanBinary.run(["audit", copy.lastPathComponent, "--language", "en"], in: fixture.folder)
        #expect(audit.status != 0, "\(audit.stdout)")
        #expect(!(audit.stdout + audit.stderr).contains("MANIFEST"), "the manifest was mended: \(audit.stdout)\(audit.stderr)")
        #expect((audit.stdout + audit.stderr).contains("zelfscan.sqlite"), "\(audit.stdout)\(audit.stderr)")
        #expect(!(audit.stdout + audit.stderr).contains("Jan Peeters"), "the audit never repeats the leaked value")
    }

    /// Cell ids are drawn afresh for every export: the same pool exported again (which the ledger
    /// allows, as it releases nothing new) shares no id with the first, but the same panel otherwise.
    @Test func cellIdsAreRandomForEachExport() throws {
        let fixture = try Self.fixture.get()
        let out = "again-\(UUID().uuidString)"
        let again = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", out, "--format", "csv"], in: fixture.folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent(out).appendingPathComponent("zelfscan.sqlite").path))
        let first = try Self.csv(fixture.export.appendingPathComponent("cells.csv")).dropFirst()
        let second = try Self.csv(fixture.folder.appendingPathComponent(out).appendingPathComponent("cells.csv")).dropFirst()
        #expect(Set(first.map { $0[0] }).isDisjoint(with: Set(second.map { $0[0] })))
        #expect(first.map { Array($0.dropFirst()) }.sorted { $0.lexicographicallyPrecedes($1) }
                == second.map { Array($0.dropFirst()) }.sorted { $0.lexicographicallyPrecedes($1) })
        let years = Dictionary(grouping: first, by: { $0[0] }).mapValues { Set($0.map { $0[1] }) }
        #expect(years.values.contains { $0 == ["2025", "2026"] }, "one id links a cell's years within one export")
    }

    /// Two coaches export their own cells with one key (the ledger accepts disjoint pools), and a
    /// third person pools the exports without the key; a part that shares cells with another is refused.
    @Test func exportsOfTwoCoachesPoolWithMergeAndServeAsPeers() throws {
        let fixture = try Self.fixture.get()
        let tag = UUID().uuidString
        let key = "coaches-\(tag).key"
        #expect(try ZelfscanBinary.run(["key", "new", key], in: fixture.folder).status == 0)
        let cells = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("demo").path)
            .filter { $0.hasPrefix("xylofoonbeek-") || $0.hasPrefix("demogemeente-") }.sorted()
        #expect(cells.count == 40)
        for (coach, range) in [("a", 0..<20), ("b", 20..<40)] {
            let folder = fixture.folder.appendingPathComponent("coach-\(coach)-\(tag)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for cell in cells[range] {
                try FileManager.default.copyItem(at: fixture.folder.appendingPathComponent("demo/" + cell), to: folder.appendingPathComponent(cell))
            }
            let run = try ZelfscanBinary.run(["export", folder.lastPathComponent, "--key", key, "--out", "export-\(coach)-\(tag)"], in: fixture.folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let pooled = try ZelfscanBinary.run(["export", "--merge", "export-a-\(tag)", "export-b-\(tag)", "--out", "pool-\(tag)", "--language", "en"],
                                            in: fixture.folder)
        #expect(pooled.status == 0, "\(pooled.stderr)")
        let pool = fixture.folder.appendingPathComponent("pool-\(tag)")
        let readme = try String(contentsOf: pool.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.hasPrefix("# SYNTHETIC DEMO DATA"))
        #expect(readme.contains("This export pools 2 exports"))
        #expect(try ZelfscanBinary.run(["audit", pool.lastPathComponent], in: fixture.folder).status == 0)
        for (name, data) in try ScoreCommandTests.files(under: pool) {
            for needle in Self.distinctive { #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) in \(name)") }
        }
        let parts = try ["a", "b"].map { try Self.csv(fixture.folder.appendingPathComponent("export-\($0)-\(tag)/items.csv")).count - 1 }
        #expect(try Self.csv(pool.appendingPathComponent("items.csv")).count - 1 == parts.reduce(0, +), "every item row of both parts")
        let peers = try ZelfscanBinary.run(["score", "--dir", "demo/" + cells[0], "--peers", pool.lastPathComponent, "--language", "en"], in: fixture.folder)
        #expect(peers.status == 0, "\(peers.stderr)")
        #expect(peers.stdout.contains("Comparison with other cells"))

        let copy = fixture.folder.appendingPathComponent("copy-a-\(tag)")
        try FileManager.default.copyItem(at: fixture.folder.appendingPathComponent("export-a-\(tag)"), to: copy)
        let twice = try ZelfscanBinary.run(["export", "--merge", "export-a-\(tag)", copy.lastPathComponent, "--out", "twice-\(tag)", "--language", "en"], in: fixture.folder)
        #expect(twice.status == 65)
        #expect(twice.stderr.contains("of the same cells; pooled, each would count twice toward k"), "\(twice.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("twice-\(tag)").path))
    }

    @Test func anExportServesAsPeersForScore() throws {
        let fixture = try Self.fixture.get()
        let cell = try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("demo").path)
            .sorted().first { $0.hasPrefix("demogemeente-") || $0.hasPrefix("xylofoonbeek-") })
        let run = try ZelfscanBinary.run(["score", "--dir", "demo/" + cell, "--peers", "export", "--language", "en"], in: fixture.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Comparison with other cells"))
        #expect(run.stdout.contains("SYNTHETIC demo data, not a real benchmark"))
        let notExport = fixture.folder.appendingPathComponent("fake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: notExport, withIntermediateDirectories: true)
        try Data("export: {kind: something-else}\n".utf8).write(to: notExport.appendingPathComponent("codebook.yaml"))
        let refused = try ZelfscanBinary.run(["score", "--dir", "demo/" + cell, "--peers", notExport.lastPathComponent, "--language", "en"], in: fixture.folder)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("codebook.yaml does not describe a zelfscan export"))
    }

    /// An export appears whole or not at all: it is built in a hidden folder beside its target and
    /// renamed into place, so neither a refused nor a finished export leaves that hidden folder behind.
    @Test func exportsAreAtomic() throws {
        let fixture = try Self.fixture.get()
        let place = "atomic-\(UUID().uuidString)"
        try FileManager.default.createDirectory(at: fixture.folder.appendingPathComponent(place), withIntermediateDirectories: true)
        let finished = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", place + "/ok", "--language", "en"], in: fixture.folder)
        #expect(finished.status == 0, "\(finished.stderr)")
        let refused = try ZelfscanBinary.run(["export", "demo/nothing", "--key", "k.key", "--out", place + "/refused", "--language", "en"], in: fixture.folder)
        #expect(refused.status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent(place).path) == ["ok"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent(place + "/ok").path).count == 12, "eleven data files (stats_actions.csv among them) and the manifest")
    }

    @Test func exportRefusesWhatItMustNotDo() throws {
        let fixture = try Self.fixture.get()
        let existing = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", "export", "--language", "en"], in: fixture.folder)
        #expect(existing.status == 73)
        #expect(existing.stderr.contains("export already exists and is not empty"))
        let noKey = try ZelfscanBinary.run(["export", "demo", "--key", "missing.key", "--out", "x", "--language", "en"], in: fixture.folder)
        #expect(noKey.status == 66)
        let badKey = try ZelfscanBinary.run(["export", "demo", "--key", "demo/SYNTHETISCHE-DEMODATA.txt", "--out", "x", "--language", "en"], in: fixture.folder)
        #expect(badKey.status == 65)
        #expect(badKey.stderr.contains("is not a zelfscan key: expected 64 hexadecimal digits"))
        #expect(badKey.stderr.contains("zelfscan key new FILE"))
        let badFormat = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", "x", "--format", "xlsx"], in: fixture.folder)
        #expect(badFormat.status == 64)
    }
}
