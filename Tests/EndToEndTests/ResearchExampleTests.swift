import Foundation
import Testing

/// The worked examples of docs/export.md (docs/examples/analysis.py and analysis.R) run on a demo
/// export and print each analysis, e f c b a g, with numbers. Skipped only when pandas or Rscript
/// is not installed (scripts/ensure-dependencies --research installs both).
@Suite("the research examples run on an export")
struct ResearchExampleTests {
    static let sections = ["e", "f", "c", "b", "a", "g"]

    static func installed(_ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let pandas = installed(["python3", "-c", "import pandas, numpy"])
    static let rscript = installed(["Rscript", "--version"])

    /// A program found on PATH, run to its end, with what it printed.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// The body of each `## X: title` section, in the order printed.
    static func sections(of output: String) -> [(letter: String, body: String)] {
        var result: [(String, String)] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## "), let colon = line.firstIndex(of: ":") {
                result.append((String(line[line.index(line.startIndex, offsetBy: 3)..<colon]), ""))
            } else if !result.isEmpty {
                result[result.count - 1].1 += line + "\n"
            }
        }
        return result
    }

    static func checkSections(_ output: String, tool: String) {
        let found = sections(of: output)
        #expect(found.map(\.letter) == sections, "\(tool) printed the six analyses in order: \(output)")
        for (letter, body) in found {
            #expect(body.range(of: #"\d+\.\d+"#, options: .regularExpression) != nil, "\(tool) section \(letter) holds numbers: \(body)")
            #expect(!body.contains("nan") && !body.contains("NaN"), "\(tool) section \(letter) computed every figure: \(body)")
        }
    }

    static func script(_ name: String) -> String {
        ZelfscanBinary.repository.appendingPathComponent("docs/examples/" + name).path
    }

    @Test(.enabled(if: pandas, "python3 with pandas and numpy is not installed (scripts/ensure-dependencies --research installs it)"))
    func pandasExampleRunsEveryAnalysis() throws {
        let fixture = try ExportAttackTests.fixtures[0].get()
        let run = try Self.run(["python3", Self.script("analysis.py"), fixture.export.path])
        #expect(run.status == 0, "\(run.stderr)")
        Self.checkSections(run.stdout, tool: "pandas")
        #expect(run.stdout.contains("alpha"))
        #expect(run.stdout.contains("clustered by cell"))
    }

    @Test(.enabled(if: rscript, "Rscript is not installed (scripts/ensure-dependencies --research installs r-base-core)"))
    func rExampleRunsEveryAnalysis() throws {
        let fixture = try ExportAttackTests.fixtures[0].get()
        let run = try Self.run(["Rscript", Self.script("analysis.R"), fixture.export.path])
        #expect(run.status == 0, "\(run.stderr)")
        Self.checkSections(run.stdout, tool: "R")
        #expect(run.stdout.contains("alpha"))
    }

    /// Both examples compute the same reliability and the same agreement effect from the same files.
    @Test(.enabled(if: pandas && rscript, "pandas or Rscript is not installed"))
    func pandasAndRAgree() throws {
        let fixture = try ExportAttackTests.fixtures[0].get()
        let python = try Self.run(["python3", Self.script("analysis.py"), fixture.export.path]).stdout
        let r = try Self.run(["Rscript", Self.script("analysis.R"), fixture.export.path]).stdout
        let lines = { (text: String, prefix: String) in
            text.split(separator: "\n").filter { $0.contains(prefix) }.map(String.init)
        }
        #expect(!lines(python, ": alpha ").isEmpty)
        #expect(lines(python, ": alpha ") == lines(r, ": alpha "))
        #expect(lines(python, "clustered by cell") == lines(r, "clustered by cell"))
        #expect(lines(python, "mean change") == lines(r, "mean change"))
    }
}
