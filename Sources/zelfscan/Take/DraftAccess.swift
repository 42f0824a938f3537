import YAML
import Foundation
import ZelfscanCore

/// Opening a draft to continue it, or starting a new response, always under the draft's lock.
struct DraftAccess {
    let folder: WorkspaceFolder
    let year: Int
    let language: String

    /// The draft `code`, locked for this session.
    func resume(_ code: String) throws(CommandFailure) -> (Response, DraftLock) {
        let t = TakeCommandText(language: language)
        let code = code.uppercased()
        guard RespondentCode.isValid(code) else { throw CommandFailure(t.invalidCode(code), exitCode: ExitStatus.usage) }
        let path = folder.responsePath(year: year, code: code)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(t.noSuchDraft(code, year), hint: t.checkCodeHint, exitCode: ExitStatus.usage)
        }
        let lock = try self.lock(code)
        do throws(CommandFailure) {
            let bytes = try WorkspaceFolder.readBytes(path)
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
            guard response.status == .draft else { throw CommandFailure(t.alreadySubmitted(code), exitCode: ExitStatus.usage) }
            return (response, lock)
        } catch {
            lock.release()
            throw error
        }
    }

    /// A fresh code, not used in this round, locked for this session.
    func newCode() throws(CommandFailure) -> (String, DraftLock) {
        let taken = Set(((try? FileManager.default.contentsOfDirectory(atPath: folder.responsesFolder(year: year))) ?? [])
            .map { String($0.prefix { $0 != "." }) })
        var generator = SystemRandomNumberGenerator()
        let code = RespondentCode.generate(using: &generator, avoiding: taken)
        do {
            try FileManager.default.createDirectory(atPath: folder.responsesFolder(year: year), withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(Phrase(en: "cannot create \(folder.responsesFolder(year: year)): \(error)",
                                        nl: "kan \(folder.responsesFolder(year: year)) niet aanmaken: \(error)"), exitCode: ExitStatus.cannotCreate)
        }
        return (code, try lock(code))
    }

    /// A new, empty response for this workspace and round.
    func newResponse(code: String, role: String, now: Date) -> Response {
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
                let reason = String(cString: strerror(number))
                throw CommandFailure(Phrase(en: "cannot lock the draft: \(reason)", nl: "kan het concept niet vergrendelen: \(reason)"),
                                     exitCode: ExitStatus.cannotCreate)
            }
        }
    }
}
