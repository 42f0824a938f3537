import Foundation
import ZelfscanCore

/// The workspaces under the folders given to `export` or `compare`, all of one questionnaire:
/// the first workspace that opens sets which. Others are reported and left out.
public struct CollectedWorkspaces<Summary: Sendable> {
    public var questionnaire: Questionnaire
    public var pool: WorkspacePool<Summary>
    /// Workspaces left out because they use another questionnaire id or version.
    public var otherQuestionnaire: Int { pool.problems.filter(\.otherQuestionnaire).count }

    /// `rounds` chooses, from the workspaces found, which rounds each one is read for.
    public static func read(_ folders: [String], language: Language,
                     rounds: (_ roots: [String]) -> WorkspacePool<Summary>.RoundChoice = { _ in .all },
                     summarise: @escaping WorkspacePool<Summary>.Summarise) async throws(CommandFailure) -> CollectedWorkspaces {
        for folder in folders {
            try WorkspaceCollection.requireFolder(folder, role: Phrase(en: "the folder", nl: "de map"))
        }
        let found = WorkspaceCollection.scan(folders)
        guard !found.roots.isEmpty else {
            throw CommandFailure(Phrase(en: "no workspaces (folders with \(WorkspaceCoding.fileName)) in \(folders.joined(separator: ", "))",
                                        nl: "geen werkruimtes (mappen met \(WorkspaceCoding.fileName)) in \(folders.joined(separator: ", "))"),
                                 hint: Phrase(en: "name workspace folders or a folder holding them, e.g. the output of zelfscan demo",
                                              nl: "geef werkruimtes op of een map die ze bevat, bijvoorbeeld de uitvoer van zelfscan demo"),
                                 exitCode: ExitStatus.usage)
        }
        guard let first = found.roots.lazy.compactMap({ try? WorkspaceFolder.open(dir: $0, now: Date()) }).first else {
            throw CommandFailure(Phrase(en: "none of the \(found.roots.count) workspaces could be read", nl: "geen van de \(found.roots.count) werkruimtes kon gelezen worden"),
                                 hint: Phrase(en: "check them one by one with: zelfscan status --dir FOLDER",
                                              nl: "controleer ze een voor een met: zelfscan status --dir MAP"),
                                 exitCode: ExitStatus.invalidData)
        }
        var pool = await WorkspacePool.read(found.roots, expected: (first.questionnaire.id, first.questionnaire.version),
                                            file: .init(first.questionnaire, sha256: first.questionnaireSHA256),
                                            rounds: rounds(found.roots), language: language,
                                            progressLabel: Phrase(en: "reading workspaces", nl: "werkruimtes lezen"), summarise: summarise)
        pool.problems = found.unreadable.map { WorkspacePool<Summary>.Problem(path: $0.path, reason: $0.reason) } + pool.problems
        return CollectedWorkspaces(questionnaire: first.questionnaire, pool: pool)
    }
}
