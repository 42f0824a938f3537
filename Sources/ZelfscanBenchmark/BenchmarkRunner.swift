import Foundation
import ZelfscanCore

/// Measures issue 7's figures on one data set and prints them beside their targets.
///
/// Every subprocess is measured before the runner lists or reads the pool, and spawned by a small
/// launcher (`ChildProcess`): Linux counts the spawning process's peak resident memory into a
/// child's `ru_maxrss`, so the launcher's peak is printed as the floor of the memory figures.
struct BenchmarkRunner {
    var options: BenchmarkOptions
    /// The package folder: `benchmarks/`, `questionnaires/`.
    var root: String
    var data: String
    var progress = Progress()
    var table = ResultTable()
    /// The launcher's own peak memory: no child figure can be lower.
    var floorMB = 0.0

    static let memoryTargetMB = 200.0
    static let poolSecondsTarget = 3.0
    static let pythonRatioTarget = 5.0
    static let yamlShareTarget = 0.7
    static let exportRatioTarget = 2.0
    /// The export's peak at `--scale` times the pool, at most this much above the standard figure.
    static let memoryGrowthTarget = 1.2
    static let firstQuestionTarget = 0.05

    init(options: BenchmarkOptions) throws {
        self.options = options
        root = try Self.packageRoot()
        if let given = options.data {
            data = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
        } else {
            data = root + "/" + BenchmarkOptions.defaultData
        }
        table.quick = options.quick
    }

    mutating func run() throws -> String {
        let loadBefore = MachineFacts.loadAverage()
        let facts = MachineFacts.collect(python: options.python)
        let zelfscan = try releaseBinary()
        let currentYear = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).year!
        let set = options.quick ? DataSet.quick(in: data, currentYear: currentYear) : DataSet.standard(in: data, currentYear: currentYear)

        progress.say("making the data set (\(Format.count(set.files)) files; once) …")
        let made = try set.ensure(zelfscan: zelfscan)
        progress.say("reading the pool once into the disk cache …")
        _ = try ChildProcess.check(["/bin/sh", "-c", "find \"$0\" -name '*.yaml' -exec cat {} + > /dev/null", set.pool])

        floorMB = ChildProcess.launcherFloorMB()
        try measureSubprocesses(zelfscan: zelfscan, set: set)

        progress.say("counting the response files …")
        let paths = set.responseFiles()
        let submitted = try Self.countSubmitted(paths)
        table.rows.insert(ResultTable.Row(measurement: "data set: response files (submitted)",
                                          value: "\(Format.count(paths.count)) (\(Format.count(submitted)))"), at: 0)
        if let made { table.rows.insert(ResultTable.Row(measurement: "`zelfscan demo` writing the data set (this run)", value: Format.seconds(made)), at: 1) }
        try measureInProcess(paths: paths)
        let loadAfter = MachineFacts.loadAverage()
        progress.clear()

