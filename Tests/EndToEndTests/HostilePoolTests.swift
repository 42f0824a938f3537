import Foundation
import TestSupport
import Testing

/// A pool as researchers receive them: next to good files, files that are truncated, empty,
/// binary, of another questionnaire version, copied, looping or unreadable. `score`, `compare`
/// and `export` name each one and give exactly the results of the clean pool; with `--strict`
/// they stop and write nothing.
@Suite("hostile files in a pool")
struct HostilePoolTests {
    /// Two copies of the same demo pool, the second with hostile files planted in it.
    struct Pools {
        var folder: URL
        /// Paths (relative to `folder`) that every command must name on stderr.
        var planted: [String]
        /// The round's own files, beside the planted ones.
        var good: [String]
    }

    static func pools() throws -> Pools {
        let folder = try ZelfscanBinary.temporaryFolder()
        for name in ["clean", "hostile"] {
            let run = try ZelfscanBinary.run(["demo", "--out", name, "--municipalities", "10", "--years", "2", "--first-year", "2025", "--seed", "11"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let fileManager = FileManager.default
        let round = folder.appendingPathComponent("hostile/demogemeente-002/responses/2026")
        let existing = try fileManager.contentsOfDirectory(atPath: round.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let original = try Data(contentsOf: round.appendingPathComponent(existing[0]))
        let text = String(decoding: original, as: UTF8.self)
        func plant(_ name: String, _ data: Data) throws {
            try data.write(to: round.appendingPathComponent(name))
        }
        // Cut at a line end, so that what is left still reads as a response with fewer answers.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        try plant("R-TRUNC1.yaml", Data(lines.prefix(lines.count * 3 / 5).joined(separator: "\n").utf8 + [0x0A]))
        try plant("R-EMPTY1.yaml", Data())
        var random = SplitMix(seed: 7)
        try plant("R-BINARY.yaml", Data(random.bytes(3000)))
        try plant("R-OLDVER.yaml", Data(text.replacingOccurrences(of: "version: '2026.2'", with: "version: '1999.1'").utf8))
        try plant("R-COPY01.yaml", original)
        try plant("R-ELSEWH.yaml", Data(text.replacingOccurrences(of: "Demogemeente 002", with: "Demogemeente 009").utf8))
        try fileManager.createSymbolicLink(atPath: round.appendingPathComponent("R-LOOP01.yaml").path, withDestinationPath: "R-LOOP01.yaml")
        try fileManager.createDirectory(at: round.appendingPathComponent("R-FOLDER.yaml"), withIntermediateDirectories: false)
        #expect(mkfifo(round.appendingPathComponent("R-FIFO01.yaml").path, 0o600) == 0)
        try plant("R-LOCKED.yaml", original)
        try fileManager.setAttributes([.posixPermissions: 0], ofItemAtPath: round.appendingPathComponent("R-LOCKED.yaml").path)
        // A loop and a second road to a workspace at the top of the pool.
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("hostile/loop").path, withDestinationPath: "loop")
        try fileManager.createSymbolicLink(atPath: folder.appendingPathComponent("hostile/alias").path, withDestinationPath: "demogemeente-003")
        // Root reads the locked file anyway, and finds a second file for the same respondent.
        let planted = ["R-TRUNC1.yaml", "R-EMPTY1.yaml", "R-BINARY.yaml", "R-OLDVER.yaml", "R-COPY01.yaml", "R-ELSEWH.yaml",
                       "R-LOOP01.yaml", "R-FOLDER.yaml", "R-FIFO01.yaml", "R-LOCKED.yaml"].map { "hostile/demogemeente-002/responses/2026/" + $0 }
        return Pools(folder: folder, planted: planted + ["hostile/loop"], good: existing)
    }

    static func expectNamed(_ planted: [String], in stderr: String) {
        for path in planted {
            #expect(stderr.contains(path), "\(path) is not named in:\n\(stderr)")
        }
    }

    @Test func compareNamesEachFileAndGivesTheCleanResult() throws {
        let pools = try Self.pools()
        let clean = try ZelfscanBinary.run(["compare", "clean", "--format", "json", "--language", "en"], in: pools.folder)
        let hostile = try ZelfscanBinary.run(["compare", "hostile", "--format", "json", "--language", "en"], in: pools.folder)
        #expect(clean.status == 0 && clean.stderr.isEmpty, "\(clean.stderr)")
        #expect(hostile.status == 0, "\(hostile.stderr)")
        #expect(hostile.stdout == clean.stdout)
        Self.expectNamed(pools.planted, in: hostile.stderr)
        #expect(hostile.stderr.contains("respondent R-"))
        #expect(hostile.stderr.contains("R-TRUNC1.yaml:"))
        #expect(hostile.stderr.contains("it was cut off, and answers after this point are lost"))
        #expect(hostile.stderr.contains("belongs to Demogemeente 009 2026"))
        #expect(hostile.stderr.contains("left out; the rest was used (--strict stops instead)"))

        let strict = try ZelfscanBinary.run(["compare", "hostile", "--strict", "--format", "html", "--out", "compare.html"], in: pools.folder)
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("met --strict wordt niets gemaakt"))
        #expect(!FileManager.default.fileExists(atPath: pools.folder.appendingPathComponent("compare.html").path))
    }

    @Test func scoreWithPeersNamesEachFileAndGivesTheCleanResult() throws {
        let pools = try Self.pools()
        let clean = try ZelfscanBinary.run(["score", "--dir", "clean/demogemeente-001", "--peers", "clean", "--language", "en"], in: pools.folder)
        let hostile = try ZelfscanBinary.run(["score", "--dir", "hostile/demogemeente-001", "--peers", "hostile", "--language", "en"], in: pools.folder)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(hostile.status == 0, "\(hostile.stderr)")
        #expect(hostile.stdout == clean.stdout)
        Self.expectNamed(pools.planted, in: hostile.stderr)
        let strict = try ZelfscanBinary.run(["score", "--dir", "hostile/demogemeente-001", "--peers", "hostile", "--strict"], in: pools.folder)
        #expect(strict.status == 65)
        #expect(strict.stdout.isEmpty)
    }

    @Test func looseFilesAreReportedAndTheRestScored() throws {
        let pools = try Self.pools()
        let round = "hostile/demogemeente-002/responses/2026/"
        let files = (["R-EMPTY1.yaml", "R-BINARY.yaml", "R-FIFO01.yaml", "R-LOOP01.yaml"] + pools.good).map { round + $0 }
        let questionnaire = ZelfscanBinary.repository.appendingPathComponent("questionnaires/livc-r.yaml").path
        let run = try ZelfscanBinary.run(["score", "--questionnaire", questionnaire, "--language", "en"] + files, in: pools.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(round + "R-EMPTY1.yaml:1:1: error: the file is empty"))
        #expect(run.stderr.contains(round + "R-FIFO01.yaml:1:1: error: cannot read this file: this is not an ordinary file"))
        #expect(run.stderr.contains(round + "R-LOOP01.yaml:1:1: error: cannot read this file: the symbolic links in this path form a loop"))
        #expect(run.stderr.contains("4 of \(files.count) response files cannot be used; they are left out and the rest is scored"))
        #expect(run.stdout.contains("Demogemeente 002"))
        let strict = try ZelfscanBinary.run(["score", "--questionnaire", questionnaire, "--strict"] + files, in: pools.folder)
        #expect(strict.status == 65)
        #expect(strict.stdout.isEmpty)
    }

    @Test func exportNamesEachFileAndWritesTheCleanExport() throws {
        let pools = try Self.pools()
        #expect(try ZelfscanBinary.run(["key", "new", "research.key"], in: pools.folder).status == 0)
        let clean = try ZelfscanBinary.run(["export", "clean", "--key", "research.key", "--out", "export-clean"], in: pools.folder)
        let hostile = try ZelfscanBinary.run(["export", "hostile", "--key", "research.key", "--out", "export-hostile"], in: pools.folder)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(hostile.status == 0, "\(hostile.stderr)")
        Self.expectNamed(pools.planted, in: hostile.stderr)
        // Cell ids and respondent numbers are drawn anew for every export: the released content is compared without them.
        for name in ["stats_dimensions.csv", "stats_icc.csv", "stats_items.csv", "stats_reference.csv", "codebook.csv"] {
            let cleanFile = try Data(contentsOf: pools.folder.appendingPathComponent("export-clean/" + name))
            let hostileFile = try Data(contentsOf: pools.folder.appendingPathComponent("export-hostile/" + name))
            #expect(cleanFile == hostileFile, "\(name) differs")
        }
        for name in ["cells.csv", "items.csv"] {
            func content(_ export: String) throws -> [String] {
                try String(contentsOf: pools.folder.appendingPathComponent(export + "/" + name), encoding: .utf8)
                    .split(separator: "\r\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().joined(separator: ",") }.sorted()
            }
            #expect(try content("export-clean") == content("export-hostile"), "\(name) differs")
        }
        let strict = try ZelfscanBinary.run(["export", "hostile", "--key", "research.key", "--out", "export-strict", "--strict"], in: pools.folder)
        #expect(strict.status == 65)
        #expect(!FileManager.default.fileExists(atPath: pools.folder.appendingPathComponent("export-strict").path))
    }
}
