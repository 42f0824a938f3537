import Foundation
import ZelfscanCore
import ZelfscanFiles

/// Opening a draft to continue it, or starting a new response, always under the draft's lock.
public struct DraftAccess {
    public let folder: WorkspaceFolder
    public let year: Int
    public let language: Language

    public init(folder: WorkspaceFolder, year: Int, language: Language) {
        self.folder = folder
        self.year = year
        self.language = language
    }

    /// The draft `code`, locked for this session. A code that is no open draft — unknown, or
    /// already submitted — gets one message and one exit status whatever the reason, after the
    /// same wait, so trying codes reveals nothing (see `CodeAttempts`).
    public func resume(_ code: String) throws(CommandFailure) -> (Response, DraftLock) {
        let t = TakeCommandText(language: language)
        let code = code.uppercased()
        guard RespondentCode.isValid(code) else { throw CommandFailure(t.invalidCode(code), exitCode: ExitStatus.usage) }
        let opened = try CodeAttempts(root: folder.root).check { () throws(CommandFailure) -> (Response, DraftLock)? in
            try openDraft(code)
        }
        guard let opened else { throw CommandFailure(t.noOpenDraft(code, year), hint: t.checkCodeHint, exitCode: ExitStatus.usage) }
        return opened
    }

    /// The draft, locked; nil when there is no draft `code` in this round.
    private func openDraft(_ code: String) throws(CommandFailure) -> (Response, DraftLock)? {
        let path = folder.responsePath(year: year, code: code)
        guard WorkspaceFiles.isRegularFile(path) else { return nil }
        let lock = try self.lock(code)
        do throws(CommandFailure) {
            let bytes = try WorkspaceFolder.readBytes(path, maxBytes: ResponseLoader.maxFileBytes, followLinks: false)
            let result = ResponseLoader(questionnaire: folder.questionnaire, questionnaireSHA256: folder.questionnaireSHA256)
                .load(file: path, bytes: bytes)
            if !result.diagnostics.isEmpty {
                let renderer = DiagnosticRenderer(sources: result.sources, language: language)
                Output.error(result.diagnostics.inReadingOrder().map(renderer.render).joined(separator: "\n") + "\n")
            }
            guard let response = result.response else {
                throw CommandFailure(Phrase(en: "\(path) cannot be resumed", nl: "\(path) kan niet hervat worden"),
                                     hint: Phrase(en: "fix the errors above; nothing was changed", nl: "verbeter de fouten hierboven; er is niets gewijzigd"),
                                     exitCode: ExitStatus.invalidData)
            }
            guard response.status == .draft else {
                lock.release()
                return nil
            }
            return (response, lock)
        } catch {
            lock.release()
            throw error
        }
    }

    /// A fresh code, not used in this round, locked for this session.
    public func newCode() throws(CommandFailure) -> (String, DraftLock) {
        let taken = Set(((try? FileManager.default.contentsOfDirectory(atPath: folder.responsesFolder(year: year))) ?? [])
            .map { String($0.prefix { $0 != "." }) })
        var generator = SystemRandomNumberGenerator()
        let code = RespondentCode.generate(using: &generator, avoiding: taken)
        do {
            try WorkspaceFiles.createFolder(folder.responsesFolder(year: year))
        } catch {
            if let failure = Self.cannotWrite(OutOfSpace.code(of: error), root: folder.root, language: language) { throw failure }
            throw CommandFailure(Phrase(en: "cannot create \(folder.responsesFolder(year: year)): \(error)",
                                        nl: "kan \(folder.responsesFolder(year: year)) niet aanmaken: \(error)"), exitCode: ExitStatus.cannotCreate)
        }
        return (code, try lock(code))
    }

    /// A new, empty response for this workspace and round.
    public func newResponse(code: String, role: String, now: Date) -> Response {
        Response(respondent: code,
                 questionnaire: .init(id: folder.questionnaire.id, version: folder.questionnaire.version, sha256: folder.questionnaireSHA256),
                 municipality: folder.workspace.municipality, year: year, role: role, language: language, started: now,
                 synthetic: folder.workspace.synthetic)
    }

    private func lock(_ code: String) throws(CommandFailure) -> DraftLock {
        let t = TakeCommandText(language: language)
        do throws(DraftLock.Failure) {
            return try DraftLock(path: folder.lockPath(year: year, code: code))
        } catch {
            switch error {
            case .heldByAnotherSession:
                throw CommandFailure(t.inUse(code), hint: t.inUseHint, exitCode: ExitStatus.tryAgainLater)
            case .cannotOpen(let number):
                let path = folder.lockPath(year: year, code: code)
                if let full = OutOfSpace.message(code: number, failed: Phrase(en: "\(path) could not be created", nl: "\(path) kon niet aangemaakt worden")) {
                    throw CommandFailure(full, hint: Phrase(en: "nothing was changed", nl: "er is niets gewijzigd"), exitCode: ExitStatus.cannotCreate)
                }
                if number == ELOOP {
                    throw CommandFailure(Phrase(en: "\(path) is a symbolic link, not a lock of zelfscan: it could make the tool overwrite another file; nothing was changed",
                                                nl: "\(path) is een symbolische koppeling, geen slot van zelfscan: ze zou de tool een ander bestand kunnen laten overschrijven; er is niets gewijzigd"),
                                         hint: Phrase(en: "remove the link (rm \(path)) and try again", nl: "verwijder de koppeling (rm \(path)) en probeer opnieuw"),
                                         exitCode: ExitStatus.cannotCreate)
                }
                if let failure = Self.cannotWrite(number, root: folder.root, language: language) { throw failure }
                let reason = String(cString: strerror(number))
                throw CommandFailure(Phrase(en: "cannot lock the draft: \(reason)", nl: "kan het concept niet vergrendelen: \(reason)"),
                                     exitCode: ExitStatus.cannotCreate)
            }
        }
    }

    /// A workspace this user may not write to: said in one sentence, with what to do.
    public static func cannotWrite(_ code: Int32, root: String, language: Language) -> CommandFailure? {
        guard code == EACCES || code == EPERM || code == EROFS else { return nil }
        return CommandFailure(Phrase(en: "you cannot write in the workspace \(root) (it is read-only for you), so no answers can be saved; nothing was changed",
                                     nl: "u kunt niet schrijven in de werkruimte \(root) (ze is alleen-lezen voor u), dus er kunnen geen antwoorden bewaard worden; er is niets gewijzigd"),
                              hint: Phrase(en: "ask whoever keeps the workspace to let you answer on their computer, or to give you write access",
                                           nl: "vraag wie de werkruimte beheert om op diens computer te antwoorden of u schrijfrechten te geven"),
                              exitCode: ExitStatus.cannotCreate)
    }

    /// How many members of the round have submitted, for the end screen's word on the cell report.
    public func submittedCount() -> Int {
        folder.loadRound(year: year).responses.filter { $0.status == .submitted }.count
    }
}
