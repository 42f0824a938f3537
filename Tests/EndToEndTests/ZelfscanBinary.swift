import Foundation

/// Runs the built `zelfscan` binary the way a user does: arguments, piped input, exit status.
struct ZelfscanBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    /// The repository root, from this file's place in `Tests/EndToEndTests/`.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// The archived 2026.1 questionnaire, for sessions scripted answer by answer against its items
    /// (`init --questionnaire`): the bundled version changes, these scripts need not.
    static let archived2026_1 = repository.appendingPathComponent("questionnaires/archive/livc-r-2026.1.yaml").path

    /// `ZELFSCAN_BIN`, or the binary beside the test bundle in the build folder.
    static let path: String = {
        if let override = ProcessInfo.processInfo.environment["ZELFSCAN_BIN"] { return override }
        let testExecutable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testExecutable.deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("zelfscan").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/zelfscan").path
    }()

    /// Runs the binary with the locale variables removed (so the tool's own default, Dutch,
    /// applies) and `environment` added.
    static func run(_ arguments: [String], stdin: String = "", in directory: URL = repository, environment extra: [String: String] = [:]) throws -> Run {
        let scratch = scratchRoot.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let inURL = scratch.appendingPathComponent("in")
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        try Data(stdin.utf8).write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment.filter { !["LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"].contains($0.key) }
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { $1 }
        process.environment = environment
        process.standardInput = try FileHandle(forReadingFrom: inURL)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let start = Date()
        try process.run()
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            seconds: seconds)
    }

    /// A fresh folder for files a test writes, inside `scratchRoot`.
    static func temporaryFolder() throws -> URL {
        let folder = scratchRoot.appendingPathComponent("files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The one folder under the system's temporary folder that this test process writes to.
    /// Tests hand folders to one another (demo pools built once per suite), so none can remove
    /// its own; the whole root goes when the process exits, leaving nothing behind.
    static let scratchRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zelfscan-e2e-\(getpid())-\(UUID().uuidString.prefix(8))")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        ScratchRootRemoval.path = root.path
        atexit { ScratchRootRemoval.remove() }
        return root
    }()
}

/// What `atexit` removes: a C callback cannot capture, so the path waits in a global.
private enum ScratchRootRemoval {
    nonisolated(unsafe) static var path: String?

    static func remove() {
        if let path { try? FileManager.default.removeItem(atPath: path) }
    }
}
