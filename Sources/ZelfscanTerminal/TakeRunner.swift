import Foundation
import ZelfscanCore

/// Administers a questionnaire to one respondent: the entry point for `zelfscan take`.
///
/// The caller owns the files and the clock; the runner owns the conversation. Every changed
/// draft goes through `save` before the next input is read, so an interrupted session (q,
/// Ctrl-C, a closed terminal, EOF) loses nothing.
///
/// ```swift
/// let runner = TakeRunner(questionnaire: questionnaire, language: .nl,
///                         makeResponse: { role in store.newResponse(role: role) },
///                         save: store.save, feedback: { ownScoreLines($0) }, clock: Date.init)
/// switch runner.run(draft: draft, mode: .detect(plain: plain),
///                   useColor: TakeMode.useColor(mode: mode, noColorFlag: noColor, environment: env)) { … }
/// ```
public struct TakeRunner {
    public var questionnaire: Questionnaire
    /// The language of questions and interface (Dutch or English).
    public var language: Language
    /// Creates the new response for a role id: respondent code, questionnaire stamp,
    /// municipality, year, language and start time. Called once, when the role is chosen.
    public var makeResponse: (String) -> Response
    /// Writes the draft atomically; called after every change, and once with the submitted
    /// response. A throw stops the session with `.failed(.cannotSave…)`.
    public var save: (Response) throws -> Void
    /// The respondent's own dimension scores, as lines printed after submitting between the
    /// thanks and the report hint; each line must give the band in words, since nothing may depend
    /// on colour. Nil for `--no-feedback`. Scoring lives outside this target, hence a closure.
    public var feedback: ((Response) -> [String])?
    /// The time stamped into `updated` and `submitted`.
    public var clock: () -> Date
    /// How many members of the round have submitted, counted after this response is saved, so
    /// the end screen says whether the cell report can be made. Nil: the general rule is shown.
    public var submittedInRound: (() -> Int)?

    public init(questionnaire: Questionnaire, language: Language, makeResponse: @escaping (String) -> Response,
                save: @escaping (Response) throws -> Void, feedback: ((Response) -> [String])?,
                clock: @escaping () -> Date, submittedInRound: (() -> Int)? = nil) {
        self.questionnaire = questionnaire
        self.language = language
        self.makeResponse = makeResponse
        self.save = save
        self.feedback = feedback
        self.clock = clock
        self.submittedInRound = submittedInRound
    }

    /// Runs the session on the process's standard input and output.
    ///
    /// - Parameters:
    ///   - draft: a draft to resume (it keeps its role), or nil to start a new response.
    ///   - mode: `.terminal` for the full-screen session, `.lines` for prompts; see
    ///     `TakeMode.detect(plain:)`. When the terminal cannot be put in raw mode, line mode is
    ///     used instead.
    ///   - useColor: bold, dim and inverse on the TTY; see `TakeMode.useColor`.
    public func run(draft: Response?, mode: TakeMode, useColor: Bool) -> TakeOutcome {
        if mode == .terminal, let terminal = RawTerminal(input: 0, output: 1, language: language) {
            return runTerminal(draft: draft, terminal: terminal, useColor: useColor)
        }
        let text = TakeText(language: language)
        SignalRestore.installWithoutTerminal(message: "\n" + text[.interrupted] + " " + text[.nothingSaved] + "\n")
        defer { SignalRestore.uninstall() }
        var runner = self
        let save = self.save
        runner.save = { response in
            try save(response)
            SignalRestore.setMessage("\n" + text[.interrupted] + " " + text(.savedResume, response.respondent) + "\n")
        }
        return runner.runLines(draft: draft, input: FileDescriptorSource(descriptor: 0),
                               output: FileDescriptorSink(descriptor: 1), errors: FileDescriptorSink(descriptor: 2))
    }

    /// Runs the session in line mode on the given input and output, as tests and scripts do.
    public func runLines<Source: ByteSource>(draft: Response?, input: Source, output: any TextSink,
                                             errors: any TextSink) -> TakeOutcome {
        if let refused = refusal(draft) { return refused }
        let saver = DraftSaver(store: save, draft: draft)
        var driver = LineDriver(session: session(draft: draft), reader: LineReader(input), output: output,
                                screens: LineScreens(language: language), saver: saver)
        if let error = driver.run() { return .failed(error, saver.lastSaved) }
        return conclude(driver.session, saver: saver, output: output, errors: errors)
    }

    func runTerminal(draft: Response?, terminal: RawTerminal, useColor: Bool) -> TakeOutcome {
        if let refused = refusal(draft) {
            terminal.restore()
            return refused
        }
        let saver = DraftSaver(store: save, draft: draft)
        var driver = TerminalDriver(session: session(draft: draft), terminal: terminal, useColor: useColor, saver: saver)
        let error = driver.run()
        terminal.restore()
        if let error { return .failed(error, saver.lastSaved) }
        let output = FileDescriptorSink(descriptor: 1)
        return conclude(driver.session, saver: saver, output: output, errors: FileDescriptorSink(descriptor: 2))
    }

    private func session(draft: Response?) -> TakeSession {
        TakeSession(questionnaire: questionnaire, language: language, draft: draft,
                    makeResponse: makeResponse, clock: clock)
    }

    private func refusal(_ draft: Response?) -> TakeOutcome? {
        guard let draft, draft.status == .submitted else { return nil }
        return .failed(.alreadySubmitted(respondent: draft.respondent), draft)
    }

    /// Writes the closing words and turns the final screen into the outcome.
    private func conclude(_ session: TakeSession, saver: DraftSaver, output: any TextSink,
                          errors: any TextSink) -> TakeOutcome {
        let closing = ClosingMessage(language: language)
        switch session.screen {
        case .submitted:
            guard let response = saver.lastSaved else { return .quit(nil) }
            output.write(closing.submitted(response, feedback: feedback?(response), submittedInRound: submittedInRound?()))
            return .submitted(response)
        case .endOfInput:
            errors.write(closing.inputEnded(saver.lastSaved))
            return .endOfInput(saver.lastSaved)
        default:
            output.write(closing.stopped(saver.lastSaved))
            return .quit(saver.lastSaved)
        }
    }
}
