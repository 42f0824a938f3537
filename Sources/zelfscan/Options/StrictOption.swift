import ArgumentParser

/// `--strict`, shared by the commands that read a pool of workspaces or files.
struct StrictOption: ParsableArguments {
    @Flag(help: "Stop, writing nothing, if any workspace or response file cannot be used (default: report it and go on).")
    var strict = false
}