        var text = "# zelfscan benchmark\n\n"
        text += "Data set: \(set.description), in `\(set.pool)`.\n"
        text += "Binary: `\(zelfscan)`. \(options.runs) run\(options.runs == 1 ? "" : "s") per measurement, median shown, "
        text += "with the CPU time (user + system, both cores together) in brackets; "
        text += "peak memory is the child's `ru_maxrss` from `wait4` (which includes the launcher's own \(Format.megabytes(floorMB)) at spawn: a figure at that floor means at most that).\n"
        if options.quick { text += "Quick run: a smoke test on a small data set; targets about the 45,000-file pool are not judged.\n" }
        #if DEBUG
        text += "WARNING: the runner is a debug build, so the in-process figures are not representative; use `swift run -c release zelfscan-benchmark`.\n"
        #endif
        text += "\n" + table.markdown() + "\n"
        text += "Machine:\n\n" + facts.lines.map { "- " + $0 }.joined(separator: "\n") + "\n"
        text += "- Load average (1, 5, 15 min): \(loadBefore) before, \(loadAfter) after\n"
        return text
    }

    // MARK: - Subprocesses

    private mutating func measureSubprocesses(zelfscan: String, set: DataSet) throws {
        try measureFirstQuestion(zelfscan: zelfscan)
        let pool = set.pool
        let score = try timed("`zelfscan score --dir <first> --peers <pool>`", [zelfscan, "score", "--dir", set.firstWorkspace, "--peers", pool])
        let compare = try timed("`zelfscan compare <pool>`", [zelfscan, "compare", pool])
        let both = score.wall + compare.wall
        table.add("score + compare, wall (CPU)", Format.seconds(both) + " (" + Format.seconds(score.cpu + compare.cpu) + ")", target: "< 3 s on 2 cores",
                  met: both < Self.poolSecondsTarget, poolSized: true)
        let json = data + "/compare-\(set.name).json"
        _ = try timed("`zelfscan compare <pool> --format json --out …`", [zelfscan, "compare", pool, "--format", "json", "--out", json])

        let key = data + "/benchmark.key"
        if !FileManager.default.fileExists(atPath: key) { _ = try ChildProcess.check([zelfscan, "key", "new", key]) }
        let exportFolder = data + "/export-\(set.name)"
        // Every export is made with a fresh ledger: the same pool exported again is recorded once,
        // but a scaled pool after the standard one would be refused as a differing release.
        let clearLedger = { try? FileManager.default.removeItem(atPath: key + ".ledger") }
        let export = try timed("`zelfscan export <pool> --key … --out …` (CSV + SQLite)",
                               [zelfscan, "export", pool, "--key", key, "--out", exportFolder]) {
            try? FileManager.default.removeItem(atPath: exportFolder)
            clearLedger()
        }
        try? FileManager.default.removeItem(atPath: exportFolder)
        let loadOnly = try timed("Python PyYAML CSafeLoader, only loading every file of the pool (`benchmarks/load-only.py`)",
                                 [options.python, root + "/benchmarks/load-only.py", pool], memoryTarget: false)
        let exportRatio = loadOnly.wall / export.wall
        table.add("Python load-only ÷ `export`", Format.fixed(exportRatio, 1) + "×", target: "≥ 2×",
                  met: exportRatio >= Self.exportRatioTarget, poolSized: true)
        if options.scale > 1, !options.quick {
            let currentYear = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).year!
            let scaled = DataSet.scaled(options.scale, in: data, currentYear: currentYear)
            progress.say("making the \(options.scale)× data set (\(Format.count(scaled.files)) files; once) …")
            _ = try scaled.ensure(zelfscan: zelfscan)
            let scaledFolder = data + "/export-\(scaled.name)"
            var once = options
            once.runs = 1
            let runner = options
            options = once
            defer { options = runner }
            let large = try timed("`zelfscan export` on \(options.scale)× the pool (\(Format.count(scaled.files)) files, 1 run)",
                                  [zelfscan, "export", scaled.pool, "--key", key, "--out", scaledFolder]) {
                try? FileManager.default.removeItem(atPath: scaledFolder)
                clearLedger()
            }
            try? FileManager.default.removeItem(atPath: scaledFolder)
            let growth = large.peak / export.peak
            table.add("export peak memory, \(options.scale)× ÷ 1× the pool", Format.fixed(growth, 2) + "×", target: "≤ 1.2×",
                      met: growth <= Self.memoryGrowthTarget, poolSized: true)
        }
        clearLedger()

        let baseline = root + "/benchmarks/baseline.py"
        let python = try timed("Python baseline (`benchmarks/baseline.py`, 1 process)", [options.python, baseline, pool], memoryTarget: false)
        let ratio = python.wall / both
        table.add("Python baseline ÷ (score + compare)", Format.fixed(ratio, 1) + "×", target: "≥ 5×",
                  met: ratio >= Self.pythonRatioTarget, poolSized: true)
        let parallel = try timed("Python baseline, `--jobs \(MachineFacts.cores())` (multiprocessing)",
                                 [options.python, baseline, pool, "--jobs", String(MachineFacts.cores())], memoryTarget: false)
        table.add("Python baseline --jobs \(MachineFacts.cores()) ÷ (score + compare)", Format.fixed(parallel.wall / both, 1) + "×")

        progress.say("checking the baseline against compare --format json …")
        let check = try ChildProcess.run([options.python, baseline, pool, "--check", json], captureOutput: true)
        let summary = check.output.split(separator: "\n").last { $0.hasPrefix("check ") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            ?? "failed: " + check.errorTail
        table.add("Python baseline = `compare --format json` (to 2 decimals)", summary, target: "0 differences", met: check.status == 0)
        if check.status != 0 { progress.warn("the baseline disagrees with zelfscan:\n" + check.output) }
    }

    /// `benchmarks/take-first-question.py`: on a pseudo-terminal and in line mode.
    private mutating func measureFirstQuestion(zelfscan: String) throws {
        progress.say("time to first question …")
        let runs = options.quick ? 5 : max(20, options.runs)
        let run = try ChildProcess.check([options.python, root + "/benchmarks/take-first-question.py", zelfscan, String(runs)], captureOutput: true)
        for (label, prefix) in [("terminal", "terminal: start to first question"), ("line mode", "line mode: start to first question")] {
            guard let line = run.output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }),
                  let median = Self.number(after: "median", in: String(line)) else {
                throw ChildProcess.Failure(description: "take-first-question.py printed no '\(prefix)' line:\n\(run.output)")
            }
            table.add("`take`: first question, \(label) (median of \(runs))", Format.fixed(median, 1) + " ms", target: "< 50 ms",
                      met: median / 1000 < Self.firstQuestionTarget)
        }
    }

    struct Timed {
        var wall: Double
        var cpu: Double
        var peak: Double
    }

    /// `options.runs` runs of `arguments`: a row with the median wall time and one with the peak
    /// memory (the largest of the runs), held to the memory target when it is a zelfscan command.
    mutating func timed(_ name: String, _ arguments: [String], memoryTarget: Bool = true,
                                before: () -> Void = {}) throws -> Timed {
        var walls: [Double] = []
        var cpus: [Double] = []
        var peaks: [Double] = []
        for index in 0..<options.runs {
            progress.say("\(name.replacingOccurrences(of: "`", with: "")) (\(index + 1)/\(options.runs)) …")
            before()
            let run = try ChildProcess.check(arguments)
            walls.append(run.seconds)
            cpus.append(run.cpuSeconds)
            peaks.append(run.peakResidentMiB * 1024 * 1024 / 1e6)
        }
        let wall = Format.median(walls)
        let peak = peaks.max() ?? 0
        table.add(name + ", wall (CPU)", Format.seconds(wall) + " (" + Format.seconds(Format.median(cpus)) + ")",
                  runs: Format.list(walls, Format.seconds))
        let shown = peak < floorMB + 2 ? "≤ " + Format.megabytes(peak) + " (floor)" : Format.megabytes(peak)
        if memoryTarget {
            table.add(name + ", peak memory", shown, target: "< 200 MB", met: peak < Self.memoryTargetMB,
                      poolSized: true, runs: Format.list(peaks, Format.megabytes))
        } else {
            table.add(name + ", peak memory (largest process)", shown, runs: Format.list(peaks, Format.megabytes))
        }
        return Timed(wall: wall, cpu: Format.median(cpus), peak: peak)
    }

    // MARK: - In process

    private mutating func measureInProcess(paths: [String]) throws {
        let repetitions = max(20, options.runs)
        progress.say("loading the questionnaire …")
        let bundled = try InProcessTiming.bundledQuestionnaire(repetitions: repetitions)
        table.add("bundled questionnaire: load + validate (median of \(repetitions))", Format.milliseconds(bundled))
        let file = try InProcessTiming.questionnaireFile(root + "/questionnaires/livc-r.yaml", repetitions: repetitions)
        table.add("questionnaires/livc-r.yaml from disk: load + validate", Format.milliseconds(file))

        let sample = Self.sample(paths, count: 5000)
        progress.say("reading \(Format.count(sample.count)) response files into memory …")
        let yaml = try YAMLThroughput(paths: sample)
        let megabytes = Double(yaml.totalBytes) / 1e6
        let what = "\(Format.count(sample.count)) response files, \(Format.fixed(megabytes, 1)) MB"
        let repeats = max(options.runs, options.quick ? 1 : 3)
        progress.say("YAML throughput: libyaml events …")
        let raw = try yaml.rawLibyaml(repetitions: repeats)
        progress.say("YAML throughput: YAMLParser …")
        let layer = try yaml.yamlLayer(repetitions: repeats)
        progress.say("YAML throughput: ResponseLoader …")
        let loader = try yaml.responseLoader(repetitions: repeats)
        progress.say("YAML throughput: events only, as the response decoder reads them …")
        let events = try yaml.eventReader(repetitions: repeats)
        let rate = { (value: Double) in Format.fixed(value, 1) + " MB/s" }
        table.add("YAML: libyaml event loop only (\(what))", rate(raw.megabytesPerSecond), runs: Format.list(raw.runs, rate))
        table.add("YAML: our layer, `YAMLParser().parse` to nodes", rate(layer.megabytesPerSecond), runs: Format.list(layer.runs, rate))
        table.add("YAML: node tree ÷ libyaml events (the diagnostics path)", Format.fixed(layer.megabytesPerSecond / raw.megabytesPerSecond * 100, 0) + "%")
        table.add("YAML: our layer, `YAMLEventReader` (events as the response decoder pulls them)", rate(events.megabytesPerSecond),
                  runs: Format.list(events.runs, rate))
        let eventShare = events.megabytesPerSecond / raw.megabytesPerSecond
        table.add("YAML: our layer (`YAMLEventReader`) ÷ libyaml events", Format.fixed(eventShare * 100, 0) + "%", target: "≥ 70%",
                  met: eventShare >= Self.yamlShareTarget)
        table.add("`ResponseLoader.load` (events to a checked `Response`)", rate(loader.megabytesPerSecond), runs: Format.list(loader.runs, rate))
        let loaderShare = loader.megabytesPerSecond / raw.megabytesPerSecond
        table.add("`ResponseLoader.load` ÷ libyaml events", Format.fixed(loaderShare * 100, 0) + "%")
    }

    // MARK: - Helpers

    /// Every `n`-th path, so the sample spreads over all cells and years and is the same each run.
    static func sample(_ paths: [String], count: Int) -> [String] {
        guard paths.count > count else { return paths }
        let step = Double(paths.count) / Double(count)
        return (0..<count).map { paths[Int(Double($0) * step)] }
    }

    /// Reads every file once, one at a time.
    static func countSubmitted(_ paths: [String]) throws -> Int {
        let needle = Data("\nstatus: submitted\n".utf8)
        var submitted = 0
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InProcessTiming.Invalid(description: "cannot read \(path)")
            }
            if data.range(of: needle) != nil { submitted += 1 }
        }
        return submitted
    }

    static func number(after word: String, in line: String) -> Double? {
        let parts = line.split(separator: " ")
        guard let index = parts.firstIndex(where: { $0 == word }), index + 1 < parts.count else { return nil }
        return Double(parts[index + 1])
    }

    /// The folder above the current one that holds this package (Package.swift and benchmarks/).
    static func packageRoot() throws -> String {
        var folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while true {
            if FileManager.default.fileExists(atPath: folder.path + "/benchmarks/take-first-question.py"),
               FileManager.default.fileExists(atPath: folder.path + "/Package.swift") {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path {
                throw InProcessTiming.Invalid(description: "run zelfscan-benchmark inside the zelfscan package (no benchmarks/ found above \(FileManager.default.currentDirectoryPath))")
            }
            folder = parent
        }
    }

    /// `--zelfscan PATH`, or the release binary beside this runner, built (or found up to date)
    /// with `swift build -c release --product zelfscan` in the runner's own build folder.
    func releaseBinary() throws -> String {
        if let given = options.zelfscan {
            let path = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
            guard FileManager.default.isExecutableFile(atPath: path) else { throw InProcessTiming.Invalid(description: "\(path) is not an executable") }
            return path
        }
        let runner = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        let scratch = URL(fileURLWithPath: runner).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        progress.say("swift build -c release --product zelfscan …")
        _ = try ChildProcess.check(["swift", "build", "-c", "release", "--product", "zelfscan",
                                    "--package-path", root, "--scratch-path", scratch])
        let binary = scratch + "/release/zelfscan"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw InProcessTiming.Invalid(description: "swift build did not leave \(binary); pass --zelfscan PATH")
        }
        return binary
    }
}
