import Foundation
import ZelfscanText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A workspace holds what members answered, so nothing in it may be a symbolic link that
/// leads elsewhere, and nothing in it is readable by other users of the machine.
public enum WorkspaceFiles {
    public static let folderMode: mode_t = 0o700
    public static let fileMode: mode_t = 0o600

    /// True for an ordinary file at `path` itself, not one a symbolic link points to.
    public static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Creates `path` and any missing parents with mode 0700.
    public static func createFolder(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: Int(folderMode)])
    }

    /// Removes the group and other permissions from the workspace folder, its `responses`
    /// folders and `zelfscan.yaml`, as `init` makes them today; the paths it changed. Symbolic
    /// links and paths it does not own are left as they are.
    public static func tighten(root: String, description: String) -> [String] {
        var changed: [String] = []
        var folders = [root, root + "/responses"]
        folders += ((try? FileManager.default.contentsOfDirectory(atPath: root + "/responses")) ?? []).map { root + "/responses/" + $0 }
        for folder in folders where restrict(folder, kind: S_IFDIR) { changed.append(folder) }
        if restrict(description, kind: S_IFREG) { changed.append(description) }
        return changed
    }

    /// Keeps the owner's permissions and drops everyone else's.
    private static func restrict(_ path: String, kind: mode_t) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == kind, status.st_uid == geteuid(),
              status.st_mode & 0o077 != 0 else { return false }
        return chmod(path, status.st_mode & 0o700) == 0
    }

    /// The one-line notice after `tighten` changed something.
    public static func tightenedNotice(_ root: String) -> Phrase {
        Phrase(en: "note: \(root) was readable by other users of this computer; it is now yours alone (folders 0700, files 0600)",
               nl: "let op: \(root) was leesbaar voor andere gebruikers van deze computer; ze is nu alleen voor u (mappen 0700, bestanden 0600)")
    }
}
