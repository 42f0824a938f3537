import ZelfscanCore

/// Why a command stops, written for the person who must act: what went wrong, what to do, and
/// the exit code scripts can test.
public struct CommandFailure: Error {
    public var message: Phrase
    public var hint: Phrase?
    public var exitCode: Int32
    /// Located problems in files, printed before the message.
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: String] = [:]

    public init(_ message: Phrase, hint: Phrase? = nil, exitCode: Int32, diagnostics: [Diagnostic] = [], sources: [String: String] = [:]) {
        self.message = message
        self.hint = hint
        self.exitCode = exitCode
        self.diagnostics = diagnostics
        self.sources = sources
    }

    public func report(language: Language) {
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
