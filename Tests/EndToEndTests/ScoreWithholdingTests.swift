import Foundation
import Testing

/// What `score` withholds in its own table stays withheld everywhere else it prints: beside the
/// peers, in the change since last year, and in the agreement it puts in words. Each test reads a
/// withheld value the way only its owner could (`--individual-scores`) and then looks for it, or
/// for what it adds up to with a shown one, in what a coordinator sees.
@Suite("score withholds what its table withholds")
struct ScoreWithholdingTests {
    /// Why the shared cell could not be built.
    struct SetupFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// scripts/demo's cell: four invented members in 2025 and 2026, then one more member typed in
    /// (scripts/demo-answers.txt), the only one involved in the reference case; beside it
    /// scripts/demo's 30 invented peer cells.
    static let cell: Result<URL, SetupFailure> = {
        do {
            let folder = try ZelfscanBinary.temporaryFolder()
            for (out, count) in [("demo", "1"), ("peers", "30")] {
                let run = try ZelfscanBinary.run(["demo", "--out", out, "--municipalities", count, "--years", "2", "--first-year", "2025", "--seed", "2026"], in: folder)
                guard run.status == 0 else { return .failure(SetupFailure(description: "zelfscan demo failed: \(run.stderr)")) }
            }
            let answers = try String(contentsOf: ZelfscanBinary.repository.appendingPathComponent("scripts/demo-answers.txt"), encoding: .utf8)
            let status = try ZelfscanBinary.run(["status", "--dir", "demo/demogemeente-001", "--json"], in: folder)
            let drafts = !status.stdout.filter { !$0.isWhitespace }.contains("\"drafts\":{\"count\":0,")
            let take = try ZelfscanBinary.run(["take", "--plain", "--dir", "demo/demogemeente-001"], stdin: (drafts ? "\n" : "") + answers, in: folder)
            guard take.status == 0 else { return .failure(SetupFailure(description: "zelfscan take failed: \(take.stderr)")) }
            return .success(folder)
        } catch {
            return .failure(SetupFailure(description: "\(error)"))
        }
    }()

    static func score(_ arguments: [String], in folder: URL) throws -> String {
        let run = try ZelfscanBinary.run(["score", "--dir", "demo/demogemeente-001"] + arguments, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    /// The members' own scores on `dimension` in `year`, as only `--individual-scores` gives them.
    static func ownScores(_ dimension: String, year: String, in folder: URL) throws -> [Double] {
        let json = try score(["--year", year, "--json", "--individual-scores"], in: folder)
        let cells = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["cells"] as? [[String: Any]])
        let records = try #require(cells.first?["individual_scores"] as? [[String: Any]])
        return records.compactMap { ($0["dimensions"] as? [String: Any])?[dimension] as? Double }
    }

    /// The cell's shown mean on `dimension` in `year`, from `score --json`.
    static func shownMean(_ dimension: String, year: String, in folder: URL) throws -> Double? {
        let json = try score(["--year", year, "--json"], in: folder)
        let cells = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["cells"] as? [[String: Any]])
        let dimensions = try #require(cells.first?["dimensions"] as? [[String: Any]])
        return dimensions.first { $0["id"] as? String == dimension }?["mean"] as? Double
    }

    /// Every way `value` is written in the output: one decimal with a comma or a point, and the
    /// start of the unrounded number in JSON.
    static func spellings(_ value: Double) -> [String] {
        let point = String(format: "%.1f", (value * 10).rounded() / 10)
        return [point, point.replacingOccurrences(of: ".", with: ",")]
    }

    /// The text with each peer row's median and middle half left out: those are other cells'
    /// figures and may equal the withheld one by chance; the cell's own column and percentile stay.
    static func withoutPeerFigures(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("    "), line.contains(/\d+,\d–\d+,\d/) else { return String(line) }
            let columns = line.split(separator: #/ {2,}/#)
            return columns.count == 5 ? [columns[0], columns[1], columns[4]].joined(separator: "  ") : String(line)
        }.joined(separator: "\n")
    }

