import Foundation
import Testing

@Suite("report --note")
struct NoteCommandTests {
    /// Demogemeente 009 of the suite's demo pool, with last year's plan (one action, done) and
    /// this year's plan of `actions` actions, recorded through the commands.
    static func cellWithPlans(actions: Int) throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        try ReportCommandTests.demo(folder)
        let cell = folder.appendingPathComponent("demo/demogemeente-009")
        let earlier = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "trust", "--action",
                                              "Herhaal het gedeeld beroepsgeheim bij de start van elk casusoverleg",
                                              "--owner", "Coördinator", "--due", "2025-12"], in: cell)
        #expect(earlier.status == 0, "\(earlier.stderr)")
        let update = try ZelfscanBinary.run(["plan", "update", "A1", "--year", "2025", "--status", "done"], in: cell)
        #expect(update.status == 0, "\(update.stderr)")
        let dimensions = ["trust", "information-sharing", "coordinator", "shared-vision"]
        for number in 0..<actions {
            let run = try ZelfscanBinary.run(["plan", "add", "--year", "2026", "--dimension", dimensions[number % 4], "--action",
                                              "Actie \(number + 1): bespreek op de volgende vergadering wat elke partner nodig heeft om informatie te durven delen, en noteer de afspraken in het verslag",
                                              "--owner", "Lokale politie", "--due", "2027-0\(number % 9 + 1)"], in: cell)
            #expect(run.status == 0, "\(run.stderr)")
        }
        return cell
    }

    @Test func theNoteHoldsScoresChangeAndBothPlans() throws {
        let cell = try Self.cellWithPlans(actions: 2)
        let run = try ZelfscanBinary.run(["report", "--note", "--peers", "..", "--out", "note"], in: cell)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("note/zelfscan-notitie-2026.html"))
        #expect(run.stdout.contains("note/zelfscan-notitie-2026.md"))
        let markdown = try String(contentsOf: cell.appendingPathComponent("note/zelfscan-notitie-2026.md"), encoding: .utf8)
        #expect(markdown.contains("| Dimensie | Score | Niveau | Verschil met 2025 | Mediaan andere cellen |"))
        #expect(markdown.contains("Actie 2: bespreek op de volgende vergadering"))
        #expect(markdown.contains("| Herhaal het gedeeld beroepsgeheim bij de start van elk casusoverleg | Vertrouwen | Coördinator | 2025-12 | uitgevoerd |"))
        #expect(!FileManager.default.fileExists(atPath: cell.appendingPathComponent("note/zelfscan-rapport-2026.html").path))
        let english = try ZelfscanBinary.run(["report", "--note", "--format", "md", "--language", "en", "--out", "note"], in: cell)
        #expect(english.status == 0, "\(english.stderr)")
        let text = try String(contentsOf: cell.appendingPathComponent("note/zelfscan-note-2026.md"), encoding: .utf8)
        #expect(text.contains("## Actions agreed after the 2026 round"))
        #expect(!text.contains("Median of other cells"))
    }

    /// One printed A4 page, with and without peers, with the longest plan a meeting should agree
    /// (eight actions, long texts) and last year's action beside it.
    @Test(.enabled(if: HeadlessChromium.isAvailable, "not run: needs chromium to print (apt-get install -y chromium)"),
          arguments: [true, false])
    func theNotePrintsOnOneA4Page(peers: Bool) throws {
        let cell = try Self.cellWithPlans(actions: 8)
        let run = try ZelfscanBinary.run(["report", "--note", "--format", "html", "--out", "note"] + (peers ? ["--peers", ".."] : []), in: cell)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try HeadlessChromium.printToPDF(cell.appendingPathComponent("note/zelfscan-notitie-2026.html"))
        #expect(HeadlessChromium.pageCount(pdf) == 1)
    }
}
