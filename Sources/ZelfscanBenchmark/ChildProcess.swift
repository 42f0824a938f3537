#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program and reports its wall time and peak resident memory from `wait4`, the kernel's
/// own accounting of the child, rather than parsing the text of `/usr/bin/time`.
///
/// Linux counts the peak resident memory of the process that spawns a child into the child's
/// `ru_maxrss` (the address space it replaces at exec). The runner grows while it measures, so
/// every child is spawned by a launcher: the runner's own binary started afresh
/// (`zelfscan-benchmark --launch RESULT CAPTURE PROGRAM ARGS…`), whose few megabytes are then the
/// only floor under a child's figure (`launcherFloorMB`).
enum ChildProcess {
    /// The runner's own executable, which serves as the launcher; nil runs children directly.
    nonisolated(unsafe) static var launcher: String? = nil

    /// The argument that makes the benchmark binary a launcher.
    static let launchFlag = "--launch"

    struct Run {
        var status: Int32
        var seconds: Double
        /// User plus system time of the child: less sensitive than the wall time to other work
        /// on a shared machine, and above the wall time when both cores are used.
        var cpuSeconds: Double
        var peakResidentMiB: Double
        /// What the child wrote on stdout, when captured.
        var output: String
        /// The end of what it wrote on stderr, to explain a failure.
        var errorTail: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `arguments` (the first is a path, or a name looked up in PATH) with the runner's
    /// environment, through the launcher when there is one; stdout goes to `/dev/null` unless
    /// `captureOutput`.
    static func run(_ arguments: [String], captureOutput: Bool = false) throws(Failure) -> Run {
        guard let launcher else { return try direct(arguments, captureOutput: captureOutput) }
        let result = temporaryPrefix() + ".result"
        let files: [String] = [result, result + ".out", result + ".err"]
        defer { files.forEach { unlink($0) } }
        let outer = try direct([launcher, launchFlag, result, captureOutput ? "1" : "0"] + arguments, captureOutput: false)
        let fields = readText(result).split(separator: " ").map(String.init)
        guard outer.status == 0, fields.count == 4, let status = Int32(fields[0]), let seconds = Double(fields[1]),
              let cpu = Double(fields[2]), let peak = Double(fields[3]) else {
            throw Failure(description: "the launcher could not run \(arguments[0]): \(outer.errorTail)")
        }
        return Run(status: status, seconds: seconds, cpuSeconds: cpu, peakResidentMiB: peak,
                   output: readText(result + ".out"), errorTail: readText(result + ".err"))
    }

    /// The launcher's side: runs the child, writes "status seconds cpu peakMiB" to `result` and
    /// the child's output and error tail beside it. Returns the launcher's exit status.
    static func launch(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 3 else { return 64 }
        let result = arguments[0]
        do {
            let run = try direct(Array(arguments.dropFirst(2)), captureOutput: arguments[1] == "1")
            try writeFile(run.output, to: result + ".out")
            try writeFile(run.errorTail, to: result + ".err")
            try writeFile("\(run.status) \(run.seconds) \(run.cpuSeconds) \(run.peakResidentMiB)", to: result)
            return 0
        } catch {
            let message = Array("\(error)\n".utf8)
            _ = message.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            return 1
        }
    }

    private static func writeFile(_ text: String, to path: String) throws(Failure) {
        guard let file = fopen(path, "wb") else { throw Failure(description: "cannot write \(path)") }
        defer { fclose(file) }
        let bytes = Array(text.utf8)
        guard bytes.isEmpty || fwrite(bytes, 1, bytes.count, file) == bytes.count else { throw Failure(description: "cannot write \(path)") }
    }

    /// The launcher's own peak memory, the floor under every child's figure: measured by
    /// launching a launcher that runs `true`.
    static func launcherFloorMB() -> Double {
        guard launcher != nil, let run = try? run(["true"]) else { return ownPeakMB() }
        return run.peakResidentMiB * 1024 * 1024 / 1e6
    }

    private static func direct(_ arguments: [String], captureOutput: Bool) throws(Failure) -> Run {
        let scratch = temporaryPrefix()
        let outPath = captureOutput ? scratch + ".out" : "/dev/null"
        let errPath = scratch + ".err"
        defer {
            unlink(errPath)
            if captureOutput { unlink(outPath) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = monotonicSeconds()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw Failure(description: "wait4 failed for \(arguments[0])") }
        }
        let seconds = monotonicSeconds() - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Run(status: exitStatus, seconds: seconds, cpuSeconds: cpu, peakResidentMiB: Double(usage.ru_maxrss) / 1024,
                   output: captureOutput ? readText(outPath) : "", errorTail: String(readText(errPath).suffix(2000)))
    }

    /// Runs and fails unless the exit status is 0 (or one of `allowed`).
    static func check(_ arguments: [String], allowed: Set<Int32> = [0], captureOutput: Bool = false) throws(Failure) -> Run {
        let run = try run(arguments, captureOutput: captureOutput)
        guard allowed.contains(run.status) else {
            throw Failure(description: "\(arguments.joined(separator: " ")) exited with \(run.status)\n\(run.errorTail)")
        }
        return run
    }

    static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// This process's peak resident memory (VmHWM) in MB, which every child's `ru_maxrss` includes.
    static func ownPeakMB() -> Double {
        for line in readText("/proc/self/status").split(separator: "\n") where line.hasPrefix("VmHWM:") {
            if let kib = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Double($0) }) {
                return kib * 1024 / 1e6
            }
        }
        return 0
    }

    static func readText(_ path: String) -> String {
        guard let file = fopen(path, "rb") else { return "" }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func temporaryPrefix() -> String {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        return folder + "/zelfscan-benchmark-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }
}