    @Test func aDimensionWithheldInTheTableIsWithheldBesideThePeers() throws {
        let folder = try Self.cell.get()
        let involved = try Self.ownScores("case-flow", year: "2026", in: folder)
        try #require(involved.count == 1, "one member was involved in the reference case: \(involved)")
        let hidden = involved[0]
        let text = try Self.score(["--peers", "peers"], in: folder)
        let rows = text.split(separator: "\n").map(String.init)
        try #require(rows.contains { $0.hasPrefix("Casusstroom ") && $0.contains("niet getoond") }, "the table withholds case flow:\n\(text)")
        // The peer block is there, and its case flow row gives the other cells' figures only.
        let peerRows = rows.filter { $0.hasPrefix("    Casusstroom ") }
        #expect(!peerRows.isEmpty, "\(text)")
        for row in peerRows where !row.contains("niet getoond") {
            #expect(row.contains(#/^ +Casusstroom +– +\d+,\d +\d+,\d–\d+,\d +–$/#), "no own value, no percentile: \(row)")
        }
        for output in [Self.withoutPeerFigures(text), try Self.score(["--peers", "peers", "--json"], in: folder), try Self.score(["--json"], in: folder)] {
            for spelling in Self.spellings(hidden) {
                #expect(!output.contains(spelling), "the one involved member's case flow score \(spelling) appears:\n\(output)")
            }
        }
    }

    @Test func noChangeFromOrToAWithheldScore() throws {
        let folder = try Self.cell.get()
        let earlier = try Self.ownScores("trust", year: "2025", in: folder)
        try #require(earlier.count == 2, "two members have a trust score in 2025: \(earlier)")
        let withheld = try Self.score(["--year", "2025"], in: folder)
        try #require(withheld.contains(#/\nVertrouwen +2 +niet getoond/#) && withheld.contains(#/\nTotaal +niet getoond/#), "\(withheld)")
        let hidden = earlier.reduce(0, +) / Double(earlier.count)
        let now = try #require(try Self.shownMean("trust", year: "2026", in: folder))
        let text = try Self.score([], in: folder)
        let change = try #require(text.split(separator: "\n").first { $0.hasPrefix("  2025 → 2026:") }.map(String.init), "\(text)")
        #expect(change.contains("Vertrouwen –,") && change.hasSuffix("Totaal –"), "\(change)")
        let signed = Self.spellings(now - hidden).map { now > hidden ? "+" + $0 : $0 }
        for spelling in signed + Self.spellings(hidden) {
            #expect(!text.contains(spelling), "\(spelling) gives the two members' mean of 2025 away:\n\(text)")
        }
    }

    /// The report says nothing about a dimension's agreement when statements of it are disputed
    /// or its scores differ widely; `score` says the same of the same dimensions, never a figure.
    @Test func agreementIsPutInWordsOnlyWhereTheReportPutsItInWords() throws {
        let folder = try Self.cell.get()
        let report = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-001"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("demo/demogemeente-001/reports/2026/zelfscan-rapport-2026.md"), encoding: .utf8)
        let text = try Self.score([], in: folder)
        let rows = text.split(separator: "\n").map(String.init)
        let heading = try #require(rows.firstIndex(of: "Eensgezindheid (rwg, 0 tot 1):"), "\(text)")
        let agreement = rows[(heading + 1)...].prefix { $0.hasPrefix("  ") }
        var silent = 0
        for section in markdown.components(separatedBy: "\n## ").dropFirst() {
            guard let title = section.split(separator: ":").first.map(String.init),
                  let own = agreement.first(where: { $0.hasPrefix("  \(title) ") || $0.hasPrefix("  \(title):") }) else { continue }
            if let disputed = section.split(separator: "\n").first(where: { $0.hasPrefix("- Betwist: ") }) {
                silent += 1
                let count = disputed.filter { $0 == "“" }.count
                #expect(own == "  \(title): geen cijfer: de leden zijn verdeeld over \(count) \(count == 1 ? "stelling" : "stellingen")", "\(own)")
            } else if let figure = section.firstMatch(of: /Eensgezindheid rwg = (\d,\d\d)/)?.1 {
                #expect(own.hasPrefix("  \(title) \(figure) ("), "\(own)")
            } else {
                silent += 1
                #expect(own == "  \(title): geen cijfer: de scores lopen sterk uiteen", "\(own)")
            }
        }
        // Trust is the review's case: three statements disputed, yet "0,94 (zeer sterk)" was printed.
        #expect(silent >= 1 && agreement.contains { $0.hasPrefix("  Vertrouwen: geen cijfer: ") }, "\(agreement)")
    }
}
