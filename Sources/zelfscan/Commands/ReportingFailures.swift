import ArgumentParser
import ZelfscanCore
import ZelfscanServices

/// Runs a command body, turning a `CommandFailure` into its message and exit code. The language
/// is read when a failure is reported, not before the body runs: the body opens the workspace,
/// whose language then applies to its failures too.
func reportingFailures(language: @autoclosure () -> Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        failure.report(language: language())
        throw ExitCode(failure.exitCode)
    }
}

/// The same for commands that read a pool of workspaces on every core.
func reportingFailures(language: @autoclosure () -> Language, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let failure as CommandFailure {
        failure.report(language: language())
        throw ExitCode(failure.exitCode)
    }
}
