import Foundation
import Testing

/// `scripts/package --check`, the release gate: it builds the Debian package and installs it into a
/// fresh Debian root made with debootstrap, without Swift, and runs a whole round there. From a clean
/// clone that is a second, release build of everything plus a Debian root from the mirror, about 7
/// minutes that would take the suite past 10 (docs/install.md has the times), and it needs root and
/// Debian's mirror; so the suite runs it only when asked with ZELFSCAN_PACKAGE_CHECK=1.
@Suite("the package installs and runs a round on a Debian without Swift")
struct PackageTests {
    static let requested = ProcessInfo.processInfo.environment["ZELFSCAN_PACKAGE_CHECK"] == "1"

    /// The steps scripts/package --check must have reached, in this order.
    static let steps = [
        "== check: no Swift in the root",
        "== check: install the package",
        "== check: ldd /usr/bin/zelfscan: every library found",
        "== check: zelfscan --version",
        "== check: zelfscan demo",
        "== check: zelfscan take --plain",
        "== check: zelfscan score",
        "== check: zelfscan report",
        "== check: zelfscan key new",
        "== check: zelfscan export",
        "== check: zelfscan audit",
        "== check passed",
    ]

    @Test(
        .enabled(
            if: requested,
            """
            the package check takes minutes (a release build and a fresh Debian root) and needs root and \
            Debian's mirror. Run it with `ZELFSCAN_PACKAGE_CHECK=1 swift test --skip-build --filter PackageTests`, \
            or directly with `scripts/package --check`, before every release (docs/install.md)
            """),
        .timeLimit(.minutes(40)))
    func packageInstallsAndRunsARoundInAFreshDebianRoot() throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("zelfscan-package-check-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let output = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = ZelfscanBinary.repository.appendingPathComponent("scripts/package")
        process.arguments = ["--check"]
        process.currentDirectoryURL = ZelfscanBinary.repository
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try output.close()
        let text = String(decoding: try Data(contentsOf: log), as: UTF8.self)

        #expect(process.terminationStatus == 0, "scripts/package --check failed:\n\(text.suffix(6000))")
        var rest = text[...]
        for step in Self.steps {
            guard let found = rest.range(of: step) else {
                Issue.record("scripts/package --check never reached '\(step)':\n\(text.suffix(6000))")
                return
            }
            rest = rest[found.upperBound...]
        }
    }
}
