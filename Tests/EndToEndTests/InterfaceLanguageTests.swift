import Foundation
import Testing

/// A workspace set up in English answers in English, failures included: the language is
/// resolved once the workspace is open, and a failure after that uses it.
@Suite("interface language")
struct InterfaceLanguageTests {
    static func englishWorkspace() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        let made = try ZelfscanBinary.run(["init", "--dir", "gent", "--municipality", "Gent", "--year", "2026", "--language", "en"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        return folder
    }

    @Test(arguments: [["report", "--dir", "gent"], ["score", "--dir", "gent"], ["take", "--dir", "gent", "--resume", "R-ABCDEF"]])
    func failuresInAnEnglishWorkspaceAreEnglish(arguments: [String]) throws {
        let folder = try Self.englishWorkspace()
        let run = try ZelfscanBinary.run(arguments, in: folder)
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("error: "), "\(run.stderr)")
        #expect(!run.stderr.contains("fout:"), "\(run.stderr)")
    }

    @Test func theOptionStillComesFirst() throws {
        let folder = try Self.englishWorkspace()
        let run = try ZelfscanBinary.run(["report", "--dir", "gent", "--language", "nl"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("fout: "), "\(run.stderr)")
    }
}
