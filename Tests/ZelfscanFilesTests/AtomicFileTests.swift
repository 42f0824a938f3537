import Foundation
import Testing
import ZelfscanFiles

@Suite("Atomic writes")
struct AtomicFileTests {
    static func contents(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func aSetReplacesEveryFileAndLeavesNoTemporaryFile() throws {
        try withScratchFolder { folder in
            try AtomicFile.write("old html", to: folder + "/report.html")
            try AtomicFile.write([.init(path: folder + "/report.html", text: "new html"), .init(path: folder + "/report.md", text: "new md")])
            #expect(Self.contents(folder + "/report.html") == "new html")
            #expect(Self.contents(folder + "/report.md") == "new md")
            #expect(Self.entries(folder) == ["report.html", "report.md"])
            let mode = try FileManager.default.attributesOfItem(atPath: folder + "/report.md")[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    /// The second rename is refused (a folder stands where the file goes) after the first file
    /// was already replaced: the first must get its earlier content back.
    @Test func aRenameRefusedHalfwayLeavesEveryEarlierVersion() throws {
        try withScratchFolder { folder in
            try AtomicFile.write("old html", to: folder + "/report.html")
            try FileManager.default.createDirectory(atPath: folder + "/report.md/inside", withIntermediateDirectories: true)
            #expect(throws: AtomicFile.WriteError.self) {
                try AtomicFile.write([.init(path: folder + "/report.html", text: "new html"), .init(path: folder + "/report.md", text: "new md")])
            }
            #expect(Self.contents(folder + "/report.html") == "old html")
            #expect(Self.entries(folder) == ["report.html", "report.md"])
        }
    }

    @Test func aRefusedSetCreatesNoFileThatWasNotThere() throws {
        try withScratchFolder { folder in
            try FileManager.default.createDirectory(atPath: folder + "/b/inside", withIntermediateDirectories: true)
            #expect(throws: AtomicFile.WriteError.self) {
                try AtomicFile.write([.init(path: folder + "/a", text: "a"), .init(path: folder + "/b", text: "b")])
            }
            #expect(Self.entries(folder) == ["b"])
        }
    }

    @Test func createRefusesToReplace() throws {
        try withScratchFolder { folder in
            try AtomicFile.create("first", at: folder + "/open.key")
            #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.create("second", at: folder + "/open.key") }
            #expect(Self.contents(folder + "/open.key") == "first")
            #expect(Self.entries(folder) == ["open.key"])
        }
    }
}
