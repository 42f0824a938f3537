import ArgumentParser

/// `--dir` and `--year`, shared by the commands that work on one round of one workspace.
struct RoundOptions: ParsableArguments {
    @Option(help: "The workspace folder (default: the current folder or the nearest one above it).")
    var dir: String?

    @Option(help: "The round's year (default: the workspace's year).")
    var year: Int?
}
