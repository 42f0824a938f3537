#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ZelfscanCore

/// Finds the workspaces under folders a coach or researcher names: each folder may be a
/// workspace itself or hold workspaces up to two levels down (as `zelfscan demo` writes them).
/// Shared by `score --peers`, `compare` and `export`.
public enum WorkspaceCollection {
    public struct Found {
        public var roots: [String] = []
        /// Entries that could not be looked into, such as a symlink loop, with the reason.
        public var unreadable: [(path: String, reason: Phrase)] = []
    }

    /// Each workspace once, even when a symbolic link leads to it a second time.
    public static func scan(_ folders: [String]) -> Found {
        let fileManager = FileManager.default
        var found = Found()
        var seen: Set<String> = []
        func visit(_ path: String, depth: Int) {
            if fileManager.fileExists(atPath: path + "/" + WorkspaceCoding.fileName) {
                if seen.insert(realPath(path) ?? path).inserted { found.roots.append(path) }
                return
            }
            guard depth < 2, let names = try? fileManager.contentsOfDirectory(atPath: path) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = path + "/" + name
                var status = stat()
                if stat(child, &status) != 0 {
                    if errno == ELOOP {
                        found.unreadable.append((child, Phrase(en: "the symbolic links in this path form a loop; skipped",
                                                               nl: "de symbolische koppelingen in dit pad vormen een lus; overgeslagen")))
                    }
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR { visit(child, depth: depth + 1) }
            }
        }
        for folder in folders { visit(folder, depth: 0) }
        return found
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Fails unless `folder` is an existing folder; `role` names it in the message ("the peer folder").
    public static func requireFolder(_ folder: String, role: Phrase) throws(CommandFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(Phrase(en: "\(role.en) \(folder) does not exist", nl: "\(role.nl) \(folder) bestaat niet"),
                                 hint: Phrase(en: "pass a folder that holds workspaces, e.g. one made by zelfscan demo",
                                              nl: "geef een map met werkruimtes op, bijvoorbeeld een die zelfscan demo maakte"),
                                 exitCode: ExitStatus.usage)
        }
    }
}
