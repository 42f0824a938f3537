import Foundation
import Testing

/// Review findings 3, 4 and 8 on the README's demo cell (scripts/demo: one more member answers
/// scripts/demo-answers.txt): a question each member answers about themselves is no fact to
/// disagree on, the meeting guide merges small counts as the facts table does, and a fact its
/// role has not given shows no members' counts.
@Suite("personal questions, small counts and open facts")
struct PersonalQuestionsTests {
    static let cell = "demo/demogemeente-001"
    static let referenceCase = "Was u bij de bespreking van die casus betrokken?"

    /// The demo cell of 2026 with the fifth member of scripts/demo, and its report in both formats.
    static func demoCell() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "1", "--years", "2", "--first-year", "2025", "--seed", "2026"],
                                          in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        let answers = try String(contentsOf: ZelfscanBinary.repository.appendingPathComponent("scripts/demo-answers.txt"), encoding: .utf8)
        let status = try ZelfscanBinary.run(["status", "--dir", cell, "--json"], in: folder)
        let drafts = !status.stdout.filter { !$0.isWhitespace }.contains("\"drafts\":{\"count\":0,")
        let take = try ZelfscanBinary.run(["take", "--plain", "--dir", cell], stdin: (drafts ? "\n" : "") + answers, in: folder)
        #expect(take.status == 0, "\(take.stderr)")
        let report = try ZelfscanBinary.run(["report", "--dir", cell, "--format", "html,md", "--out", "out"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        return folder
    }

    static func read(_ folder: URL, _ file: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }

    @Test func whoWasInvolvedIsNoDisagreementAndNoGuideQuestion() throws {
        let folder = try Self.demoCell()
        for file in ["out/zelfscan-leidraad-2026.md", "out/zelfscan-leidraad-2026.html"] {
            let guide = try Self.read(folder, file)
            #expect(guide.contains("Leidraad voor de evaluatievergadering"))
            #expect(!guide.contains(Self.referenceCase), "\(file) puts the personal question to the meeting")
        }
        let markdown = try Self.read(folder, "out/zelfscan-rapport-2026.md")
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| ") && $0.contains(Self.referenceCase) })
        #expect(row.contains("Neen, ik was niet betrokken 4, andere antwoorden samen (elk minder dan 3) 1"), "\(row)")
        #expect(!row.contains("de antwoorden verschillen"), "each member answers about themselves: \(row)")
    }

    @Test func theGuideShowsNoCountBelowThree() throws {
        let folder = try Self.demoCell()
        let guide = try Self.read(folder, "out/zelfscan-leidraad-2026.md")
        let lists = guide.split(separator: "\n").compactMap { line in line.range(of: "antwoorden: ").map { String(line[$0.upperBound...]) } }
        #expect(!lists.isEmpty, "\(guide)")
        for list in lists {
            for match in list.matches(of: /(?<merged>\(elk minder dan 3\))? (?<count>\d+)(?=, |\.$|$)/) {
                #expect(Int(match.count)! >= 3 || match.merged != nil, "a count below 3 in the guide: \(list)")
            }
        }
    }

    @Test func aFactItsRoleLeftOpenShowsNoCounts() throws {
        let folder = try Self.demoCell()
        let said = "De coördinerend ambtenaar beantwoordde deze vraag met “Weet ik niet”."
        let markdown = try Self.read(folder, "out/zelfscan-rapport-2026.md")
        let html = try Self.read(folder, "out/zelfscan-rapport-2026.html")
        #expect(markdown.contains(said) && html.contains(said))
        #expect(!markdown.contains("0 / 0") && !html.contains("0 / 0"), "an empty table under an open fact")
        // The coordinator's answered facts keep their table.
        #expect(markdown.contains("| Ja | 0 / 1 | 38% |"))

        let score = try ZelfscanBinary.run(["score", "--dir", Self.cell], in: folder)
        #expect(score.status == 0, "\(score.stderr)")
        #expect(!score.stdout.contains("0/0"), "\(score.stdout)")
        #expect(score.stdout.contains("\n    \(said)\n"), "\(score.stdout)")
        #expect(score.stdout.contains("    Ja: uw leden 0/1, 38%"))
        let english = try ZelfscanBinary.run(["score", "--dir", Self.cell, "--language", "en"], in: folder)
        #expect(english.stdout.contains("    The coordinator (coordinating official) answered this question with “Don't know”.\n"), "\(english.stdout)")
    }
}
