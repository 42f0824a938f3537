import Foundation
import YAML
import ZelfscanCore

/// Finds the workspaces under folders a coach or researcher names: each folder may be a
/// workspace itself or hold workspaces up to two levels down (as `zelfscan demo` writes them).
/// Shared by `score --peers`, `compare` and `export`.
enum WorkspaceCollection {
    static func folders(in folder: String) -> [String] {
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

    /// Fails unless `folder` is an existing folder; `role` names it in the message ("the peer folder").
    static func requireFolder(_ folder: String, role: Phrase) throws(CommandFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(Phrase(en: "\(role.en) \(folder) does not exist", nl: "\(role.nl) \(folder) bestaat niet"),
                                 hint: Phrase(en: "pass a folder that holds workspaces, e.g. one made by zelfscan demo",
                                              nl: "geef een map met werkruimtes op, bijvoorbeeld een die zelfscan demo maakte"),
                                 exitCode: ExitStatus.usage)
        }
    }
}
