import Foundation
import Testing

/// `key`, `export` and `audit` on demo data made recognisable: every municipality renamed to a
/// distinctive name and every response given a comment, so any leak shows up as those bytes.
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

    @Test func noDistinctiveStringInAnyExportedByte() throws {
        let fixture = try Self.fixture.get()
        let files = try ScoreCommandTests.files(under: fixture.export)
        #expect(Set(files.keys) == ["/README.md", "/codebook.csv", "/codebook.yaml", "/responses_long.csv", "/responses_wide.csv",
                                    "/scores.csv", "/zelfscan.sqlite"])
        for (name, data) in files {
            for needle in Self.distinctive {
                #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) in \(name)")
            }
            #expect(data.range(of: try Data(contentsOf: fixture.key).prefix(64)) == nil, "the key in \(name)")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.range(of: #"R-[0-9A-Z]{6}"#, options: .regularExpression) == nil, "a respondent code in \(name)")
            #expect(text.range(of: #"20\d\d-\d\d-\d\dT"#, options: .regularExpression) == nil, "a timestamp in \(name)")
        }
        let readme = String(decoding: files["/README.md"]!, as: UTF8.self)
        #expect(readme.hasPrefix("# SYNTHETISCHE DEMODATA"))
        #expect(readme.contains("k (minimum aantal gemeenten per combinatie): 5"))
        #expect(readme.contains("livc-r versie 2026.1"))
        #expect(readme.contains("opmerkingen ("), "the disguised comments were read")
        #expect(!readme.contains("opmerkingen (0)"), "the disguised comments were read")
        #expect(String(decoding: files["/codebook.yaml"]!, as: UTF8.self).contains("synthetic: true"))
        let codebook = try Self.csv(fixture.export.appendingPathComponent("codebook.csv"))
        #expect(Array(codebook[0].suffix(3)) == ["questionnaire_id", "questionnaire_version", "synthetic"])
        #expect(codebook.dropFirst().allSatisfy { Array($0.suffix(3)) == ["livc-r", "2026.1", "1"] }, "codebook.csv says it describes synthetic data")
    }

    @Test func sqliteOpensInTheShellAndMatchesTheCSVs() throws {
        let fixture = try Self.fixture.get()
        let database = fixture.export.appendingPathComponent("zelfscan.sqlite").path
        for table in ["responses_long", "responses_wide", "scores", "codebook"] {
            let shell = try Self.sqlite(database, ".headers on\n.mode csv\nSELECT * FROM \(table);\n")
            #expect(shell.status == 0, "\(shell.stderr)")
            let fromSQLite = try Self.parse(shell.stdout)
            let fromCSV = try Self.csv(fixture.export.appendingPathComponent("\(table).csv"))
            #expect(fromSQLite.count == fromCSV.count, "rows of \(table)")
            #expect(fromSQLite.first == fromCSV.first, "columns of \(table)")
            for (a, b) in zip(fromSQLite, fromCSV) where a != b {
                for (x, y) in zip(a, b) where x != y {
                    let close = Double(x).flatMap { x in Double(y).map { abs(x - $0) < 1e-9 } } ?? false
                    #expect(close, "\(table): \(x) ≠ \(y)")
                }
            }
        }
        let types = try Self.sqlite(database, "SELECT typeof(year), typeof(score), typeof(n) FROM cell_scores LIMIT 1;")
        #expect(types.stdout == "integer|real|integer\n")
        let info = try Self.sqlite(database, "SELECT value FROM export_info WHERE key = 'synthetic';")
        #expect(info.stdout == "true\n")
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
            for name in ["responses_long", "responses_wide", "scores", "codebook"]:
                with open(sys.argv[1] + "/" + name + ".csv", newline="", encoding="utf-8") as f:
                    rows = list(csv.DictReader(f))
                print(name, len(rows))
            with open(sys.argv[1] + "/scores.csv", newline="", encoding="utf-8") as f:
                scores = [float(r["score"]) for r in csv.DictReader(f) if r["score"] != ""]
            assert all(0 <= s <= 100 for s in scores) and scores
            try:
                import pandas
                for name in ["responses_long", "responses_wide", "scores"]:
                    frame = pandas.read_csv(sys.argv[1] + "/" + name + ".csv")
                    assert frame["year"].dtype.kind == "i"
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
        let longRows = try Self.csv(fixture.export.appendingPathComponent("responses_long.csv")).count - 1
        #expect(text.contains("responses_long \(longRows)\n"))
    }

    @Test func pseudonymsStableAcrossRunsAndYearsOtherWithAnotherKey() throws {
        let fixture = try Self.fixture.get()
        let again = try ZelfscanBinary.run(["export", "demo", "--key", "k.key", "--out", "again-\(UUID().uuidString)", "--format", "csv"], in: fixture.folder)
        #expect(again.status == 0)
        let againFolder = try #require(again.stdout.split(separator: " ").first { $0.hasPrefix("again-") }).dropLast(2)
        let first = try Data(contentsOf: fixture.export.appendingPathComponent("scores.csv"))
        #expect(try Data(contentsOf: fixture.folder.appendingPathComponent(String(againFolder)).appendingPathComponent("scores.csv")) == first)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent(String(againFolder)).appendingPathComponent("zelfscan.sqlite").path))

        let scores = try Self.csv(fixture.export.appendingPathComponent("scores.csv")).dropFirst()
        let years = Dictionary(grouping: scores, by: { $0[0] }).mapValues { Set($0.map { $0[1] }) }
        #expect(years.values.contains { $0 == ["2025", "2026"] })

        #expect(try ZelfscanBinary.run(["key", "new", "other-\(UUID().uuidString).key"], in: fixture.folder).status == 0)
        let other = try ZelfscanBinary.run(["export", "demo", "--key", Self.otherKey(fixture.folder), "--out", "other-\(UUID().uuidString)", "--format", "csv"], in: fixture.folder)
        #expect(other.status == 0)
        let otherFolder = try #require(other.stdout.split(separator: " ").first { $0.hasPrefix("other-") }).dropLast(2)
        let otherScores = try Self.csv(fixture.folder.appendingPathComponent(String(otherFolder)).appendingPathComponent("scores.csv")).dropFirst()
        #expect(Set(scores.map { $0[0] }).isDisjoint(with: Set(otherScores.map { $0[0] })))
    }

    @Test func exportsOfTwoCoachesPoolWithMergeAndServeAsPeers() throws {
        let fixture = try Self.fixture.get()
        let tag = UUID().uuidString
        let cells = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("demo").path)
            .filter { $0.hasPrefix("demogemeente-") }.sorted()
        for (coach, range) in [("a", 0..<25), ("b", 20..<40)] {
            let folder = fixture.folder.appendingPathComponent("coach-\(coach)-\(tag)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for cell in cells[range] {
                try FileManager.default.copyItem(at: fixture.folder.appendingPathComponent("demo/" + cell), to: folder.appendingPathComponent(cell))
            }
            let run = try ZelfscanBinary.run(["export", folder.lastPathComponent, "--key", "k.key", "--out", "export-\(coach)-\(tag)"], in: fixture.folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let pooled = try ZelfscanBinary.run(["export", "--merge", "export-a-\(tag)", "export-b-\(tag)", "--out", "pool-\(tag)", "--language", "en"],
                                            in: fixture.folder)
        #expect(pooled.status == 0, "\(pooled.stderr)")
        let pool = fixture.folder.appendingPathComponent("pool-\(tag)")
        let readme = try String(contentsOf: pool.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.hasPrefix("# SYNTHETIC DEMO DATA"))
        #expect(readme.contains("This export pools 2 exports with the same key check"))
        for (name, data) in try ScoreCommandTests.files(under: pool) {
            for needle in Self.distinctive { #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) in \(name)") }
        }
        let wide = try Self.csv(pool.appendingPathComponent("responses_wide.csv")).dropFirst()
        let units = Set(wide.map { [$0[0], $0[1]] })
        let direct = try Self.csv(fixture.export.appendingPathComponent("responses_wide.csv")).dropFirst()
        #expect(!units.isEmpty)
        #expect(!Set(wide.map { $0[0] }).isDisjoint(with: Set(direct.map { $0[0] })), "same key, same pseudonyms")
        let peers = try ZelfscanBinary.run(["score", "--dir", "demo/" + cells[0], "--peers", pool.lastPathComponent, "--language", "en"], in: fixture.folder)
        #expect(peers.status == 0)
        #expect(peers.stdout.contains("Comparison with other cells"))

        #expect(try ZelfscanBinary.run(["key", "new", "third-\(tag).key"], in: fixture.folder).status == 0)
        #expect(try ZelfscanBinary.run(["export", "coach-a-\(tag)", "--key", "third-\(tag).key", "--out", "export-c-\(tag)"], in: fixture.folder).status == 0)
        let mixed = try ZelfscanBinary.run(["export", "--merge", "export-a-\(tag)", "export-c-\(tag)", "--out", "mixed-\(tag)", "--language", "en"], in: fixture.folder)
        #expect(mixed.status == 65)
        #expect(mixed.stderr.contains("was made with another key than export-a-\(tag)"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("mixed-\(tag)").path))
    }

    static func otherKey(_ folder: URL) throws -> String {
        try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("other-") && $0.hasSuffix(".key") })
    }

    @Test func anExportServesAsPeersForScore() throws {
        let fixture = try Self.fixture.get()
        let cell = try #require(try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("demo").path)
            .sorted().first { $0.hasPrefix("demogemeente-") })
        let run = try ZelfscanBinary.run(["score", "--dir", "demo/" + cell, "--peers", "export", "--language", "en"], in: fixture.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Comparison with other cells"))
        #expect(run.stdout.contains("SYNTHETIC demo data, not a real benchmark"))
        let counted = { (text: String) in text.split(separator: "\n").first { $0.contains("all cells (") }.map(String.init) ?? "" }
        let withKey = try ZelfscanBinary.run(["score", "--dir", "demo/" + cell, "--peers", "export", "--key", "k.key", "--language", "en"], in: fixture.folder)
        #expect(withKey.status == 0, "\(withKey.stderr)")
        #expect(counted(withKey.stdout) != counted(run.stdout), "with the key the own cell is no longer counted twice: \(counted(withKey.stdout))")
        let notExport = fixture.folder.appendingPathComponent("fake-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: notExport, withIntermediateDirectories: true)
        try Data("export: {kind: something-else}\n".utf8).write(to: notExport.appendingPathComponent("codebook.yaml"))
        let refused = try ZelfscanBinary.run(["score", "--dir", "demo/" + cell, "--peers", notExport.lastPathComponent, "--language", "en"], in: fixture.folder)
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("codebook.yaml does not describe a zelfscan export"))
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
