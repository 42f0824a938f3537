import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanTerminal

/// `zelfscan take --answers FILE`: answers typed in from a paper form, checked as a whole,
/// saved as a draft, and submitted only on request and only when complete.
///
/// The person typing is the coordinator, not the respondent, so no scores are shown; and a form
/// typed in a second time is refused (unless `force`), naming the code it was saved under first.
public struct AnswerSheetEntry {
    public let access: DraftAccess
    public let file: String
    public let submit: Bool
    public let force: Bool

    public init(access: DraftAccess, file: String, submit: Bool, force: Bool) {
        self.access = access
        self.file = file
        self.submit = submit
        self.force = force
    }

    public func run(resume: String?, now: Date) throws(CommandFailure) {
        let folder = access.folder
        let language = access.language
        let t = TakeCommandText(language: language)
        let (base, lock): (Response, DraftLock)
        if let resume {
            (base, lock) = try access.resume(resume)
        } else {
            let (code, newLock) = try access.newCode()
            (base, lock) = (access.newResponse(code: code, role: "", now: now), newLock)
        }
        defer { lock.release() }
        let bytes = try WorkspaceFolder.readBytes(file, maxBytes: ResponseLoader.maxFileBytes)
        let result = ResponseLoader(questionnaire: folder.questionnaire, questionnaireSHA256: folder.questionnaireSHA256)
            .load(file: file, bytes: bytes, kind: .answerSheet(base: base))
        if !result.diagnostics.isEmpty {
            let renderer = DiagnosticRenderer(sources: result.sources, language: language)
            Output.error(result.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
        }
        guard var response = result.response else {
            throw CommandFailure(Phrase(en: "\(file) has invalid answers", nl: "\(file) bevat ongeldige antwoorden"),
                                 hint: Phrase(en: t.nothingSaved, nl: t.nothingSaved), exitCode: ExitStatus.invalidData)
        }
        response.updated = now
        if !force, !base.role.isEmpty, response.role != base.role {
            throw CommandFailure(t.otherRole(file, draft: base.respondent), hint: t.otherRoleHint, exitCode: ExitStatus.invalidData)
        }
        if !force, let earlier = DuplicateAnswers.earlier(than: response, in: folder.loadRound(year: response.year).responses) {
            throw CommandFailure(t.duplicate(file, earlier: earlier.respondent, submitted: earlier.status == .submitted),
                                 hint: t.duplicateHint, exitCode: ExitStatus.invalidData)
        }
        let missing = response.unansweredItems(in: folder.questionnaire).filter { !response.skipped.contains($0) }
        if !missing.isEmpty {
            Output.error(t.missingHeading(missing.count) + "\n")
            let numbers = Dictionary(uniqueKeysWithValues: folder.questionnaire.allAskedItems.enumerated().map { ($1.id, $0 + 1) })
            for id in missing {
                let text = questionText(id, language: language)
                Output.error("  \(file): \(id) (\(numbers[id] ?? 0)): \(text)\n")
            }
        }
        let path = folder.responsePath(year: response.year, code: response.respondent)
        let resumeCommand = "zelfscan take --resume \(response.respondent) --answers \(file) --submit"
        if submit && missing.isEmpty {
            response.status = .submitted
            response.submitted = now
            try folder.save(response)
            Output.out(t.sheetSubmitted(response.respondent) + "\n" + t.savedAt(path) + "\n")
            return
        }
        try folder.save(response)
        Output.out(t.savedDraft(response.respondent, path) + "\n")
        if submit {
            Output.out(t.resumeWith(resumeCommand) + "\n")
            throw CommandFailure(Phrase(en: TakeCommandText(language: .en).notSubmitted(missing.count), nl: TakeCommandText(language: .nl).notSubmitted(missing.count)),
                                 exitCode: ExitStatus.invalidData)
        }
        Output.out((missing.isEmpty ? t.completeAddSubmit : t.resumeWith(resumeCommand)) + "\n")
    }

    private func questionText(_ id: String, language: Language) -> String {
        let text: String
        switch access.folder.questionnaire.askedItem(id) {
        case .scored(let item, _, _): text = item.text.text(language)
        case .context(let item): text = item.text.text(language)
        case nil: text = ""
        }
        return text.count > 70 ? String(text.prefix(69)) + "…" : text
    }
}
