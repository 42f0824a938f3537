/// The runner's command line, parsed by hand: the target depends on nothing but the project's own
/// modules, so the figures measure zelfscan and not an argument parser.
struct BenchmarkOptions {
    static let defaultData = ".benchmark-data"

    /// Folder that holds the generated data sets, the export key and scratch output; relative to
    /// the package folder when not given.
    var data: String?
    /// Repetitions of every timed step; the median is reported.
    var runs = 3
    /// A small data set and one run: checks that every row can be measured, in about a minute.
    var quick = false
    /// The release binary to measure; built with `swift build -c release` when not given.
    var zelfscan: String?
    var python = "python3"
    /// The export is also measured on a pool this many times the standard one (issue 17: memory
    /// within 20% of the 45,000-file figure); 1 skips it.
    var scale = 4
    /// Only issue 13's measurement: `status` with and without a hostile response.
    var hostileStatus = false

    static let usage = """
        usage: swift run -c release zelfscan-benchmark [--data DIR] [--runs N] [--quick]
                                                        [--zelfscan PATH] [--python PATH]
                                                        [--scale N] [--hostile-status]

          --data DIR       where the data sets are made once and reused (default .benchmark-data)
          --runs N         repetitions of each measurement, median reported (default 3)
          --quick          30 municipalities x 2 years x 15 members and 1 run: a smoke test,
                           not figures to compare with the targets
          --zelfscan PATH  measure this zelfscan binary instead of building the release one
          --python PATH    the Python that runs the baseline (default python3)
          --scale N        also export a pool N times the standard one (made once: 1200
                           municipalities for 4, the default), for its peak memory; 1 skips it
          --hostile-status only `status` on a workspace of the data set, with and without a
                           4.9 MB response of 300,000 unknown item ids (docs/robustness.md)

        Prints a Markdown table on stdout; progress goes to stderr when it is a terminal.
        Details: docs/performance.md
        """

    enum ParseError: Error, CustomStringConvertible {
        case help
        case invalid(String)

        var description: String {
            switch self {
            case .help: return BenchmarkOptions.usage
            case .invalid(let message): return message + "\n\n" + BenchmarkOptions.usage
            }
        }
    }

    init(arguments: [String]) throws(ParseError) {
        var rest = arguments[...]
        func value(_ flag: String) throws(ParseError) -> String {
            guard let next = rest.popFirst(), !next.hasPrefix("--") else { throw .invalid("\(flag) needs a value") }
            return next
        }
        var runsGiven = false
        while let argument = rest.popFirst() {
            switch argument {
            case "--data": data = try value(argument)
            case "--runs":
                guard let count = Int(try value(argument)), count >= 1 else { throw .invalid("--runs needs a whole number of at least 1") }
                runs = count
                runsGiven = true
            case "--quick": quick = true
            case "--zelfscan": zelfscan = try value(argument)
            case "--python": python = try value(argument)
            case "--scale":
                guard let factor = Int(try value(argument)), (1...6).contains(factor) else { throw .invalid("--scale needs a whole number from 1 to 6") }
                scale = factor
            case "--hostile-status": hostileStatus = true
            case "--help", "-h": throw .help
            default: throw .invalid("unknown argument \(argument)")
            }
        }
        if quick, !runsGiven { runs = 1 }
    }
}
