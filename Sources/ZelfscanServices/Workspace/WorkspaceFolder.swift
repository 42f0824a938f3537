import Foundation
import YAML
import ZelfscanCore
import ZelfscanFiles

/// An opened workspace: its description, its questionnaire, and where its files live.
public struct WorkspaceFolder {
    public let root: String
    public let workspace: Workspace
    public let questionnaire: Questionnaire
    public let questionnaireSHA256: String
    /// The copies of questionnaire files the workspace keeps, with those it cannot use.
    public var kept = KeptQuestionnaires()
    /// What the workspace's responses may have been given on: the current file, the kept copies
    /// and the bundled earlier versions of the same id.
    public var library: QuestionnaireLibrary {
        QuestionnaireLibrary.workspace(current: questionnaire, sha256: questionnaireSHA256, kept: kept.entries)
    }

    /// The folder holding `zelfscan.yaml`: `dir` itself, or the current folder or the nearest one above it.
    public static func locate(dir: String?) throws(CommandFailure) -> String {
        let fileManager = FileManager.default
        if let dir {
            guard fileManager.fileExists(atPath: dir + "/" + WorkspaceCoding.fileName) else {
                throw CommandFailure(Phrase(en: "\(dir) is not a zelfscan workspace (it has no \(WorkspaceCoding.fileName))",
                                            nl: "\(dir) is geen zelfscan-werkruimte (er staat geen \(WorkspaceCoding.fileName) in)"),
                                     hint: Phrase(en: "create one with: zelfscan init --dir \(dir) --municipality NAME",
                                                  nl: "maak er een met: zelfscan init --dir \(dir) --municipality NAAM"),
                                     exitCode: ExitStatus.usage)
            }
            return dir
        }
        var folder = URL(fileURLWithPath: fileManager.currentDirectoryPath).standardizedFileURL
        while true {
            if fileManager.fileExists(atPath: folder.appendingPathComponent(WorkspaceCoding.fileName).path) {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        throw CommandFailure(Phrase(en: "this folder is not inside a zelfscan workspace", nl: "deze map ligt niet in een zelfscan-werkruimte"),
                             hint: Phrase(en: "go to the workspace folder, pass --dir FOLDER, or create one with: zelfscan init --municipality NAME",
                                          nl: "ga naar de map van de werkruimte, geef --dir MAP mee, of maak er een met: zelfscan init --municipality NAAM"),
                             exitCode: ExitStatus.usage)
    }

    /// `tighten`: a command on the coordinator's own workspace removes other users' access
    /// (with a notice); a pool of others' workspaces is only read.
    public static func open(dir: String?, now: Date, tighten: Bool = true) throws(CommandFailure) -> WorkspaceFolder {
        let root = try locate(dir: dir)
        let file = root == "." ? WorkspaceCoding.fileName : root + "/" + WorkspaceCoding.fileName
        let bytes = try readBytes(file, followLinks: false)
        let result = WorkspaceCoding.decode(file: file, bytes: bytes, currentYear: Calendar.utc.component(.year, from: now))
        guard let workspace = result.workspace else {
            throw CommandFailure(Phrase(en: "\(file) is not valid", nl: "\(file) is niet geldig"),
                                 hint: Phrase(en: "fix the errors above; the format is in docs/response-format.md",
                                              nl: "verbeter de fouten hierboven; het formaat staat in docs/response-format.md"),
                                 exitCode: ExitStatus.invalidData, diagnostics: result.diagnostics, sources: result.sources)
        }
        if tighten, !WorkspaceFiles.tighten(root: root, description: file).isEmpty {
            Output.error(WorkspaceFiles.tightenedNotice(root).text(workspace.language) + "\n")
        }
        let (questionnaire, hash) = try loadQuestionnaire(workspace.questionnaire, root: root, insideWorkspace: true)
        return WorkspaceFolder(root: root, workspace: workspace, questionnaire: questionnaire, questionnaireSHA256: hash,
                               kept: KeptQuestionnaires.read(root: root))
    }

    /// The bundled questionnaire, or a file (relative paths count from the workspace folder).
    /// `insideWorkspace`: a relative path names a file of the workspace, read without following
    /// a symbolic link, like every other file there.
    public static func loadQuestionnaire(_ source: Workspace.QuestionnaireSource, root: String,
                                  insideWorkspace: Bool = false) throws(CommandFailure) -> (Questionnaire, String) {
        let result: QuestionnaireLoader.Result
        let hash: String
        switch source {
        case .bundled:
            result = BundledQuestionnaire.load()
            hash = BundledQuestionnaire.sha256
        case .file(let path):
            let file = path.hasPrefix("/") ? path : root + "/" + path
            let bytes = try readBytes(file, followLinks: !insideWorkspace || path.hasPrefix("/"))
            result = QuestionnaireLoader().load(file: file, bytes: bytes, readFile: LocalFiles.readForLoader)
            hash = ContentHash.sha256(bytes)
        }
        guard let questionnaire = result.questionnaire else {
            throw CommandFailure(Phrase(en: "the workspace's questionnaire is not valid", nl: "de vragenlijst van de werkruimte is niet geldig"),
                                 hint: Phrase(en: "fix the errors above and check with: zelfscan validate FILE",
                                              nl: "verbeter de fouten hierboven en controleer met: zelfscan validate BESTAND"),
                                 exitCode: ExitStatus.invalidData, diagnostics: result.diagnostics, sources: result.sources)
        }
        return (questionnaire, hash)
    }

    public static func readBytes(_ file: String, maxBytes: Int = ParserLimits.default.maxBytes, followLinks: Bool = true) throws(CommandFailure) -> [UInt8] {
        do throws(LocalReadError) {
            return try LocalFiles.read(file, maxBytes: maxBytes, followLinks: followLinks)
        } catch {
            switch error {
            case .tooLarge(let error):
                throw CommandFailure(Phrase(en: "\(file) cannot be read", nl: "\(file) kan niet gelezen worden"), exitCode: ExitStatus.invalidData,
                                     diagnostics: [Diagnostic(file: file, yamlError: error)])
            case .unreadable(let error):
                throw CommandFailure(Phrase(en: "cannot read \(file): \(error.text.en)", nl: "kan \(file) niet lezen: \(error.text.nl)"),
                                     exitCode: ExitStatus.cannotRead)
            }
        }
    }

    public func responsesFolder(year: Int) -> String { root + "/responses/\(year)" }

    public func responsePath(year: Int, code: String) -> String { responsesFolder(year: year) + "/\(code).yaml" }

    public func lockPath(year: Int, code: String) -> String { responsesFolder(year: year) + "/\(code).lock" }
}

extension Calendar {
    /// Years of rounds are calendar years in UTC, whatever the machine's time zone.
    public static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
}
