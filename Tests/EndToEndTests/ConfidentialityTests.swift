import Foundation
import Testing

/// Issue 13: what colleagues can see of each other inside a cell. Nothing the tool prints to the
/// coordinator or a colleague holds a respondent code, a role beside one person's score, or a
/// statistic that is one person's score; a draft opens only with the code its owner saw.
@Suite("confidentiality inside the cell")
struct ConfidentialityTests {
    static let year = Calendar(identifier: .gregorian).component(.year, from: Date())
    /// Keeps the wait after wrong codes short; the variable is test-only (`CodeAttempts`).
    static let fast = ["ZELFSCAN_TEST_WRONG_CODE_DELAY": "0.2"]

    /// A demo cell of this year with one more open draft; its folder and every respondent code.
    static func cellWithDrafts() throws -> (folder: URL, cell: String, codes: [String]) {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "6", "--years", "1", "--first-year", "\(year)", "--seed", "5"],
                                          in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        let cell = "demo/demogemeente-001"
        let draft = try ZelfscanBinary.run(["take", "--plain", "--dir", cell], stdin: "\n" + (TakeCommandTests.start + ["5"]).joined(separator: "\n") + "\n",
                                           in: folder)
        #expect(draft.status == 75, "\(draft.stderr)")
        let round = folder.appendingPathComponent("\(cell)/responses/\(year)")
        let codes = try FileManager.default.contentsOfDirectory(atPath: round.path).filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }
        #expect(codes.count >= 4)
        return (folder, cell, codes)
    }

    @Test func noCodeAndNoRoleBesideAScoreInAnyOutput() throws {
        let (folder, cell, codes) = try Self.cellWithDrafts()
        let runs: [(String, [String])] = [
            ("status", ["status", "--dir", cell]),
            ("status --json", ["status", "--dir", cell, "--json"]),
            ("score", ["score", "--dir", cell]),
            ("score --json", ["score", "--dir", cell, "--json"]),
            ("report", ["report", "--dir", cell, "--format", "html,md", "--out", "out"]),
            ("compare", ["compare", "demo"]),
            ("compare --format json", ["compare", "demo", "--format", "json"]),
        ]
        var outputs: [(String, String)] = []
        for (name, arguments) in runs {
            let run = try ZelfscanBinary.run(arguments, in: folder)
            #expect(run.status == 0, "\(name): \(run.stderr)")
            outputs.append((name, run.stdout + run.stderr))
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path) {
            outputs.append((file, try String(contentsOf: folder.appendingPathComponent("out/" + file), encoding: .utf8)))
        }
        let status = try #require(outputs.first { $0.0 == "status" }?.1)
        #expect(status.contains("Open concepten: "), "\(status)")
        for (name, text) in outputs {
            for code in codes { #expect(!text.contains(code), "\(name) shows the respondent code \(code)") }
            #expect(!text.contains("\"role\""), "\(name) pairs a role with scores")
            #expect(!text.contains("laagste–hoogste") && !text.contains("min–max") && !text.contains("\"min\""),
                    "\(name) shows a lowest or highest score, which is one member's")
        }
    }

    @Test func aWrongCodeRevealsNothingAndSlowsTheNextDown() throws {
        let (folder, cell, codes) = try Self.cellWithDrafts()
        let round = folder.appendingPathComponent("\(cell)/responses/\(Self.year)")
        let submitted = try #require(try codes.first { code in
            try String(contentsOf: round.appendingPathComponent(code + ".yaml"), encoding: .utf8).contains("status: submitted")
        })
        let unknown = try ZelfscanBinary.run(["take", "--resume", "R-ZZZZZZ", "--dir", cell], stdin: "q\n", in: folder, environment: Self.fast)
        let done = try ZelfscanBinary.run(["take", "--resume", submitted, "--dir", cell], stdin: "q\n", in: folder, environment: Self.fast)
        #expect(unknown.status == 64 && done.status == 64)
        #expect(unknown.stderr.replacingOccurrences(of: "R-ZZZZZZ", with: "CODE") == done.stderr.replacingOccurrences(of: submitted, with: "CODE"),
                "an unknown and a submitted code get the same words: \(unknown.stderr) / \(done.stderr)")
        #expect(unknown.stderr.contains("R-ZZZZZZ is geen open concept van ronde \(Self.year)"))
        #expect(!unknown.stderr.contains("zelfscan status toont"), "no pointer to a list of codes")

        let third = try ZelfscanBinary.run(["take", "--resume", "R-ZZZZZY", "--dir", cell], stdin: "q\n", in: folder, environment: Self.fast)
        #expect(third.status == 64)
        #expect(third.seconds >= 0.4, "two wrong codes before it: 0.2 s doubled (\(third.seconds) s)")
        let record = try String(contentsOf: folder.appendingPathComponent("\(cell)/.zelfscan-wrong-codes"), encoding: .utf8)
        #expect(record.split(separator: "\n").count == 3, "every wrong code is recorded in the workspace, so a new process waits too")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("\(cell)/.zelfscan-wrong-codes").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func theInteractiveCodePromptWaitsAfterWrongCodes() throws {
        let (folder, cell, _) = try Self.cellWithDrafts()
        let run = try ZelfscanBinary.run(["take", "--plain", "--dir", cell], stdin: "R-AAAAAA\nR-AAAAAB\nR-AAAAAC\n", in: folder, environment: Self.fast)
        #expect(run.stdout.components(separatedBy: "is geen open vragenlijst van deze ronde").count == 4)
        #expect(run.seconds >= 0.6, "0.2 s, then 0.4 s before the second and third check (\(run.seconds) s)")
    }

    /// Finding 14: a real cell compared with demo data is not called invented.
    @Test func theBannerSaysWhatIsSynthetic() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "12", "--years", "1", "--first-year", "\(Self.year)", "--seed", "8"],
                                       in: folder).status == 0)
        let cell = folder.appendingPathComponent("demo/demogemeente-001")
        let enumerator = try #require(FileManager.default.enumerator(atPath: cell.path))
        for case let path as String in enumerator where path.hasSuffix(".yaml") {
            let url = cell.appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "synthetic: true", with: "synthetic: false").utf8).write(to: url)
        }
        let report = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-001", "--peers", "demo", "--format", "md", "--out", "out"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("SYNTHETISCHE VERGELIJKINGSDATA: de cel is echt"), "\(report.stdout)")
        #expect(!report.stdout.contains("verzonnen cel."))
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/zelfscan-rapport-\(Self.year).md"), encoding: .utf8)
        #expect(markdown.hasPrefix("> **SYNTHETISCHE VERGELIJKINGSDATA — de leden en hun antwoorden zijn echt"))
        #expect(!markdown.contains("verzonnen gemeente, leden en antwoorden"))
        let compare = try ZelfscanBinary.run(["compare", "demo"], in: folder)
        #expect(compare.stdout.contains("SYNTHETISCHE DEMODATA: 11 van de 12 cellen zijn verzonnen; de andere zijn echt."), "\(compare.stdout.prefix(300))")
    }
}
