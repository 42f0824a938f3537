import Foundation
import Testing

@Suite("accessibility by axe-core in headless Chromium",
       .enabled(if: HeadlessChromium.accessibilityToolsAvailable,
                "not run: needs chromium, chromium-driver (apt-get install -y chromium chromium-driver) and selenium and axe-selenium-python (pip install selenium axe-selenium-python)"),
       .timeLimit(.minutes(10)))
struct AccessibilityTests {
    /// scripts/check-accessibility over every page zelfscan writes in HTML (report in both
    /// languages, the pages beside it, the note, the paper form, the compare heat map) finds no
    /// violation in either theme.
    @Test func axeFindsNoViolationInAnyPage() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, text) = try HeadlessChromium.runCheck("check-accessibility", in: folder)
        #expect(status == 0, "\(text)")
        #expect(text.contains("zelfscan-rapport-2026.html (light): 0 violations"), "\(text)")
        #expect(text.contains("zelfscan-vragenlijst.html (dark): 0 violations"), "\(text)")
        #expect(text.contains("compare.html (light): 0 violations"), "\(text)")
    }
}
