import Foundation
import Testing
@testable import ZelfscanCore

@Suite("Bundled copy in the binary")
struct BundledCopyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The copy in the binary must be the file in the repository; rerun scripts/embed-bundled if not.
    @Test(arguments: ["questionnaires/livc-r.yaml", "questionnaires/benchmarks/vvsg-2022.yaml"])
    func matchesTheRepositoryFile(path: String) throws {
        let onDisk = try Data(contentsOf: Self.root.appendingPathComponent(path))
        #expect(BundledQuestionnaire.bytes(path) == Array(onDisk), "run scripts/embed-bundled")
    }

    @Test func loadsWithoutDiagnostics() throws {
        let result = BundledQuestionnaire.load()
        #expect(result.diagnostics.isEmpty)
        let questionnaire = try #require(result.questionnaire)
        #expect(questionnaire.id == "livc-r")
        #expect(questionnaire.referenceFigures.map(\.id) == ["vvsg-2022"])
        #expect(BundledQuestionnaire.sha256.count == 64)
    }
}
