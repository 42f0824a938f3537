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
        #expect(run.stdout.contains("round 2026 (livc-r 2026.1); not a ranking"))
        #expect(run.stdout.contains("median Residential municipalities ("))
        #expect(run.stdout.contains("(since 2025)"))
        #expect(["Needs attention", "Developing", "Strength"].contains { run.stdout.contains($0) })
        let byProvince = try ZelfscanBinary.run(["compare", "demo", "--by", "province", "--year", "2025"], in: folder)
        #expect(byProvince.stdout.contains("ronde 2025"))
        #expect(byProvince.stdout.contains("mediaan "))
    }

    @Test func csvAndJSONForScripts() throws {
        let folder = try Self.demo()
        let csv = try ZelfscanBinary.run(["compare", "demo", "--format", "csv"], in: folder)
        #expect(csv.stdout.hasPrefix("row,municipality,grouping,group,year,respondents,measure,score,band,band_label,previous_year,change,synthetic\r\n"))
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
}
