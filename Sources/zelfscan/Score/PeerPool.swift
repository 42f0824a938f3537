import YAML
import Foundation
import ZelfscanCore

/// The cells of a folder of workspaces, as peers for benchmarks. Workspaces that cannot be read
/// are listed, not fatal: one broken folder must not hide a hundred good ones.
struct PeerPool {
    var entries: [PeerEntry] = []
    var skipped: [(path: String, reason: String)] = []

    /// Workspaces in `folder` and its subfolders (two levels), scored with `questionnaire`;
    /// rounds of other questionnaire versions are left out by the benchmark itself.
    static func load(_ folder: String, questionnaire: Questionnaire, language: String) throws(CommandFailure) -> PeerPool {
        try WorkspaceCollection.requireFolder(folder, role: Phrase(en: "the peer folder", nl: "de map met vergelijkingscellen"))
        let roots = WorkspaceCollection.folders(in: folder)
        var pool = PeerPool()
        var progress = ProgressLine(label: language == "en" ? "reading peer workspaces" : "vergelijkingscellen lezen", total: roots.count)
        for (index, root) in roots.enumerated() {
            progress.update(index)
            do throws(CommandFailure) {
                let peer = try WorkspaceFolder.open(dir: root, now: Date())
                guard peer.questionnaire.id == questionnaire.id, peer.questionnaire.version == questionnaire.version else { continue }
                for year in peer.years() {
                    let round = peer.loadRound(year: year)
                    let rounds = try? CellAggregator(questionnaire: peer.questionnaire).rounds(round.responses)
                    for cell in rounds ?? [] {
                        pool.entries.append(PeerEntry(cell: cell, workspace: peer.workspace))
                    }
                }
            } catch {
                pool.skipped.append((root, error.message.text(language)))
            }
        }
        progress.finish()
        return pool
    }
}
