import Foundation
import Testing

/// A fact answered once by one role (`answered_by`) shows that role what shows it (`evidence`)
/// under the question; the other members, asked it as a knowledge check, answer from what they
/// know and do not see it.
@Suite("take shows a fact's evidence")
struct TakeEvidenceTests {
    static func workspace() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["init", "--dir", "cel", "--municipality", "Testgemeente"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return folder.appendingPathComponent("cel")
    }

    /// The block of one question: from its text to its prompt.
    static func question(_ text: String, in output: String) -> String {
        guard let start = output.range(of: text) else { return "" }
        let rest = output[start.lowerBound...]
        return String(rest[..<(rest.range(of: "\nAntwoord (")?.lowerBound ?? rest.endIndex)])
    }

    @Test func theCoordinatorSeesWhatShowsTheFact() throws {
        // Intro, role 1 (coordinator), the level (municipal), tables (one), then quit at the agreement.
        let run = try ZelfscanBinary.run(["take", "--plain"], stdin: "\n1\n1\n1\nq\n", in: try Self.workspace())
        #expect(run.status == 0, "\(run.stderr)")
        let level = Self.question("Op welk niveau is uw cel georganiseerd?", in: run.stdout)
        #expect(level.contains("?\nWaaruit het blijkt: Het besluit waarmee de burgemeester of de politiezone de cel oprichtte.\n  1  Gemeentelijk niveau"),
                "the evidence right under the question:\n\(level)")
        #expect(run.stdout.contains("Welke afspraken over de werking van uw cel bestaan er?\nWaaruit het blijkt: Het ondertekende of door het college goedgekeurde afsprakenkader, met zijn datum.\n"))
        // A question that is no fact has none.
        #expect(!Self.question("Uit hoeveel overlegtafels", in: run.stdout).contains("Waaruit het blijkt"))
    }

    @Test func inEnglish() throws {
        let run = try ZelfscanBinary.run(["take", "--plain", "--language", "en"], stdin: "\n1\nq\n", in: try Self.workspace())
        #expect(run.stdout.contains("At which level is your cell organised?\nWhat shows it: The decision by which the mayor or the police zone set up the cell.\n"))
    }

    /// The police are asked the agreement only as a knowledge check: no evidence to look up.
    @Test func othersAskedAsAKnowledgeCheckSeeNone() throws {
        let run = try ZelfscanBinary.run(["take", "--plain"], stdin: "\n3\nq\n", in: try Self.workspace())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Welke afspraken over de werking van uw cel bestaan er?\n  1  Een formeel"))
        #expect(!run.stdout.contains("Waaruit het blijkt"))
    }
}
