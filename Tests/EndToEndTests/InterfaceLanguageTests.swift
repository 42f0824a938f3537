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

    /// `status` reads a round it cannot fully trust; the problems it reports are the workspace's.
    @Test func statusProblemsInAnEnglishWorkspaceAreEnglish() throws {
        let folder = try Self.englishWorkspace()
        let broken = folder.appendingPathComponent("gent/responses/2026/R-BROKEN.yaml")
        try Data("format: [1\n".utf8).write(to: broken)
        let run = try ZelfscanBinary.run(["status", "--dir", "gent"], in: folder)
        #expect(run.stderr.contains("R-BROKEN.yaml:"), "\(run.stderr)")
        #expect(run.stderr.contains(": error: "), "\(run.stderr)")
        #expect(!run.stderr.contains("fout"), "\(run.stderr)")
    }

    /// The cell chose its language; a coordinator's English locale does not override it.
    @Test func theWorkspaceComesBeforeTheLocale() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let made = try ZelfscanBinary.run(["init", "--dir", "gent", "--municipality", "Gent", "--year", "2026", "--language", "nl"], in: folder)
        #expect(made.status == 0, "\(made.stderr)")
        let run = try ZelfscanBinary.run(["score", "--dir", "gent"], in: folder, environment: ["LANG": "en_GB.UTF-8"])
        #expect(run.status != 0)
        #expect(run.stderr.hasPrefix("fout: "), "\(run.stderr)")
    }

    @Test func theOptionStillComesFirst() throws {
        let folder = try Self.englishWorkspace()
        let run = try ZelfscanBinary.run(["report", "--dir", "gent", "--language", "nl"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("fout: "), "\(run.stderr)")
    }
}
