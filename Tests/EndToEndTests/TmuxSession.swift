import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A detached tmux session running `sh` in a pane of a fixed size, on a private server (`-L` with
/// a unique name), so the tests see the session as a respondent does and never touch anyone
/// else's tmux. A class so that `deinit` stops the private server even when a test fails early.
final class TmuxSession {
    /// The screen did not show what was expected in time; carries the last screen to debug with.
    struct Timeout: Error, CustomStringConvertible {
        var expected: String
        var screen: String
        var description: String { "waited in vain for \(expected); the screen showed:\n\(screen)" }
    }

    /// The tmux executable on `PATH`, if any.
    static let executable: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static var isAvailable: Bool { executable != nil }

    let socket = "zelfscan-e2e-\(UUID().uuidString.prefix(8))"
    let target = "take"

    /// Starts the pane in `directory` with `zelfscan` on `PATH` and no locale variables (so the
    /// tool's default, Dutch, applies), plus `environment`.
    init(columns: Int = 80, rows: Int = 24, directory: URL, environment: [String: String] = [:]) throws {
        let bin = try ZelfscanBinary.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("zelfscan").path,
                                                   withDestinationPath: URL(fileURLWithPath: ZelfscanBinary.path).standardizedFileURL.path)
        var variables = ["PATH": bin.path + ":/usr/local/bin:/usr/bin:/bin",
                         "HOME": FileManager.default.temporaryDirectory.path]
        variables.merge(environment) { $1 }
        var arguments = ["new-session", "-d", "-x", String(columns), "-y", String(rows), "-s", target, "-c", directory.path]
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        arguments.append("/bin/sh")
        try tmux(arguments, environment: variables)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink("/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Types `command` at the shell prompt and runs it; `; echo "[exit $?]"` lets a test wait
    /// for the process to end and read its exit status.
    func run(_ command: String) throws {
        try type(command + "; echo \"[exit $?]\"")
        try press("C-j")
    }

    /// Sends text as it is, key by key.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", target, "-l", text])
    }

    /// Sends keys by tmux's names: `Enter`, `Up`, `Down`, `C-c`, `q`…
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// The visible screen, wrapped lines joined, so a line wider than the pane shows as one long
    /// line instead of being hidden by the terminal's wrapping.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-J", "-t", target]).output
    }

    /// The visible screen with the escape codes of its colours and text styles.
    func styledScreen() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", target]).output
    }

    /// A tmux format about the pane, such as `#{alternate_on}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until it contains every one of `texts`; returns that screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Double = 10) throws -> String {
        try waitUntil("\(texts)", timeout: timeout) { screen in texts.allSatisfy { screen.contains($0) } }
    }

    /// Polls the screen until `condition` holds for it; returns that screen.
    @discardableResult
    func waitUntil(_ expected: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while true {
            last = try screen()
            if condition(last) { return last }
            if Date() > deadline { throw Timeout(expected: expected, screen: last) }
            usleep(20_000)
        }
    }

    /// Resizes the window as a respondent dragging its corner does: the pane's process gets
    /// SIGWINCH and nothing else, no key.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(columns), "-y", String(rows)])
    }

    /// Ends the session as closing the terminal window does: the pane's processes get SIGHUP.
    func killSession() throws {
        try tmux(["kill-session", "-t", target])
    }

    /// Runs one tmux command on the private server; its exit status and output. Spawned
    /// directly rather than with `Process`: the first command forks the server, which would
    /// inherit `Process`'s exit-watching socket (the wait would never end) and the test thread's
    /// blocked signals (tmux would never see its panes exit). Output goes through a file.
    @discardableResult
    private func tmux(_ arguments: [String], environment: [String: String] = ["PATH": "/usr/local/bin:/usr/bin:/bin"]) throws -> (status: Int32, output: String) {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("zelfscan-tmux-\(UUID().uuidString)").path
        defer { unlink(outputFile) }
        let argv = [Self.executable ?? "/usr/bin/tmux", "-u", "-f", "/dev/null", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status, (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "")
    }
}
