import Foundation

/// `swift run -c release zelfscan-benchmark [--data DIR] [--runs N] [--quick]`: issue 7's
/// measurements, printed as a Markdown table (docs/performance.md). Exit status 0 when every
/// figure was measured, whether or not the targets are met: targets are read, not asserted.
@main
enum BenchmarkMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first == ChildProcess.launchFlag { exit(ChildProcess.launch(Array(arguments.dropFirst()))) }
        ChildProcess.launcher = Self.executablePath()
        let options: BenchmarkOptions
        do {
            options = try BenchmarkOptions(arguments: arguments)
        } catch {
            if case .help = error {
                print(BenchmarkOptions.usage)
                exit(0)
            }
            FileHandle.standardError.write(Data("zelfscan-benchmark: \(error)\n".utf8))
            exit(64)
        }
        do {
            var runner = try BenchmarkRunner(options: options)
            print(try options.hostileStatus ? runner.runHostileStatus() : runner.run(), terminator: "")
        } catch {
            Progress().warn("\(error)")
            exit(1)
        }
    }

    /// This program's own file, to start it again as a launcher; nil when it cannot be found.
    static func executablePath() -> String? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        return path.flatMap { FileManager.default.isExecutableFile(atPath: $0) ? $0 : nil }
    }
}
