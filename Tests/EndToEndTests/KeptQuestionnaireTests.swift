import Foundation
import Testing
import ZelfscanCore

/// A coach's own questionnaire (the coach trial's P4): a workspace keeps the file its rounds were
/// given on, so moving to the next version keeps the trend, and an older workspace is told
/// exactly how to get its rounds back. Also P3: another file under the same id and version that
/// scores differently is never compared silently.
@Suite("Kept questionnaire files")
struct KeptQuestionnaireTests {
    /// The second-domain fixture under a coach's own id, on `format: 2`.
    static func version1() throws -> String {
        let fixture = ZelfscanBinary.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/youth-partnership.yaml")
        return try String(contentsOf: fixture, encoding: .utf8)
            .replacingOccurrences(of: #"(?m)^format: \d$"#, with: "format: 2", options: .regularExpression)
            .replacingOccurrences(of: #"(?m)^id: youth-partnership$"#, with: "id: youth-coach", options: .regularExpression)
    }

    /// Version 3.3 continues 3.2: every dimension and statement, except one reworded statement.
    static func version2(from first: String) -> String {
        first.replacingOccurrences(of: #"(?m)^version: "3.2"$"#, with: "version: \"3.3\"\ncontinues: {version: \"3.2\"}", options: .regularExpression)
            .replacingOccurrences(of: #"(?m)^  - id: (reach|offer|meetings)$"#, with: "  - id: $1\n    continues: $1", options: .regularExpression)
            .replacingOccurrences(of: #"(?m)^      - id: ((reach|offer|meetings)\.(phone|late|plan|plan-used|gaps|street|useful|skip))$"#,
                                  with: "      - id: $1\n        continues: $1", options: .regularExpression)
    }

    static func sha256(_ text: String) -> String { ContentHash.sha256(Array(text.utf8)) }

    /// Three members answer `year` in `dir` from typed-in sheets.
    static func answer(_ dir: String, year: Int, seed: Int, in folder: URL) throws {
        for (member, role) in ["school", "alderman", "street-worker"].enumerated() {
            let sheet = "sheet-\(dir.replacingOccurrences(of: "/", with: "-"))-\(year)-\(member).yaml"
            try Data(OtherDomainTests.answerSheet(role: role, seed: seed + member).utf8).write(to: folder.appendingPathComponent(sheet))
            let take = try ZelfscanBinary.run(["take", "--dir", dir, "--year", "\(year)", "--answers", sheet, "--submit"], in: folder)
            #expect(take.status == 0, "\(take.stderr)")
        }
    }

    /// Points the workspace at another questionnaire file, as a coach edits zelfscan.yaml.
    static func switchQuestionnaire(_ dir: String, to file: URL, in folder: URL) throws {
        let description = folder.appendingPathComponent(dir + "/zelfscan.yaml")
        let text = try String(contentsOf: description, encoding: .utf8)
            .replacingOccurrences(of: #"(?m)^questionnaire: .*$"#, with: "questionnaire: \(file.path)", options: .regularExpression)
        try Data(text.utf8).write(to: description)
    }

    @Test func aCoachsNextVersionKeepsTheTrend() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let first = try Self.version1()
        let second = Self.version2(from: first)
        let v1 = folder.appendingPathComponent("coach-3.2.yaml")
        let v2 = folder.appendingPathComponent("coach-3.3.yaml")
        try Data(first.utf8).write(to: v1)
        try Data(second.utf8).write(to: v2)
        let validate = try ZelfscanBinary.run(["validate", v1.path, v2.path], in: folder)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")

        let initialised = try ZelfscanBinary.run(["init", "--dir", "cell", "--municipality", "Lier", "--year", "2025", "--questionnaire", v1.path], in: folder)
        #expect(initialised.status == 0, "\(initialised.stderr)")
        try Self.answer("cell", year: 2025, seed: 1, in: folder)
        // The first answer kept the file, byte for byte, under the hash the responses carry.
        let kept = folder.appendingPathComponent("cell/questionnaires/\(Self.sha256(first))/questionnaire.yaml")
        #expect(try String(contentsOf: kept, encoding: .utf8) == first)

        try Self.switchQuestionnaire("cell", to: v2, in: folder)
        // The coach's own file may even disappear: the workspace has its copy.
        try FileManager.default.removeItem(at: v1)
        try Self.answer("cell", year: 2026, seed: 5, in: folder)

        let score = try ZelfscanBinary.run(["score", "--dir", "cell", "--year", "2026"], in: folder)
        #expect(score.status == 0)
        #expect(score.stderr.isEmpty, "\(score.stderr)")
        #expect(score.stdout.contains("2025 → 2026"), "\(score.stdout)")

        let report = try ZelfscanBinary.run(["report", "--dir", "cell", "--year", "2026", "--format", "md", "--out", "out"], in: folder)
        #expect(report.status == 0)
        #expect(report.stderr.isEmpty, "\(report.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/zelfscan-rapport-2026.md"), encoding: .utf8)
        #expect(markdown.contains("### 2025 (versie 3.2) → 2026 (versie 3.3)"), "the trend across versions is shown with its break")
        #expect(markdown.contains("De totaalscore wordt niet over versies heen vergeleken."))

        let compare = try ZelfscanBinary.run(["compare", "cell", "--format", "csv"], in: folder)
        #expect(compare.status == 0)
        #expect(compare.stderr.isEmpty, "\(compare.stderr)")
    }

    @Test func anOlderWorkspaceIsToldHowToKeepItsFile() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let first = try Self.version1()
        let v1 = folder.appendingPathComponent("coach-3.2.yaml")
        let v2 = folder.appendingPathComponent("coach-3.3.yaml")
        try Data(first.utf8).write(to: v1)
        try Data(Self.version2(from: first).utf8).write(to: v2)
        _ = try ZelfscanBinary.run(["init", "--dir", "cell", "--municipality", "Lier", "--year", "2025", "--questionnaire", v1.path], in: folder)
        try Self.answer("cell", year: 2025, seed: 2, in: folder)
        try Self.switchQuestionnaire("cell", to: v2, in: folder)
        try Self.answer("cell", year: 2026, seed: 6, in: folder)
        // As a workspace made before zelfscan kept files: without the copy.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("cell/questionnaires/\(Self.sha256(first))"))

        let orphaned = try ZelfscanBinary.run(["score", "--dir", "cell", "--year", "2026"], in: folder)
        #expect(orphaned.stderr.contains("die deze werkruimte niet meer heeft"), "\(orphaned.stderr)")
        #expect(orphaned.stderr.contains("zelfscan questionnaire keep BESTAND --dir cell"), "\(orphaned.stderr)")
        #expect(orphaned.stderr.contains(Self.sha256(first)))

        let keep = try ZelfscanBinary.run(["questionnaire", "keep", v1.path, "--dir", "cell"], in: folder)
        #expect(keep.status == 0, "\(keep.stderr)")
        #expect(keep.stdout.contains("youth-coach 3.2"))
        let again = try ZelfscanBinary.run(["questionnaire", "keep", v1.path, "--dir", "cell"], in: folder)
        #expect(again.status == 0 && again.stdout.contains("al bewaard"), "\(again.stdout)")
        let other = try ZelfscanBinary.run(["questionnaire", "keep", ZelfscanBinary.archived2026_1, "--dir", "cell"], in: folder)
        #expect(other.status == 65, "only the workspace's own questionnaire is kept: \(other.stderr)")

        let score = try ZelfscanBinary.run(["score", "--dir", "cell", "--year", "2026"], in: folder)
        #expect(score.status == 0)
        #expect(score.stderr.isEmpty, "\(score.stderr)")
        #expect(score.stdout.contains("2025 → 2026"))

        // A copy changed after it was kept is refused where it lies, and its round is orphaned again.
        let copy = folder.appendingPathComponent("cell/questionnaires/\(Self.sha256(first))/questionnaire.yaml")
        try Data((first + "# changed\n").utf8).write(to: copy)
        let changed = try ZelfscanBinary.run(["score", "--dir", "cell", "--year", "2026"], in: folder)
        #expect(changed.stderr.contains("\(Self.sha256(first))/questionnaire.yaml:1:1: fout: deze bewaarde vragenlijst werd gewijzigd"), "\(changed.stderr)")
    }

    /// P3: a file changed under the same id and version is compared only when it scores alike.
    @Test func anotherFileOfTheSameVersionIsNotComparedSilently() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let first = try Self.version1()
        let changed = first.replacingOccurrences(of: "        weight: 2\n", with: "        weight: 3\n")
        let retitled = first.replacingOccurrences(of: "Elkaar bereiken", with: "Elkaar vinden")
        #expect(changed != first && retitled != first)
        for (name, text) in [("same", first), ("changed", changed), ("retitled", retitled)] {
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(name).yaml"))
            _ = try ZelfscanBinary.run(["init", "--dir", "pool/\(name)", "--municipality", name.capitalized, "--year", "2026",
                                        "--questionnaire", folder.appendingPathComponent("\(name).yaml").path], in: folder)
            try Self.answer("pool/\(name)", year: 2026, seed: 3, in: folder)
        }
        let compare = try ZelfscanBinary.run(["compare", "pool/same", "pool/changed", "pool/retitled"], in: folder)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stderr.contains("pool/changed: gebruikt een ander bestand van vragenlijst youth-coach 3.2 (SHA-256 \(Self.sha256(changed)), vergeleken met \(Self.sha256(first))) dat anders scoort"),
                "\(compare.stderr)")
        #expect(!compare.stderr.contains("pool/retitled:"), "a new title scores alike: \(compare.stderr)")
        #expect(compare.stdout.contains("Retitled") && !compare.stdout.contains("Changed"))
        // The cell's own score beside peers: the changed file is no peer either.
        let score = try ZelfscanBinary.run(["score", "--dir", "pool/same", "--peers", "pool"], in: folder)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(score.stderr.contains("pool/changed: gebruikt een ander bestand van vragenlijst youth-coach 3.2"), "\(score.stderr)")
        #expect(!score.stderr.contains("pool/retitled:"), "\(score.stderr)")
    }
}
