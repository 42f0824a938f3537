import Foundation
import Testing

/// The improvement loop through the commands: a plan recorded after round one, its actions marked
/// in round two, and round two's report looking back at them.
@Suite("improvement loop")
struct ImprovementLoopTests {
    static let safeToShare = (nl: "Ik heb er vertrouwen in dat informatie die ik op het casusoverleg deel, alleen gebruikt wordt zoals in de cel afgesproken.",
                              en: "I am confident that information I share at the case conference is only used as agreed in the cell.")

    @Test func roundTwosReportShowsEachActionWithItsStatusAndTheChangeOfItsStatements() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ScoreCommandTests.demo(folder, municipalities: "1").status == 0)
        let cell = folder.appendingPathComponent("demo/demogemeente-001")
        let first = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "trust", "--items", "trust.agreed-use-of-information,trust.betrayal-feeling",
                                            "--action", "Bespreek wat elke partner nodig heeft om te delen", "--owner", "LIVC-coördinator",
                                            "--due", "2026-03"], in: cell)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "coordinator", "--action", "Tijd voor de coördinator",
                                             "--owner", "Burgemeester", "--due", "2026-06"], in: cell)
        #expect(second.status == 0, "\(second.stderr)")
        // Round two: the workspace's year is 2026.
        #expect(try ZelfscanBinary.run(["plan", "update", "A1", "--status", "done", "--note", "Afspraken in het verslag"], in: cell).status == 0)
        #expect(try ZelfscanBinary.run(["plan", "update", "A2", "--status", "started"], in: cell).status == 0)

        for (language, done, started, heading, safe) in [("nl", "uitgevoerd", "gestart", "Wat we na 2025 afspraken", Self.safeToShare.nl),
                                                         ("en", "done", "started", "What we agreed after 2025", Self.safeToShare.en)] {
            let run = try ZelfscanBinary.run(["report", "--language", language, "--out", "out-\(language)"], in: cell)
            #expect(run.status == 0, "\(run.stderr)")
            let out = cell.appendingPathComponent("out-\(language)")
            let names = language == "nl" ? ["zelfscan-rapport-2026", "zelfscan-leidraad-2026"] : ["zelfscan-report-2026", "zelfscan-meeting-guide-2026"]
            for name in names {
                let markdown = try String(contentsOf: out.appendingPathComponent(name + ".md"), encoding: .utf8)
                let html = try String(contentsOf: out.appendingPathComponent(name + ".html"), encoding: .utf8)
                for text in [markdown, html] {
                    #expect(text.contains(heading), "\(name)")
                    #expect(text.contains("A1. Bespreek wat elke partner nodig heeft om te delen"))
                    #expect(text.contains("A2. Tijd voor de co"))
                    #expect(text.range(of: "\(done) \\(\\d{4}-\\d{2}-\\d{2}: Afspraken in het verslag\\)", options: .regularExpression) != nil,
                            "\(name): A1's status with its note")
                    #expect(text.contains(started))
                    // The statement's change beside the action: “text”: before → after (change).
                    #expect(text.range(of: "“\(NSRegularExpression.escapedPattern(for: safe))”: \\d+[,.]\\d → \\d+[,.]\\d \\([+-]?\\d+[,.]\\d\\)",
                                       options: .regularExpression) != nil, "\(name): the change of \(safe)")
                    #expect(!text.contains(" door de acties") && !text.contains("because of the actions"))
                }
            }
            let report = try String(contentsOf: out.appendingPathComponent(names[0] + ".md"), encoding: .utf8)
            // The change of every statement since the last comparable round, in its dimension's table.
            #expect(report.contains(language == "nl" ? "| Gem. | Sinds 2025 | Eensgezindheid |" : "| Mean | Since 2025 | Agreement |"))
            #expect(report.range(of: "\\| [+-]?\\d+[,.]\\d \\| (–|\\d[,.]\\d\\d)", options: .regularExpression) != nil)
        }
    }
}
