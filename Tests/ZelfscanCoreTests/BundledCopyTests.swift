import Foundation
import Testing
@testable import ZelfscanCore

@Suite("Bundled copy in the binary")
struct BundledCopyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every YAML file under questionnaires/, relative to it.
    static func filesOnDisk() throws -> [String] {
        let folder = root.appendingPathComponent("questionnaires")
        let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// The copy in the binary must be the files in the repository, no more and no fewer; rerun
    /// scripts/embed-bundled if not.
    @Test func holdsExactlyTheRepositoryFiles() throws {
        let onDisk = try Self.filesOnDisk()
        #expect(onDisk.contains("livc-r.yaml"))
        #expect(onDisk.contains("archive/livc-r-2026.1.yaml"))
        #expect(BundledFiles.files.keys.sorted() == onDisk, "run scripts/embed-bundled")
        for path in onDisk {
            let bytes = try Data(contentsOf: Self.root.appendingPathComponent("questionnaires/" + path))
            #expect(BundledQuestionnaire.bytes("questionnaires/" + path) == Array(bytes), "\(path): run scripts/embed-bundled")
        }
    }

    @Test func loadsWithoutDiagnostics() throws {
        let result = BundledQuestionnaire.load()
        #expect(result.diagnostics.isEmpty)
        let questionnaire = try #require(result.questionnaire)
        #expect(questionnaire.id == "livc-r")
        #expect(questionnaire.referenceFigures.map(\.id) == ["vvsg-2022"])
        #expect(BundledQuestionnaire.sha256.count == 64)
    }

    /// Responses given on 2026.1 are stamped with the hash of its file: the archived copy must
    /// load on its own and keep that version.
    @Test func archivedVersionLoadsWithItsOwnFigures() throws {
        #expect(BundledQuestionnaire.archivedFiles == ["questionnaires/archive/livc-r-2026.1.yaml"])
        let archived = try #require(BundledQuestionnaire.load(file: "questionnaires/archive/livc-r-2026.1.yaml"))
        #expect(archived.result.diagnostics.isEmpty, "\(archived.result.diagnostics.map(\.message))")
        let questionnaire = try #require(archived.result.questionnaire)
        #expect(questionnaire.id == "livc-r")
        #expect(questionnaire.version == "2026.1")
        #expect(questionnaire.referenceFigures.map(\.id) == ["vvsg-2022"])
        #expect(archived.sha256 == ContentHash.sha256(try #require(BundledQuestionnaire.bytes("archive/livc-r-2026.1.yaml"))))
        #expect(BundledQuestionnaire.load(file: "questionnaires/elsewhere.yaml") == nil)
    }
}
