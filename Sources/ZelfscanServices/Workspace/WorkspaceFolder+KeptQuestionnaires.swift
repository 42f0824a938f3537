#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles

/// The questionnaire files a workspace keeps (`KeptQuestionnaire`): read when it opens, written
/// the first time an answer is saved on a file the tool does not carry itself, or by
/// `zelfscan questionnaire keep`.
public struct KeptQuestionnaires: Sendable {
    public var entries: [QuestionnaireLibrary.Entry] = []
    /// Copies that are not used, located: changed since they were kept, or no longer valid.
    public var diagnostics: [Diagnostic] = []
    public var sources: [String: String] = [:]

    /// Every copy in `root`'s `questionnaires/` folder. A copy is used only when its bytes still
    /// hash to its folder's name; nothing in it is read through a symbolic link.
    public static func read(root: String) -> KeptQuestionnaires {
        var kept = KeptQuestionnaires()
        let folder = root + "/" + KeptQuestionnaire.folderName
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            let copyFolder = folder + "/" + name
            let file = copyFolder + "/" + KeptQuestionnaire.fileName
            guard KeptQuestionnaire.isHashName(name) else {
                kept.diagnostics.append(Diagnostic(
                    file: copyFolder, mark: Mark(line: 1, column: 1),
                    Phrase(en: "'\(name)' is not a kept questionnaire: the folders in \(KeptQuestionnaire.folderName)/ are named by the SHA-256 of the file they keep; it is not used",
                           nl: "'\(name)' is geen bewaarde vragenlijst: de mappen in \(KeptQuestionnaire.folderName)/ heten naar de SHA-256 van het bestand dat ze bewaren; ze wordt niet gebruikt"),
                    hint: Phrase(en: "keep a questionnaire file with: zelfscan questionnaire keep FILE (it names the folder itself)",
                                 nl: "bewaar een vragenlijstbestand met: zelfscan questionnaire keep BESTAND (dat geeft de map zelf haar naam)")))
                continue
            }
            let bytes: [UInt8]
            do throws(LocalReadError) {
                bytes = try LocalFiles.read(file, followLinks: false)
            } catch {
                kept.diagnostics.append(WorkspaceFolder.unreadable(file, error))
                continue
            }
            if let mismatch = KeptQuestionnaire.mismatch(file: file, expected: name, actual: ContentHash.sha256(bytes)) {
                kept.diagnostics.append(mismatch)
                continue
            }
            let result = QuestionnaireLoader().load(file: file, bytes: bytes) { path in try readInside(copyFolder, path) }
            guard let questionnaire = result.questionnaire else {
                kept.diagnostics += result.diagnostics.filter { $0.severity == .error }
                kept.sources.merge(result.sources) { first, _ in first }
                continue
            }
            kept.entries.append(QuestionnaireLibrary.Entry(questionnaire: questionnaire, sha256: name))
        }
        return kept
    }

    /// A file a kept copy names, read from inside its folder whatever path the copy gives.
    private static func readInside(_ copyFolder: String, _ path: String) throws -> [UInt8] {
        let relative = path.hasPrefix(copyFolder + "/") ? String(path.dropFirst(copyFolder.count + 1)) : path
        do {
            return try LocalFiles.read(copyFolder + "/" + KeptQuestionnaire.insidePath(relative), followLinks: false)
        } catch {
            throw error.underlying
        }
    }

    /// Keeps `bytes`, a questionnaire file loaded from `file` with the reference-figure files in
    /// `sources`, in `root`: written in a hidden folder and renamed into place, so a copy is
    /// there whole or not at all. True when it was written, false when the workspace had it.
    @discardableResult
    public static func keep(bytes: [UInt8], file: String, sources: [String: String], root: String) throws(CommandFailure) -> Bool {
        let sha256 = ContentHash.sha256(bytes)
        let target = root + "/" + KeptQuestionnaire.folder(sha256: sha256)
        if FileManager.default.fileExists(atPath: target + "/" + KeptQuestionnaire.fileName) { return false }
        let parent = root + "/" + KeptQuestionnaire.folderName
        let staging = parent + "/.keeping-\(sha256.prefix(12))-\(getpid())"
        let directory = file.lastIndex(of: "/").map { String(file[...$0]) } ?? ""
        var items = [AtomicFile.Item(path: staging + "/" + KeptQuestionnaire.fileName, bytes: bytes, mode: WorkspaceFiles.fileMode)]
        for (path, text) in sources.sorted(by: { $0.key < $1.key }) where path != file {
            let named = !directory.isEmpty && path.hasPrefix(directory) ? String(path.dropFirst(directory.count)) : path
            items.append(AtomicFile.Item(path: staging + "/" + KeptQuestionnaire.insidePath(named), text: text, mode: WorkspaceFiles.fileMode))
        }
        do {
            try? FileManager.default.removeItem(atPath: staging)
            for item in items { try WorkspaceFiles.createFolder(parentFolder(of: item.path)) }
            try AtomicFile.write(items)
            guard rename(staging, target) == 0 else {
                let code = errno
                try? FileManager.default.removeItem(atPath: staging)
                // Another process kept the same file at the same moment: it is there, whole.
                if code == EEXIST || code == ENOTEMPTY { return false }
                throw AtomicFile.WriteError(path: target, operation: "rename", code: code)
            }
        } catch let error as AtomicFile.WriteError {
            try? FileManager.default.removeItem(atPath: staging)
            throw CommandFailure(writing: error, kept: Phrase(en: "the questionnaire was not kept; the workspace is unchanged", nl: "de vragenlijst werd niet bewaard; de werkruimte is ongewijzigd"),
                                 hint: Phrase(en: "check that the disk is not full and the workspace is writable", nl: "kijk na of de schijf niet vol is en de werkruimte beschrijfbaar is"))
        } catch {
            try? FileManager.default.removeItem(atPath: staging)
            throw CommandFailure(Phrase(en: "could not keep the questionnaire in \(target): \(error)", nl: "kon de vragenlijst niet bewaren in \(target): \(error)"),
                                 exitCode: ExitStatus.cannotCreate)
        }
        return true
    }
}

