import Foundation
import ZelfscanCore

/// A demo pool made once with `zelfscan demo` and reused while its marker file matches, because
/// writing 45,000 files takes longer than most measurements.
struct DataSet {
    var name: String
    var municipalities: Int
    var years: Int
    var members: Int
    var seed: UInt64
    /// Fixed when the set is made, so a reused set and a new one are the same rounds.
    var firstYear: Int
    /// `<data>/<name>`: holds the marker and the pool.
    var folder: String

    /// The standard large data set: 300 × 10 × 15 = 45,000 response files.
    static func standard(in data: String, currentYear: Int) -> DataSet {
        DataSet(name: "standard", municipalities: 300, years: 10, members: 15, seed: 2026,
                firstYear: max(WorkspaceCoding.firstYear, currentYear - 9), folder: data + "/standard")
    }

    /// The standard set with `factor` times the municipalities: the export's memory at a larger pool.
    static func scaled(_ factor: Int, in data: String, currentYear: Int) -> DataSet {
        DataSet(name: "x\(factor)", municipalities: 300 * factor, years: 10, members: 15, seed: 2026,
                firstYear: max(WorkspaceCoding.firstYear, currentYear - 9), folder: data + "/x\(factor)")
    }

    /// A smoke-test set of 900 files for `--quick`.
    static func quick(in data: String, currentYear: Int) -> DataSet {
        DataSet(name: "quick", municipalities: 30, years: 2, members: 15, seed: 2026,
                firstYear: currentYear - 1, folder: data + "/quick")
    }

    var pool: String { folder + "/pool" }
    var marker: String { folder + "/dataset.txt" }
    /// The workspace `score` is run in: the first of the pool, as `benchmarks/baseline.py` takes it.
    var firstWorkspace: String { pool + "/demogemeente-001" }
    var files: Int { municipalities * years * members }

    var demoArguments: [String] {
        ["demo", "--out", pool, "--municipalities", String(municipalities), "--years", String(years),
         "--first-year", String(firstYear), "--members", String(members), "--seed", String(seed), "--language", "en"]
    }

    /// The demo command without its output folder, and the bundled questionnaire's SHA-256: the
    /// same text means the same files. A pool answered on an earlier state of the questionnaire
    /// would warn on every file ("the questionnaire file changed") and measure that instead.
    var markerText: String {
        "zelfscan demo " + demoArguments.dropFirst(3).joined(separator: " ") + "\nquestionnaire sha256: " + BundledQuestionnaire.sha256 + "\n"
    }

    var description: String {
        "`zelfscan demo --municipalities \(municipalities) --years \(years) --members \(members) --first-year \(firstYear) --seed \(seed)` (\(Format.count(files)) response files, rounds \(firstYear)–\(firstYear + years - 1))"
    }

    /// Makes the pool unless the marker says it is there already; returns the seconds `zelfscan
    /// demo` took, or nil when the set was reused.
    func ensure(zelfscan: String) throws -> Double? {
        let existing = try? String(contentsOfFile: marker, encoding: .utf8)
        if existing == markerText, FileManager.default.fileExists(atPath: firstWorkspace) { return nil }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: marker)
        let run = try ChildProcess.check([zelfscan] + demoArguments)
        try markerText.write(toFile: marker, atomically: true, encoding: .utf8)
        return run.seconds
    }

    /// Every response file of the pool, sorted by path.
    func responseFiles() -> [String] {
        let fileManager = FileManager.default
        var found: [String] = []
        let cells = ((try? fileManager.contentsOfDirectory(atPath: pool)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for cell in cells {
            let responses = pool + "/" + cell + "/responses"
            for year in ((try? fileManager.contentsOfDirectory(atPath: responses)) ?? []).sorted() {
                let folder = responses + "/" + year
                for name in ((try? fileManager.contentsOfDirectory(atPath: folder)) ?? []).sorted()
                where name.hasSuffix(".yaml") && !name.hasPrefix(".") {
                    found.append(folder + "/" + name)
                }
            }
        }
        return found
    }
}
