import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices
import ZelfscanTerminal

struct TakeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "take",
        abstract: "Answer the questionnaire as one member of the cell: one question at a time, saved after every answer.",
        discussion: """
            On a terminal: one question per screen; keys 1-9 or arrows + Enter, ? help, b back,
            s skip, q save and stop. With --plain, or when input or output is not a terminal:
            numbered prompts read line by line (screen readers, scripts).
            No names are asked: each respondent gets a code such as R-7KQ4M2. Continue a draft
            with --resume CODE (take also asks for the code when drafts are open).
            Type in a paper form with --answers FILE, and add --submit when it is complete; no
            scores are shown then (the one typing is not the respondent), and a form whose role
            and answers match one already in the round is refused unless --force.
            Exit status: 0 submitted or saved, 64 usage, 65 invalid answers file,
            73 cannot write, 75 input ended or the draft is open elsewhere (the draft is saved).
            """
    )

    @OptionGroup var round: RoundOptions

    @Option(help: "Continue the draft with this respondent code.")
    var resume: String?

    @Option(help: "Fill the response from a YAML answer sheet (a paper form typed in).")
    var answers: String?

    @Flag(help: "With --answers: submit when every question is answered.")
    var submit = false

    @Flag(help: "With --answers: save even when the role and answers match a response already in the round, or the role differs from the resumed draft's.")
    var force = false

    @Flag(help: "Numbered prompts line by line instead of the full-screen session.")
    var plain = false

    @Flag(name: .customLong("no-color"), help: "No colour or text styles (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("no-feedback"), help: "Do not show the respondent's own scores after submitting.")
    var noFeedback = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if submit, answers == nil { throw ValidationError(Phrase(en: "--submit goes with --answers FILE", nl: "--submit hoort bij --answers BESTAND")) }
        if force, answers == nil { throw ValidationError(Phrase(en: "--force goes with --answers FILE", nl: "--force hoort bij --answers BESTAND")) }
    }

    func run() throws {
        var language = language.resolved
        try reportingFailures(language: language) {
            let folder = try WorkspaceFolder.open(dir: self.round.dir, now: Date())
            language = self.language.resolved(workspace: folder.workspace.language)
            if !folder.questionnaire.languages.contains(language.rawValue) { language = Language(code: folder.questionnaire.defaultLanguage) }
            let access = DraftAccess(folder: folder, year: self.round.year ?? folder.workspace.year, language: language)
            if let answers {
                try AnswerSheetEntry(access: access, file: answers, submit: submit, force: force).run(resume: resume, now: Date())
            } else {
                try interactive(access)
            }
        }
    }

    private func interactive(_ access: DraftAccess) throws {
        let folder = access.folder
        let language = access.language
        var resumeCode = resume
        if resumeCode == nil {
            switch ResumeOffer(access: access).ask() {
            case .resume(let code): resumeCode = code
            case .startNew: break
            case .inputEnded: throw CommandFailure(TakeCommandText(language: language).noInput, exitCode: ExitStatus.tryAgainLater)
            }
        }
        var draft: Response?
        let lock: DraftLock
        var newCode = ""
        if let resumeCode {
            let resumed = try access.resume(resumeCode)
            (draft, lock) = (resumed.0, resumed.1)
        } else {
            (newCode, lock) = try access.newCode()
        }
        defer { lock.release() }
        let code = newCode
        let runner = TakeRunner(
            questionnaire: folder.questionnaire, language: language,
            makeResponse: { role in access.newResponse(code: code, role: role, now: Date()) },
            save: { try folder.save($0) },
            feedback: noFeedback ? nil : { OwnScores.lines(for: $0, questionnaire: folder.questionnaire, language: language) },
            clock: Date.init,
            submittedInRound: { access.submittedCount() })
        let mode = TakeMode.detect(plain: plain)
        let useColor = TakeMode.useColor(mode: mode, noColorFlag: noColor, environment: ProcessInfo.processInfo.environment)
        switch runner.run(draft: draft, mode: mode, useColor: useColor) {
        case .submitted, .quit:
            return
        case .endOfInput:
            throw ExitCode(ExitStatus.tryAgainLater)
        case .failed(let error, let lastSaved):
            throw SessionFailure.failure(error, lastSaved: lastSaved)
        }
    }
}