extension WorkspaceFolder {
    /// Keeps the workspace's current questionnaire file when the tool does not carry it, so its
    /// rounds stay readable after the workspace moves to another version. Called before answers
    /// are saved; a bundled questionnaire, or one already kept, costs one check.
    public func keepCurrentQuestionnaire() throws(CommandFailure) {
        guard case .file(let path) = workspace.questionnaire, !QuestionnaireLibrary.isBundled(sha256: questionnaireSHA256),
              !FileManager.default.fileExists(atPath: root + "/" + KeptQuestionnaire.folder(sha256: questionnaireSHA256) + "/" + KeptQuestionnaire.fileName)
        else { return }
        let file = path.hasPrefix("/") ? path : root + "/" + path
        let bytes = try Self.readBytes(file, followLinks: path.hasPrefix("/"))
        // The file changed since the workspace opened: keep nothing rather than the wrong file.
        guard ContentHash.sha256(bytes) == questionnaireSHA256 else { return }
        let result = QuestionnaireLoader().load(file: file, bytes: bytes, readFile: LocalFiles.readForLoader)
        guard result.questionnaire != nil else { return }
        try KeptQuestionnaires.keep(bytes: bytes, file: file, sources: result.sources, root: root)
    }
}

extension WorkspaceFolder {
    /// `zelfscan questionnaire keep FILE`: keeps a questionnaire file an earlier round was given
    /// on, for a workspace that predates kept copies or lost the file. Only a valid file of the
    /// workspace's own questionnaire id is kept; the line printed says what happened.
    public func keep(file: String) throws(CommandFailure) -> Phrase {
        let bytes = try Self.readBytes(file)
        let result = QuestionnaireLoader().load(file: file, bytes: bytes, readFile: LocalFiles.readForLoader)
        guard let kept = result.questionnaire else {
            throw CommandFailure(Phrase(en: "\(file) is not a valid questionnaire, so it is not kept", nl: "\(file) is geen geldige vragenlijst en wordt dus niet bewaard"),
                                 hint: Phrase(en: "fix the errors above and check with: zelfscan validate \(file)",
                                              nl: "verbeter de fouten hierboven en controleer met: zelfscan validate \(file)"),
                                 exitCode: ExitStatus.invalidData, diagnostics: result.diagnostics, sources: result.sources)
        }
        let sha256 = ContentHash.sha256(bytes)
        let named = "\(kept.id) \(kept.version) (SHA-256 \(sha256))"
        guard kept.id == questionnaire.id else {
            throw CommandFailure(Phrase(en: "\(file) is questionnaire \(kept.id), but this workspace uses \(questionnaire.id); only earlier versions of its own questionnaire are kept",
                                        nl: "\(file) is vragenlijst \(kept.id), maar deze werkruimte gebruikt \(questionnaire.id); alleen vroegere versies van haar eigen vragenlijst worden bewaard"),
                                 hint: Phrase(en: "name the file of \(questionnaire.id) the earlier round was given on",
                                              nl: "geef het bestand van \(questionnaire.id) op waarop de vroegere ronde gegeven werd"),
                                 exitCode: ExitStatus.invalidData)
        }
        if QuestionnaireLibrary.isBundled(sha256: sha256) {
            return Phrase(en: "\(named) is built into zelfscan; the workspace needs no copy of it.",
                          nl: "\(named) zit in zelfscan zelf; de werkruimte heeft er geen kopie van nodig.")
        }
        let folder = root + "/" + KeptQuestionnaire.folder(sha256: sha256)
        guard try KeptQuestionnaires.keep(bytes: bytes, file: file, sources: result.sources, root: root) else {
            return Phrase(en: "\(named) was already kept in \(folder)/.", nl: "\(named) was al bewaard in \(folder)/.")
        }
        return Phrase(en: "Kept \(named) in \(folder)/: rounds given on it are read and scored with it, and count in the trend.",
                      nl: "\(named) bewaard in \(folder)/: rondes die erop gegeven werden, worden ermee gelezen en gescoord en tellen mee in de trend.")
    }
}
