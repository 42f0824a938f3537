import ArgumentParser
import ZelfscanCore

/// Why a command stops, written for the person who must act: what went wrong, what to do, and
/// the exit code scripts can test.
struct CommandFailure: Error {
    var message: Phrase
    var hint: Phrase?
    var exitCode: Int32
    /// Located problems in files, printed before the message.
    var diagnostics: [Diagnostic] = []
    var sources: [String: String] = [:]

    init(_ message: Phrase, hint: Phrase? = nil, exitCode: Int32, diagnostics: [Diagnostic] = [], sources: [String: String] = [:]) {
        self.message = message
        self.hint = hint
        self.exitCode = exitCode
        self.diagnostics = diagnostics
        self.sources = sources
    }

    func report(language: String) {
        let ui = UIText(language: language)
        if !diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(sources: sources, language: language)
            Output.error(diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
        }
        // Messages name paths and quote files, which may hold terminal commands: shown as codes.
        Output.error("\(ui[.error]): \(ControlCharacters.printable(message.text(language)))\n")
        if let hint { Output.error("\(ui[.hint]): \(ControlCharacters.printable(hint.text(language)))\n") }
    }
}

/// Runs a command body, turning a `CommandFailure` into its message and exit code. The language
/// is read when a failure is reported, not before the body runs: the body opens the workspace,
/// whose language then applies to its failures too.
func reportingFailures(language: @autoclosure () -> String, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        failure.report(language: language())
        throw ExitCode(failure.exitCode)
    }
}

/// The same for commands that read a pool of workspaces on every core.
func reportingFailures(language: @autoclosure () -> String, _ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let failure as CommandFailure {
        failure.report(language: language())
        throw ExitCode(failure.exitCode)
    }
}
