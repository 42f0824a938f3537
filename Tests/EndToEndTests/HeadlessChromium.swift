import Foundation

/// Headless Chromium and the accessibility tools, where the machine has them: the checks that
/// need a real browser run only then, and are skipped with a message saying what to install.
enum HeadlessChromium {
    static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let executable: String? = onPath("chromium") ?? onPath("chromium-browser") ?? onPath("google-chrome")

    static var isAvailable: Bool { executable != nil }

    /// chromium-driver, and a Python that imports selenium and axe-selenium-python: what
    /// scripts/check-accessibility needs.
    static let accessibilityToolsAvailable: Bool = {
        guard isAvailable, onPath("chromedriver") != nil else { return false }
        let python = ProcessInfo.processInfo.environment["ZELFSCAN_PYTHON"] ?? "python3"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", "import selenium, axe_selenium_python"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// Prints an HTML file to PDF on A4 as a reader's browser would (the page's own `@page`
    /// rules). Profile and temporary files go in a folder directly in /tmp, removed afterwards:
    /// Chromium's singleton socket path must stay under 108 bytes.
    static func printToPDF(_ html: URL) throws -> Data {
        let folder = URL(fileURLWithPath: "/tmp/zelfscan-pdf-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("page.pdf")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "chromium")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                             "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--print-to-pdf=\(pdf.path)", html.absoluteString]
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = folder.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: pdf)
    }

    /// The number of pages of a PDF that Chromium wrote: its page objects, `/Type /Page`
    /// (not `/Pages`), which Chromium leaves uncompressed.
    static func pageCount(_ pdf: Data) -> Int {
        let text = String(decoding: pdf, as: UTF8.self)
        return text.matches(of: /\/Type\s*\/Page(?![s\w])/).count
    }

    /// Runs a check script of `scripts/` on the built binary, its temporary files under
    /// `folder`; its exit status and everything it printed.
    static func runCheck(_ script: String, in folder: URL) throws -> (status: Int32, output: String) {
        let output = folder.appendingPathComponent("output")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", ZelfscanBinary.repository.appendingPathComponent("scripts/" + script).path]
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
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }
}
