import Foundation
import YAML
import ZelfscanCore

/// The workspaces under the folders given to `export` or `compare`, read with every round, as
/// export sources.
/// Unreadable workspaces and workspaces of another questionnaire are listed, not fatal.
struct CollectedWorkspaces {
    var questionnaire: Questionnaire
    var sources: [ExportSource] = []
    var folders: [String: String] = [:]
    var skipped: [(path: String, reason: String)] = []
    /// Workspaces left out because they use another questionnaire id or version.
    var otherQuestionnaire = 0

    static func load(_ folders: [String], language: String) throws(CommandFailure) -> CollectedWorkspaces {
        var roots: [String] = []
        for folder in folders {
            try WorkspaceCollection.requireFolder(folder, role: Phrase(en: "the folder", nl: "de map"))
            roots += WorkspaceCollection.folders(in: folder)
        }
        guard !roots.isEmpty else {
            throw CommandFailure(Phrase(en: "no workspaces (folders with \(WorkspaceCoding.fileName)) in \(folders.joined(separator: ", "))",
                                        nl: "geen werkruimtes (mappen met \(WorkspaceCoding.fileName)) in \(folders.joined(separator: ", "))"),
                                 hint: Phrase(en: "name workspace folders or a folder holding them, e.g. the output of zelfscan demo",
                                              nl: "geef werkruimtes op of een map die ze bevat, bijvoorbeeld de uitvoer van zelfscan demo"),
                                 exitCode: ExitStatus.usage)
        }
        var result: CollectedWorkspaces?
        var skipped: [(String, String)] = []
        var progress = ProgressLine(label: language == "en" ? "reading workspaces" : "werkruimtes lezen", total: roots.count)
        for (index, root) in roots.enumerated() {
            progress.update(index)
            do throws(CommandFailure) {
                let folder = try WorkspaceFolder.open(dir: root, now: Date())
                if result == nil { result = CollectedWorkspaces(questionnaire: folder.questionnaire) }
                guard folder.questionnaire.id == result!.questionnaire.id, folder.questionnaire.version == result!.questionnaire.version else {
                    result!.otherQuestionnaire += 1
                    skipped.append((root, Phrase(en: "uses questionnaire \(folder.questionnaire.id) \(folder.questionnaire.version), not \(result!.questionnaire.id) \(result!.questionnaire.version)",
                                                 nl: "gebruikt vragenlijst \(folder.questionnaire.id) \(folder.questionnaire.version), niet \(result!.questionnaire.id) \(result!.questionnaire.version)").text(language)))
                    continue
                }
                var responses: [Response] = []
                for year in folder.years() {
                    let round = folder.loadRound(year: year)
                    responses += round.responses
                    for path in round.rejected {
                        skipped.append((path, language == "en" ? "unreadable response file, left out (see zelfscan status)" : "onleesbaar antwoordbestand, weggelaten (zie zelfscan status)"))
                    }
                }
                result!.sources.append(ExportSource(workspace: folder.workspace, responses: responses))
                result!.folders[folder.workspace.municipality] = root
            } catch {
                skipped.append((root, error.message.text(language)))
            }
        }
        progress.finish()
        guard var loaded = result else {
            throw CommandFailure(Phrase(en: "none of the \(roots.count) workspaces could be read", nl: "geen van de \(roots.count) werkruimtes kon gelezen worden"),
                                 hint: Phrase(en: "see the messages above", nl: "zie de meldingen hierboven"), exitCode: ExitStatus.invalidData)
        }
        loaded.skipped = skipped
        return loaded
    }
}
