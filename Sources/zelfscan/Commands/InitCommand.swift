import ArgumentParser
import Foundation
import ZelfscanCore
import ZelfscanFiles
import ZelfscanServices

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a cell's workspace: zelfscan.yaml and the folders for responses and reports.",
        discussion: """
            Run it once per cell. Afterwards, run the other commands inside the folder (or pass --dir).
            Example: zelfscan init --dir gent --municipality Gent --level municipal --cluster V15 --province Oost-Vlaanderen
            Exit status: 0 created, 64 invalid option, 65 invalid questionnaire, 73 a workspace already exists there.
            """
    )

    @Option(help: "The workspace folder (created if needed; default: the current folder).")
    var dir: String = "."

    @Option(help: "The municipality (or, for a zone cell, the zone's name) as the cell writes it.")
    var municipality: String

    @Option(help: "municipal (one municipality) or zone (a police zone).")
    var level: Workspace.Level = .municipal

    @Option(help: "Belfius cluster V1 to V16.")
    var cluster: String?

    @Option(help: "Province: Antwerpen, Limburg, Oost-Vlaanderen, Vlaams-Brabant or West-Vlaanderen.")
    var province: String?

    @Option(help: "The round's year (default: this year).")
    var year: Int?

    @Option(help: "A questionnaire file instead of the bundled questionnaire.")
    var questionnaire: String?

    @Option(name: .customLong("expected-members"), help: "How many members are expected to answer (for the response rate in status).")
    var expectedMembers: Int?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.resolved
        try reportingFailures(language: language) { try create(language: language) }
    }

    private func create(language: Language) throws(CommandFailure) {
        let now = Date()
        let currentYear = Calendar.utc.component(.year, from: now)
        let year = self.year ?? currentYear
        var problems: [Phrase] = []
        if let problem = WorkspaceRules.municipalityProblem(municipality) { problems.append(problem) }
        let cluster = self.cluster.flatMap(BelfiusCluster.init)
        if let text = self.cluster, cluster == nil { problems.append(WorkspaceRules.clusterProblem(text)) }
        let province = self.province.flatMap { Province(name: $0) }
        if let text = self.province, province == nil { problems.append(WorkspaceRules.provinceProblem(text)) }
        if let problem = WorkspaceRules.yearProblem(year, currentYear: currentYear) { problems.append(problem) }
        if let expectedMembers, let problem = WorkspaceRules.expectedMembersProblem(expectedMembers) { problems.append(problem) }
        if let first = problems.first {
            let rest = problems.dropFirst().map { "\n  " + $0.text(language) }.joined()
            throw CommandFailure(Phrase(en: first.en + rest, nl: first.nl + rest), exitCode: ExitStatus.usage)
        }
        let fileManager = FileManager.default
        let file = dir + "/" + WorkspaceCoding.fileName
        guard !fileManager.fileExists(atPath: file) else {
            throw CommandFailure(InitText.alreadyExists(file), hint: InitText.alreadyExistsHint, exitCode: ExitStatus.cannotCreate)
        }
        let source = questionnaireSource()
        let (questionnaire, _) = try WorkspaceFolder.loadQuestionnaire(self.questionnaire.map { .file($0) } ?? .bundled, root: ".")
        let questionnaireLanguage = questionnaire.languages.contains(language.rawValue) ? language : Language(code: questionnaire.defaultLanguage)
        let workspace = Workspace(municipality: municipality.trimmingCharacters(in: .whitespaces), level: level, cluster: cluster,
                                  province: province, year: year, language: questionnaireLanguage, questionnaire: source,
                                  expectedMembers: expectedMembers)
        let folders = [dir + "/responses/\(year)", dir + "/reports"]
        let madeHere = ([dir, dir + "/responses"] + folders).filter { !fileManager.fileExists(atPath: $0) }
        do {
            for folder in folders { try WorkspaceFiles.createFolder(folder) }
            // Only the coordinator reads the workspace: its name, level and province are no one else's.
            for folder in [dir, dir + "/responses"] + folders { chmod(folder, WorkspaceFiles.folderMode) }
            try AtomicFile.write(try WorkspaceCoding.encode(workspace), to: file, mode: WorkspaceFiles.fileMode)
        } catch {
            Self.removeEmpty(madeHere)
            let kept = Phrase(en: "no workspace was made; the folders this command created are removed again",
                              nl: "er is geen werkruimte gemaakt; de mappen die deze opdracht aanmaakte zijn weer verwijderd")
            if let error = error as? AtomicFile.WriteError { throw CommandFailure(writing: error, kept: kept) }
            throw CommandFailure.outOfSpace(error, failed: Phrase(en: "\(dir) could not be created", nl: "\(dir) kon niet aangemaakt worden"), kept: kept)
                ?? CommandFailure(InitText.cannotCreate(dir, "\(error)"), exitCode: ExitStatus.cannotCreate)
        }
        Output.out(InitText.created(workspace: workspace, questionnaire: questionnaire, dir: dir, folders: folders).text(language))
    }

    /// Undoes a failed init: a folder it created and left empty would look like a workspace begun.
    private static func removeEmpty(_ folders: [String]) {
        for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(folder) }
    }

    /// A questionnaire path is kept relative to the workspace, so the folder can move as a whole.
    private func questionnaireSource() -> Workspace.QuestionnaireSource {
        guard let questionnaire else { return .bundled }
        let absolute = URL(fileURLWithPath: questionnaire).standardizedFileURL.path
        let root = URL(fileURLWithPath: dir).standardizedFileURL.path
        return .file(RelativePath.from(root, to: absolute))
    }
}

/// The path from one absolute folder to an absolute file, with `..` where needed.
enum RelativePath {
    static func from(_ folder: String, to file: String) -> String {
        let base = folder.split(separator: "/")
        let target = file.split(separator: "/")
        var common = 0
        while common < base.count, common < target.count - 1, base[common] == target[common] { common += 1 }
        if common == 0 { return file }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...].map(String.init)).joined(separator: "/")
    }
}
