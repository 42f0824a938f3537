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
        let output = folder.appendingPathComponent("output")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", ZelfscanBinary.repository.appendingPathComponent("scripts/check-accessibility").path]
        var environment = ProcessInfo.processInfo.environment
        environment["ZELFSCAN_BIN"] = ZelfscanBinary.path
        environment["TMPDIR"] = folder.path
        process.environment = environment
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let text = try String(contentsOf: output, encoding: .utf8)
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("zelfscan-rapport-2026.html (light): 0 violations"), "\(text)")
        #expect(text.contains("zelfscan-vragenlijst.html (dark): 0 violations"), "\(text)")
        #expect(text.contains("compare.html (light): 0 violations"), "\(text)")
    }
}
