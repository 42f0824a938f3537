import CYAML
import Foundation

/// What the figures were measured on. The load average is taken before and after, because the
/// development machine is shared and a busy neighbour shows up in every wall time.
struct MachineFacts {
    var lines: [String] = []

    static func cores() -> Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }

    static func loadAverage() -> String {
        ChildProcess.readText("/proc/loadavg").split(separator: " ").prefix(3).joined(separator: " ")
    }

    static func collect(python: String) -> MachineFacts {
        var facts = MachineFacts()
        let cpu = ChildProcess.readText("/proc/cpuinfo").split(separator: "\n")
            .first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
        let memory = ChildProcess.readText("/proc/meminfo").split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Double($0) } }
        var system = utsname()
        uname(&system)
        let kernel = withUnsafeBytes(of: &system.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        facts.lines.append("CPU: \(cpu), \(cores()) cores online (nproc)")
        if let memory { facts.lines.append("Memory: \(Format.fixed(memory / 1024 / 1024, 1)) GiB; Linux \(kernel)") }
        let swift = (try? ChildProcess.run(["swift", "--version"], captureOutput: true))?.output
            .split(separator: "\n").first.map(String.init) ?? "swift --version failed"
        facts.lines.append("Swift: \(swift)")
        facts.lines.append("libyaml: \(String(cString: yaml_get_version_string()))")
        let pythonVersion = (try? ChildProcess.run(
            [python, "-c", "import sys, yaml; print('Python', sys.version.split()[0], '- PyYAML', yaml.__version__, '- C loader' if yaml.__with_libyaml__ else '- NO C LOADER')"],
            captureOutput: true))?.output.trimmingCharacters(in: .whitespacesAndNewlines)
        facts.lines.append(pythonVersion.map { $0.isEmpty ? "\(python): PyYAML not importable" : $0 } ?? "\(python) not found")
        return facts
    }
}
