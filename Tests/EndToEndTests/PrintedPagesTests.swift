import Foundation
import Testing

@Suite("printed pages in headless Chromium",
       .enabled(if: HeadlessChromium.isAvailable && HeadlessChromium.onPath("pdftoppm") != nil,
                "not run: needs chromium and pdftoppm to print and measure pages (apt-get install -y chromium poppler-utils)"),
       .timeLimit(.minutes(10)))
struct PrintedPagesTests {
    /// scripts/check-print over the report and the meeting guide in both languages, the note and
    /// the heat map of a demo whose rounds are on two questionnaire versions: no page but the last
    /// is more than 75% empty, and no table or chart is split across pages.
    @Test func noPageIsMostlyEmptyAndNothingSplits() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, text) = try HeadlessChromium.runCheck("check-print", in: folder)
        #expect(status == 0, "\(text)")
        for page in ["zelfscan-rapport-2026", "zelfscan-report-2026", "zelfscan-leidraad-2026", "zelfscan-meeting-guide-2026",
                     "zelfscan-notitie-2026", "compare-nl", "compare-en"] {
            let line = text.split(separator: "\n").first { $0.contains("/\(page).html: ") }
            #expect(line?.hasSuffix("no page more than 75% empty, no table or chart split") == true, "\(page): \(text)")
        }
        #expect(text.contains(/zelfscan-notitie-2026\.html: 1 page\(s\)/), "\(text)")
    }
}
