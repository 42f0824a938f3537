import Foundation
import Testing
import YAML
import ZelfscanCore
import ZelfscanFiles

@Suite("Reading local files")
struct LocalFilesTests {
    /// The error of reading `path`; the typed throw means no other kind can come out.
    static func failure(_ path: String, maxBytes: Int = ParserLimits.default.maxBytes, followLinks: Bool = true) -> LocalReadError? {
        do throws(LocalReadError) {
            _ = try LocalFiles.read(path, maxBytes: maxBytes, followLinks: followLinks)
            return nil
        } catch {
            return error
        }
    }

    @Test func aFileIsReadWhole() throws {
        try withScratchFolder { folder in
            try Data("id: x\n".utf8).write(to: URL(fileURLWithPath: folder + "/a.yaml"))
            #expect(try LocalFiles.read(folder + "/a.yaml") == Array("id: x\n".utf8))
        }
    }

    @Test func aMissingFileAFolderAndALinkAreUnreadableWithTheirReason() throws {
        try withScratchFolder { folder in
            #expect(Self.failure(folder + "/none.yaml") == .unreadable(FileReadError(path: folder + "/none.yaml", reason: .notFound)))
            #expect(Self.failure(folder) == .unreadable(FileReadError(path: folder, reason: .isDirectory)))
            try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/target"))
            try FileManager.default.createSymbolicLink(atPath: folder + "/link", withDestinationPath: folder + "/target")
            #expect(Self.failure(folder + "/link", followLinks: false) == .unreadable(FileReadError(path: folder + "/link", reason: .symbolicLink)))
        }
    }

    @Test func aFileOverTheLimitIsTheParsersLocatedSizeError() throws {
        try withScratchFolder { folder in
            try Data(repeating: 0x61, count: 2_000).write(to: URL(fileURLWithPath: folder + "/big.yaml"))
            let error = try #require(Self.failure(folder + "/big.yaml", maxBytes: 1_000))
            #expect(error == .tooLarge(YAMLError.tooLarge(byteCount: 2_000, limit: 1_000)))
            #expect(error.underlying is YAMLError, "the core's loaders locate it like a parser error")
        }
    }
}
