import Foundation
import Testing

/// `benchmarks/baseline.py` is only a fair baseline while it computes what zelfscan computes: its
/// check mode must find no difference with `compare --format json` on a small demo pool, in the
/// latest round and an earlier one, grouped two ways. Needs PyYAML with its C loader.
@Suite("Python baseline", .enabled(if: PythonYAML.available))
struct BenchmarkBaselineTests {
    @Test func baselineAgreesWithCompare() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "pool", "--municipalities", "12", "--years", "3", "--first-year", "2024", "--seed", "5"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        for (file, extra) in [("latest.json", [String]()), ("earlier.json", ["--year", "2025", "--by", "province"])] {
            let run = try ZelfscanBinary.run(["compare", "pool", "--format", "json", "--out", file] + extra, in: folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let script = ZelfscanBinary.repository.appendingPathComponent("benchmarks/baseline.py").path
        let check = try PythonYAML.run([script, "pool", "--check", "latest.json", "earlier.json"], in: folder)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.components(separatedBy: " 0 differences").count == 3, "\(check.stdout)")
        let scored = try PythonYAML.run([script, "pool"], in: folder)
        #expect(scored.status == 0)
        #expect(scored.stdout.hasPrefix("Demogemeente 001 2026:"), "\(scored.stdout.prefix(200))")
        // Case flow (2026.2) is outside the overall score (`overall: false`): the overall has a
        // peer median again, as trust has.
        #expect(scored.stdout.contains("peers all trust: median"))
        #expect(scored.stdout.contains("peers all overall: median"), "\(scored.stdout.prefix(1500))")
    }
}

/// python3 with PyYAML's C loader, as the baseline needs it.
enum PythonYAML {
    static let available: Bool = (try? run(["-c", "import yaml; yaml.CSafeLoader"]).status) == 0

    static func run(_ arguments: [String], in directory: URL = ZelfscanBinary.repository) throws -> (status: Int32, stdout: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }
}
