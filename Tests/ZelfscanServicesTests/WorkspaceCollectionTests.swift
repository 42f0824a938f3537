import Foundation
import Testing
import ZelfscanCore
import ZelfscanServices

/// The folder walk that `score --peers`, `compare` and `export` share, on folders made here.
@Suite("Finding workspaces")
struct WorkspaceCollectionTests {
    static func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zelfscan-services-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func workspace(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try Data("municipality: X\n".utf8).write(to: URL(fileURLWithPath: path + "/" + WorkspaceCoding.fileName))
    }

    @Test func workspacesUpToTwoLevelsDownAreFoundInNameOrderEachOnce() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.workspace(folder + "/pool/b")
        try Self.workspace(folder + "/pool/a")
        try Self.workspace(folder + "/pool/deeper/c")
        try Self.workspace(folder + "/pool/deeper/still/d")
        try Self.workspace(folder + "/pool/.hidden")
        try FileManager.default.createSymbolicLink(atPath: folder + "/pool/link-to-a", withDestinationPath: folder + "/pool/a")
        let found = WorkspaceCollection.scan([folder + "/pool"])
        #expect(found.roots == [folder + "/pool/a", folder + "/pool/b", folder + "/pool/deeper/c"])
        #expect(found.unreadable.isEmpty)
    }

    @Test func aFolderThatIsAWorkspaceIsTheOnlyOne() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Self.workspace(folder + "/cell")
        try Self.workspace(folder + "/cell/inner")
        #expect(WorkspaceCollection.scan([folder + "/cell"]).roots == [folder + "/cell"])
    }

    @Test func aMissingPeerFolderIsAUsageErrorNamedByItsRole() throws {
        let failure = try #require(throws: CommandFailure.self) {
            try WorkspaceCollection.requireFolder("/no/such/folder", role: Phrase(en: "the peer folder", nl: "de vergelijkingsmap"))
        }
        #expect(failure.exitCode == ExitStatus.usage)
        #expect(failure.message.text(.nl) == "de vergelijkingsmap /no/such/folder bestaat niet")
        #expect(failure.message.text(.en) == "the peer folder /no/such/folder does not exist")
    }
}
