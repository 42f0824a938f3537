import Foundation
import Testing
import ZelfscanCore

/// A demo of two rounds, the first on the archived earlier version and the last on the bundled
/// one: `score` and `report` read both, and the report marks where the trend breaks. Runs when
/// the bundled questionnaire continues an archived version (from livc-r 2026.2 on).
@Suite("Trend across questionnaire versions")
struct TrendAcrossVersionsTests {
    static let earlier: String? = {
        guard let current = BundledQuestionnaire.load().questionnaire, let version = current.continues,
              QuestionnaireLibrary.bundled.questionnaire(id: current.id, version: version) != nil else { return nil }
        return version
    }()

    @Test(.enabled(if: earlier != nil, "the bundled questionnaire continues no archived version"))
    func twoVersionsGiveATrendWithItsBreaksMarked() throws {
        let version = try #require(Self.earlier)
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "1", "--years", "2", "--first-year", "2025",
                                           "--members", "8", "--earlier-version", version, "--seed", "3"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        let cell = folder.appendingPathComponent("demo/demogemeente-001")
        let old = try String(contentsOf: cell.appendingPathComponent("responses/2025").appendingPathComponent(
            try #require(FileManager.default.contentsOfDirectory(atPath: cell.appendingPathComponent("responses/2025").path).first)), encoding: .utf8)
        #expect(old.contains("version: '\(version)'") || old.contains("version: \"\(version)\"") || old.contains("version: \(version)"))

        let score = try ZelfscanBinary.run(["score", "--dir", cell.path], in: folder)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(!score.stderr.contains("horen bij vragenlijst"), "earlier responses must load with their own version: \(score.stderr)")

        let report = try ZelfscanBinary.run(["report", "--dir", cell.path, "--format", "md", "--out", "out"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/zelfscan-rapport-2026.md"), encoding: .utf8)
        #expect(markdown.contains("## Trend over versies van de vragenlijst"))
        #expect(markdown.contains("### 2025 (versie \(version)) → 2026"))
        #expect(markdown.contains("De totaalscore wordt niet over versies heen vergeleken."))
    }
}
