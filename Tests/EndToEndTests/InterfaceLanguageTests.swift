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

    /// Numbers in Dutch output take a decimal comma. Versions ("versie 1", "livc-r 2026.1"),
    /// a source's section ("sectie 2.5"), dates, times, addresses and file names keep their dots
    /// and are taken out before the scan; what is left with a digit-dot-digit is a number written
    /// the English way.
    static func englishNumbers(in text: String) -> [String] {
        let exempt: [Regex<Substring>] = [
            /https?:\/\/\S+/, /\S*\/\S*/, /\S+\.(?:yaml|yml|html|md|json|csv|sqlite|txt|key)\b/,
            /(?:versie|version|sectie|section)\s+v?\d+(?:\.\d+)*/, /\b\d+(?:\.\d+){2,}\b/, /\b\d{4}\.\d+\b/,
            /\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?/, /\b\d{1,2}:\d{2}(?::\d{2})?/,
        ]
        return text.split(separator: "\n").compactMap { line in
            var rest = String(line)
            for pattern in exempt { rest = rest.replacing(pattern, with: " ") }
            return rest.contains(/\d\.\d/) ? String(line) : nil
        }
    }

    @Test func dutchOutputWritesNumbersWithADecimalComma() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "12", "--years", "2", "--first-year", "2025", "--seed", "7"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        let questionnaire = ZelfscanBinary.repository.appendingPathComponent("questionnaires/livc-r.yaml").path
        let large = folder.appendingPathComponent("large.yaml")
        try Data(repeating: UInt8(ascii: "#"), count: 6 * 1024 * 1024 + 200 * 1024).write(to: large)
        var outputs: [(String, String)] = []
        for arguments in [["show", questionnaire], ["validate", questionnaire], ["validate", large.path],
                          ["score", "--dir", "demo/demogemeente-003", "--peers", "demo"],
                          ["report", "--dir", "demo/demogemeente-003", "--peers", "demo", "--format", "md", "--out", "out"]] {
            let run = try ZelfscanBinary.run(arguments, in: folder)
            outputs.append((arguments.joined(separator: " "), run.stdout + run.stderr))
        }
        let report = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
        #expect(report.contains("zelfscan-rapport-2026.md"), "\(report)")
        for name in report {
            outputs.append((name, try String(contentsOf: folder.appendingPathComponent("out/\(name)"), encoding: .utf8)))
        }
        #expect(outputs.contains { $0.1.contains("MiB") }, "the large file is refused with its size")
        #expect(outputs.contains { $0.1.contains(/\d,\d/) }, "some numbers have decimals")
        for (what, text) in outputs {
            let found = Self.englishNumbers(in: text)
            #expect(found.isEmpty, "\(what): \(found.joined(separator: "\n"))")
        }
    }

    /// A usage error is in the interface language alone, never English and Dutch glued together.
    @Test(arguments: [(["report", "--format", "pdf"], "onbekend rapportformaat 'pdf'", "unknown report format 'pdf'"),
                      (["show", "--language", "fr", "questionnaires/livc-r.yaml"], "onbekende taal 'fr'", "unknown language 'fr'"),
                      (["demo", "--members", "3"], "--members moet 4 tot 15 zijn", "--members must be 4 to 15")])
    func usageErrorsSpeakOneLanguage(arguments: [String], dutch: String, english: String) throws {
        let nl = try ZelfscanBinary.run(arguments)
        #expect(nl.status == 64)
        #expect(nl.stderr.hasPrefix("fout: ") && nl.stderr.contains(dutch) && !nl.stderr.contains(english), "\(nl.stderr)")
        let en = try ZelfscanBinary.run(arguments, environment: ["LANG": "en_GB.UTF-8"])
        #expect(en.status == 64)
        #expect(en.stderr.hasPrefix("Error: ") && en.stderr.contains(english) && !en.stderr.contains(dutch), "\(en.stderr)")
        #expect(!(nl.stderr + en.stderr).contains(UnicodeScalar(0x1F).description))
    }
}
