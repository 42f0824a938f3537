import Foundation
import Testing
import ZelfscanCore
import ZelfscanServices

/// What the commands call, on workspaces made here: opening a workspace and its failures, the
/// drafts of a take session under their lock, the export key file and the peer folder.
@Suite("Workspace services")
struct WorkspaceServicesTests {
    /// A folder of its own under the temporary folder, removed by the test's `defer`.
    static func scratch() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zelfscan-services-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static let year = Calendar.utc.component(.year, from: Date())

    /// A workspace of `language` at `root` with the bundled questionnaire, opened.
    static func workspace(_ root: String, language: Language = .nl) throws -> WorkspaceFolder {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let workspace = Workspace(municipality: "Testgemeente", year: year, language: language)
        try Data(try WorkspaceCoding.encode(workspace).utf8).write(to: URL(fileURLWithPath: root + "/" + WorkspaceCoding.fileName))
        return try WorkspaceFolder.open(dir: root, now: Date())
    }

    @Test func aFolderWithoutAWorkspaceIsAUsageErrorThatSaysHowToMakeOne() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let failure = try #require(throws: CommandFailure.self) { try WorkspaceFolder.open(dir: folder, now: Date()) }
        #expect(failure.exitCode == ExitStatus.usage)
        #expect(failure.message.text(.nl).contains("is geen zelfscan-werkruimte"))
        #expect(failure.hint?.text(.en).contains("zelfscan init --dir \(folder)") == true)
    }

    @Test func aBrokenWorkspaceFileIsInvalidDataWithItsProblemsLocated() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("municipality: Gent\nyear: 1999\nlanguage: fr\n".utf8).write(to: URL(fileURLWithPath: folder + "/" + WorkspaceCoding.fileName))
        let failure = try #require(throws: CommandFailure.self) { try WorkspaceFolder.open(dir: folder, now: Date()) }
        #expect(failure.exitCode == ExitStatus.invalidData)
        #expect(Set(failure.diagnostics.map(\.line)).isSuperset(of: [2, 3]), "the year and the language, where they are written: \(failure.diagnostics.map(\.message))")
    }

    @Test func theWorkspacesLanguageIsReadAsALanguage() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try Self.workspace(folder + "/en", language: .en).workspace.language == .en)
        #expect(try Self.workspace(folder + "/nl").workspace.language == .nl)
    }

    /// A new draft is locked while its session runs, saved privately, and can be resumed
    /// by its code once the session let go; a second session is turned away meanwhile.
    @Test func aDraftIsLockedSavedAndResumed() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workspace = try Self.workspace(folder + "/ws")
        let access = DraftAccess(folder: workspace, year: Self.year, language: .en)
        let (code, lock) = try access.newCode()
        #expect(RespondentCode.isValid(code))
        let response = access.newResponse(code: code, role: "police", now: Date())
        try workspace.save(response)
        let path = workspace.responsePath(year: Self.year, code: code)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode & 0o077 == 0, "answers are readable by their owner only: \(String(mode, radix: 8))")

        let busy = try #require(throws: CommandFailure.self) { try access.resume(code) }
        #expect(busy.exitCode == ExitStatus.tryAgainLater)
        lock.release()

        let (resumed, second) = try access.resume(code.lowercased())
        defer { second.release() }
        #expect(resumed.respondent == code && resumed.role == "police" && resumed.language == .en)
        #expect(access.submittedCount() == 0)
    }

    @Test func theRoundsSubmittedResponsesAreCounted() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let workspace = try Self.workspace(folder + "/ws")
        let access = DraftAccess(folder: workspace, year: Self.year, language: .nl)
        for submitted in [true, true, false] {
            let (code, lock) = try access.newCode()
            defer { lock.release() }
            var response = access.newResponse(code: code, role: "mayor", now: Date())
            if submitted {
                response.status = .submitted
                response.submitted = Date()
            }
            try workspace.save(response)
        }
        #expect(access.submittedCount() == 2)
    }

    @Test func aMalformedCodeIsRefusedBeforeAnyFileIsTouched() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let access = DraftAccess(folder: try Self.workspace(folder + "/ws"), year: Self.year, language: .nl)
        let failure = try #require(throws: CommandFailure.self) { try access.resume("R-??") }
        #expect(failure.exitCode == ExitStatus.usage)
        #expect(!FileManager.default.fileExists(atPath: folder + "/ws/" + CodeAttempts.fileName))
    }

    @Test func aKeyFileMustBeAStrongKeyInAnOrdinaryFile() throws {
        let folder = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = try #require(throws: CommandFailure.self) { try KeyFile.read(folder + "/none.key", language: .nl) }
        #expect(missing.exitCode == ExitStatus.cannotRead)

        let weak = folder + "/weak.key"
        try Data((String(repeating: "0", count: 64) + "\n").utf8).write(to: URL(fileURLWithPath: weak))
        let predictable = try #require(throws: CommandFailure.self) { try KeyFile.read(weak, language: .nl) }
        #expect(predictable.exitCode == ExitStatus.invalidData)
        #expect(predictable.message.text(.en).contains("too predictable") && !predictable.message.text(.en).contains(String(repeating: "0", count: 64)))

        let strong = folder + "/strong.key"
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<64).map { _ in String(Int.random(in: 0..<16, using: &generator), radix: 16) }.joined()
        try Data((digits + "\n").utf8).write(to: URL(fileURLWithPath: strong))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: strong)
        #expect(throws: Never.self) { try KeyFile.read(strong, language: .nl) }

        try FileManager.default.createSymbolicLink(atPath: folder + "/link.key", withDestinationPath: strong)
        let link = try #require(throws: CommandFailure.self) { try KeyFile.read(folder + "/link.key", language: .nl) }
        #expect(link.exitCode == ExitStatus.invalidData)
        #expect(link.message.text(.nl).contains("symbolische koppeling"))
    }

    @Test func aMissingPeerFolderIsAUsageError() async throws {
        let questionnaire = try #require(BundledQuestionnaire.load().questionnaire)
        do {
            _ = try await PeerPool.load("/no/such/pool", questionnaire: questionnaire, year: Self.year, language: .nl)
            Issue.record("a missing peer folder was accepted")
        } catch {
            #expect(error.exitCode == ExitStatus.usage)
        }
    }
}
