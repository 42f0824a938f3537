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
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(Phrase(en: "the peer folder \(folder) does not exist", nl: "de map met vergelijkingscellen \(folder) bestaat niet"),
                                 hint: Phrase(en: "pass a folder that holds workspaces, e.g. one made by zelfscan demo",
                                              nl: "geef een map met werkruimtes op, bijvoorbeeld een die zelfscan demo maakte"),
                                 exitCode: ExitStatus.usage)
        }
        let roots = workspaceFolders(in: folder)
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

    private static func workspaceFolders(in folder: String) -> [String] {
        let fileManager = FileManager.default
        var found: [String] = []
        func visit(_ path: String, depth: Int) {
            if fileManager.fileExists(atPath: path + "/" + WorkspaceCoding.fileName) {
                found.append(path)
                return
            }
            guard depth < 2, let names = try? fileManager.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                var isDirectory: ObjCBool = false
                let child = path + "/" + name
                if fileManager.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                    visit(child, depth: depth + 1)
                }
            }
        }
        visit(folder, depth: 0)
        return found
    }
}
