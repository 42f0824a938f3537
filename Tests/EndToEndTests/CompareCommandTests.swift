import Foundation
import Testing

@Suite("compare")
struct CompareCommandTests {
    static func demo() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ScoreCommandTests.demo(folder, municipalities: "10").status == 0)
        return folder
    }

    @Test func tableShowsBandsInWordsMediansAndChange() throws {
        let folder = try Self.demo()
        let run = try ZelfscanBinary.run(["compare", "demo", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "SYNTHETIC DEMO DATA: invented cells, not real results.")
        #expect(run.stdout.contains("round 2026 (livc-r 2026.2); not a ranking"))
        #expect(run.stdout.contains("median Residential municipalities ("))
        #expect(run.stdout.contains("(since 2025)"))
        #expect(["Needs attention", "Developing", "Strength"].contains { run.stdout.contains($0) })
        let byProvince = try ZelfscanBinary.run(["compare", "demo", "--by", "province", "--year", "2025"], in: folder)
        #expect(byProvince.stdout.contains("ronde 2025"))
        #expect(byProvince.stdout.contains("mediaan "))
    }

    /// A 2025 round on 2026.1 and a 2026 round on 2026.2: every file is read with its own
    /// version, and the overall change says why there is none instead of an empty cell.
    @Test func acrossVersionsTheOverallChangeSaysWhyThereIsNone() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "12", "--years", "2",
                                           "--earlier-version", "2026.1", "--seed", "2026"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        let run = try ZelfscanBinary.run(["compare", "demo"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "every 2025 file is read on 2026.1: \(run.stderr.prefix(600))")
        #expect(run.stdout.contains("niet vergelijkbaar (2025: versie 2026.1)"), "\(run.stdout)")
        #expect(!run.stdout.contains("(sinds 2025)"))
        let html = try ZelfscanBinary.run(["compare", "demo", "--format", "html", "--out", "c.html", "--language", "en"], in: folder)
        #expect(html.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("c.html"), encoding: .utf8)
        #expect(page.contains("<td class=\"change\">not comparable (2025: version 2026.1)</td>"))
    }

    @Test func csvAndJSONForScripts() throws {
        let folder = try Self.demo()
        let csv = try ZelfscanBinary.run(["compare", "demo", "--format", "csv"], in: folder)
        #expect(csv.stdout.hasPrefix("row,municipality,grouping,group,year,respondents,measure,score,band,band_label,previous_year,change,synthetic,plan_year,actions,actions_done,comparable_statements\r\n"))
        #expect(csv.stdout.contains("group-median,"))
        let json = try ZelfscanBinary.run(["compare", "demo", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["synthetic"] as? Bool == true)
        #expect((object["municipalities"] as? [Any])?.count == 10)
    }

    @Test func htmlIsOneSelfContainedFileWithBandNamesInTheCells() throws {
        let folder = try Self.demo()
        let run = try ZelfscanBinary.run(["compare", "demo", "--format", "html", "--out", "compare.html", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("SYNTHETIC DEMO DATA"))
        let html = try String(contentsOf: folder.appendingPathComponent("compare.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<p class=\"synthetic\"><strong>SYNTHETIC DEMO DATA"))
        for forbidden in ["<script", "http://", "https://", "<link", "src=", "url("] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        #expect(html.range(of: #"<td class="score band-(attention|developing|strength)">[0-9.]+<span>(Needs attention|Developing|Strength)</span></td>"#,
                           options: .regularExpression) != nil)
    }

    @Test func usageErrors() throws {
        let folder = try Self.demo()
        #expect(try ZelfscanBinary.run(["compare", "demo", "--by", "colour"], in: folder).status == 64)
        #expect(try ZelfscanBinary.run(["compare", "nowhere"], in: folder).status == 64)
        let noRound = try ZelfscanBinary.run(["compare", "demo", "--year", "2019", "--language", "en"], in: folder)
        #expect(noRound.status == 65)
        #expect(noRound.stderr.contains("no workspace has a round in 2019"))
    }

    @Test func actionsMissingRoundsFoldersAndWidth() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ScoreCommandTests.demo(folder, municipalities: "4").status == 0)
        let cell = "demo/demogemeente-001"
        for (dimension, status) in [("trust", "done"), ("coordinator", "started")] {
            let added = try ZelfscanBinary.run(["plan", "add", "--dir", cell, "--year", "2025", "--dimension", dimension, "--action", "Afspraak over \(dimension)",
                                                "--owner", "OCMW", "--due", "2026-03"], in: folder)
            let id = try #require(added.stdout.split(separator: "\n").last.map(String.init))
            #expect(try ZelfscanBinary.run(["plan", "update", id, "--dir", cell, "--status", status], in: folder).status == 0)
        }
        #expect(try ZelfscanBinary.run(["init", "--dir", "late", "--municipality", "Laatkomer", "--year", "2026"], in: folder).status == 0)

        let table = try ZelfscanBinary.run(["compare", "demo", "late", "--language", "en"], in: folder)
        #expect(table.status == 0, "\(table.stderr)")
        #expect(table.stdout.contains("2025: 2 agreed, 1 done"))
        #expect(table.stdout.contains("Dimensions with an agreed action changed by"))
        #expect(table.stdout.contains("these figures do not say whether the actions caused it"))
        #expect(table.stdout.contains("No round in 2026: Laatkomer."))
        #expect(!table.stdout.contains("Afspraak over"))

        let narrow = try ZelfscanBinary.run(["compare", "demo"], in: folder, environment: ["COLUMNS": "80"])
        let lines = narrow.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.map(\.count).max() ?? 0)")
        #expect(narrow.stdout.contains("Demogemeente 001 (n = "))
        #expect(narrow.stdout.contains("Vertrouwen "))

        let json = try ZelfscanBinary.run(["compare", "demo", "late", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["without_round"] as? [String] == ["Laatkomer"])
        let first = try #require((object["municipalities"] as? [[String: Any]])?.first { $0["municipality"] as? String == "Demogemeente 001" })
        let actions = try #require(first["actions"] as? [String: Any])
        #expect(actions["agreed"] as? Int == 2 && actions["done"] as? Int == 1 && actions["plan_year"] as? Int == 2025)

        let html = try ZelfscanBinary.run(["compare", "demo", "--format", "html", "--out", "portfolio/2026/compare.html"], in: folder)
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("Map portfolio/2026 aangemaakt."))
        let page = try String(contentsOf: folder.appendingPathComponent("portfolio/2026/compare.html"), encoding: .utf8)
        #expect(page.contains("@page { size: A4 landscape;"))
        #expect(page.contains("<main>"))
    }

    @Test func trendOverTwoYearsShowsEachCell() throws {
        let folder = try Self.demo()
        let run = try ZelfscanBinary.run(["compare", "demo", "--trend", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Cells over the years, 2025–2026 (livc-r"))
        for index in 1...10 {
            let name = "Demogemeente " + (index < 10 ? "00\(index)" : "0\(index)")
            #expect(run.stdout.contains("\n\(name) — "), "\(name)")
        }
        #expect(run.stdout.range(of: #"\n  Overall +[0-9.]+ +[0-9.]+ \([+-][0-9.]+\)"#, options: .regularExpression) != nil)
        #expect(run.stdout.contains("What would benefit the work of your cell?"))
        let json = try ZelfscanBinary.run(["compare", "demo", "--trend", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["years"] as? [Int] == [2025, 2026])
        #expect((object["municipalities"] as? [Any])?.count == 10)
        #expect(try ZelfscanBinary.run(["compare", "demo", "--trend", "--format", "csv"], in: folder).status == 64)
    }
}
