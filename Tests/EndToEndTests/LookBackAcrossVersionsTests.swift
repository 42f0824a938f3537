import Foundation
import Testing
import ZelfscanCore

/// Round one on the archived earlier version, a plan recorded after it through the commands,
/// round two on the bundled version: the look back shows the change of a statement that
/// continues unchanged, says why a new or reworded one is not comparable, and gives the
/// dimension's change by the trend's rule, in both languages, in HTML and Markdown.
@Suite("Look back across questionnaire versions")
struct LookBackAcrossVersionsTests {
    static func cell() throws -> (folder: URL, cell: URL, version: String) {
        let version = try #require(TrendAcrossVersionsTests.earlier)
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "1", "--years", "2", "--first-year", "2025",
                                           "--members", "8", "--earlier-version", version, "--seed", "3"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        let cell = folder.appendingPathComponent("demo/demogemeente-001")
        let add = try ZelfscanBinary.run(["plan", "add", "--dir", cell.path, "--year", "2025", "--dimension", "shared-vision",
                                          "--items", "shared-vision.scope,shared-vision.objectives-known",
                                          "--action", "Schrijf op één pagina de doelstellingen en de afbakening van de cel uit",
                                          "--owner", "LIVC-coördinator", "--due", "2026-03"], in: folder)
        #expect(add.status == 0, "\(add.stderr)")
        let update = try ZelfscanBinary.run(["plan", "update", "--dir", cell.path, "A1", "--status", "started"], in: folder)
        #expect(update.status == 0, "\(update.stderr)")
        return (folder, cell, version)
    }

    @Test(.enabled(if: TrendAcrossVersionsTests.earlier != nil, "the bundled questionnaire continues no archived version"))
    func continuingStatementsShowTheirChangeAndNewOnesSayWhyNot() throws {
        let (folder, cell, version) = try Self.cell()
        let later = try #require(BundledQuestionnaire.load().questionnaire?.version)
        let cases: [(language: String, base: String, scope: String, new: String, partial: String, status: String, since: String)] = [
            ("nl", "zelfscan-rapport-2026", "Het is duidelijk welke casussen op de cel thuishoren en welke niet.",
             "niet vergelijkbaar: nieuw of herschreven in versie \(later) (vorige ronde: versie \(version))",
             "stellingen die beide versies stellen)", "gestart", "Sinds 2025"),
            ("en", "zelfscan-report-2026", "It is clear which cases belong in the cell and which do not.",
             "not comparable: new or reworded in version \(later) (earlier round: version \(version))",
             "statements both versions ask)", "started", "Since 2025"),
        ]
        for expected in cases {
            let run = try ZelfscanBinary.run(["report", "--dir", cell.path, "--language", expected.language, "--out", "out"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            for format in ["md", "html"] {
                let text = try String(contentsOf: folder.appendingPathComponent("out/\(expected.base).\(format)"), encoding: .utf8)
                let decimal = expected.language == "nl" ? "," : "."
                // "“statement”: 80,0 → 75,0 (-5,0)": before, after and change, never "no comparison".
                let change = try Regex("\(NSRegularExpression.escapedPattern(for: expected.scope))”: \\d+\\\(decimal)\\d → \\d+\\\(decimal)\\d \\([+-]\\d+\\\(decimal)\\d\\)")
                #expect(text.contains(change), "\(expected.language) \(format): the continuing statement's change")
                #expect(text.contains(expected.new), "\(expected.language) \(format): why the new statement is not comparable")
                #expect(text.contains(expected.partial), "\(expected.language) \(format): the dimension's change on the comparable statements")
                #expect(text.contains(expected.status))
                #expect(text.contains(expected.since))
                #expect(!text.contains("geen vergelijking") && !text.contains("no comparison"), "\(expected.language) \(format)")
            }
        }
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/zelfscan-rapport-2026.md"), encoding: .utf8)
        // In the statement table a continuing statement has a signed change, a new one says so.
        let scopeRow = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Het is duidelijk welke casussen op de cel thuishoren") })
        #expect(scopeRow.contains(/\| [+-]\d+,\d \|/))
        let newRow = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Ik ken de doelstellingen van de cel.") })
        #expect(newRow.contains("| niet vergelijkbaar |"))
        #expect(markdown.contains("2025 werd beantwoord op versie \(version) van de vragenlijst, deze ronde op \(later)"))

        // The note for the council gives the same changes: on the comparable statements (*), or none.
        for (language, file, partial, broken) in [("nl", "zelfscan-notitie-2026.md", "Gemeten op de stellingen die beide versies van de vragenlijst stellen.", "| Casusstroom | "),
                                                  ("en", "zelfscan-note-2026.md", "Measured on the statements both versions of the questionnaire ask.", "| Case flow | ")] {
            let run = try ZelfscanBinary.run(["report", "--dir", cell.path, "--note", "--format", "md", "--language", language, "--out", "note"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            let note = try String(contentsOf: folder.appendingPathComponent("note/\(file)"), encoding: .utf8)
            #expect(note.contains(partial) && note.contains(/\| [+-]\d+[.,]\d\\\* \|/), "\(note)")
            let row = try #require(note.split(separator: "\n").first { $0.hasPrefix(broken) })
            #expect(row.contains(language == "nl" ? "niet vergelijkbaar" : "not comparable"), "\(row)")
        }
    }
}
