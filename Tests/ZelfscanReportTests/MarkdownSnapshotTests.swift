import Foundation
import Testing
@testable import ZelfscanReport
import ZelfscanText

/// The whole Markdown report compared with a kept copy, so every change in wording or numbers is
/// seen in review. After an intended change: ZELFSCAN_RECORD_SNAPSHOTS=1 swift test --filter MarkdownSnapshot,
/// which writes the new copy and fails (so a recording run is never mistaken for a passing one);
/// the next run without it passes.
@Suite("Markdown snapshots")
struct MarkdownSnapshotTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test(arguments: Language.allCases) func markdownMatchesTheSnapshot(language: Language) throws {
        let markdown = MarkdownReport(try CellReport(try ReportFixture.input(language: language, comments: true))).render()
        let file = Self.folder.appendingPathComponent("report-\(language).md")
        let kept = try? String(contentsOf: file, encoding: .utf8)
        if ProcessInfo.processInfo.environment["ZELFSCAN_RECORD_SNAPSHOTS"] == "1" {
            try Data(markdown.utf8).write(to: file)
            Issue.record("recorded \(file.path) (\(kept == markdown ? "unchanged" : "changed")); run again without ZELFSCAN_RECORD_SNAPSHOTS to check it")
            return
        }
        #expect(markdown == kept, "differs from \(file.path); record again if the change is intended")
    }
}
