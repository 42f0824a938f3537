import Foundation

/// `swift run -c release zelfscan-benchmark [--data DIR] [--runs N] [--quick]`: issue 7's
/// measurements, printed as a Markdown table (docs/performance.md). Exit status 0 when every
/// figure was measured, whether or not the targets are met: targets are read, not asserted.
@main
enum BenchmarkMain {
    static func main() {
        let options: BenchmarkOptions
        do {
            options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
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
}
