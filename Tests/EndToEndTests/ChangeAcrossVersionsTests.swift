import Foundation
import Testing

/// A two-version demo (2025 on 2026.1, 2026 on 2026.2): `compare`, `compare --trend` and the
/// report give one change per dimension, the trend's rule (docs/scoring.md, trend across
/// versions), and the report's trend table never says "geen score" for a round that has one.
@Suite("Changes across questionnaire versions")
struct ChangeAcrossVersionsTests {
    static func demo() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "12", "--years", "2",
                                           "--earlier-version", "2026.1", "--seed", "2026"], in: folder)
        #expect(demo.status == 0, "\(demo.stderr)")
        return folder
    }

    /// "| Vertrouwen | 56,3 | In ontwikkeling | -13,5\* |" → ("Vertrouwen", "-13,5", starred).
    static func noteChanges(_ markdown: String) -> [(title: String, change: String, partial: Bool)] {
        guard let table = markdown.components(separatedBy: "## Per dimensie").dropFirst().first?
            .components(separatedBy: "\n## ").first else { return [] }
        return table.split(separator: "\n").dropFirst(2).compactMap { line in
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, cells[3].first == "+" || cells[3].first == "-" else { return nil }
            let partial = cells[3].hasSuffix("\\*")
            return (cells[0], partial ? String(cells[3].dropLast(2)) : cells[3], partial)
        }
    }

    /// The lines of one cell's block in `compare --trend`.
    static func trendBlock(_ output: String, _ municipality: String) -> [String] {
        guard let block = output.components(separatedBy: "\n\n").first(where: { $0.hasPrefix(municipality + " —") }) else { return [] }
        return block.split(separator: "\n").map(String.init)
    }

    @Test func compareAndItsTrendGiveTheReportsChangeAcrossVersions() throws {
        let folder = try Self.demo()
        let cell = folder.appendingPathComponent("demo/demogemeente-003")
        let plan = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "trust", "--action",
                                           "Herhaal het gedeeld beroepsgeheim bij de start van elk casusoverleg",
                                           "--owner", "Coördinator", "--due", "2025-12"], in: cell)
        #expect(plan.status == 0, "\(plan.stderr)")
        let note = try ZelfscanBinary.run(["report", "--note", "--format", "md", "--out", "note"], in: cell)
        #expect(note.status == 0, "\(note.stderr)")
        let changes = Self.noteChanges(try String(contentsOf: cell.appendingPathComponent("note/zelfscan-notitie-2026.md"), encoding: .utf8))
        #expect(changes.contains { $0.partial }, "the demo cell must have a dimension measured on part of its statements")
        let trust = try #require(changes.first { $0.title == "Vertrouwen" })

        let trend = try ZelfscanBinary.run(["compare", "--trend", "demo"], in: folder)
        #expect(trend.status == 0, "\(trend.stderr)")
        let block = Self.trendBlock(trend.stdout, "Demogemeente 003")
        #expect(!block.isEmpty, "\(trend.stdout.prefix(800))")
        for change in changes {
            let line = try #require(block.first { $0.hasPrefix("  \(change.title)  ") }, "\(change.title) in \(block)")
            let same = change.partial ? line.contains("(\(change.change) op ") && line.hasSuffix(" stellingen)") : line.hasSuffix("(\(change.change))")
            #expect(same, "report says \(change.change) for \(change.title); compare --trend: \(line)")
        }
        let overall = try #require(block.first { $0.hasPrefix("  Totaal ") })
        #expect(overall.hasSuffix("(niet vergelijkbaar)"), "no overall change across versions: \(overall)")
        #expect(block.contains("  2026 volgt op een ronde op versie 2026.1: verschillen alleen op de stellingen die beide versies stellen, geen verschil in het totaal."))

        let compare = try ZelfscanBinary.run(["compare", "demo"], in: folder)
        #expect(compare.status == 0, "\(compare.stderr)")
        #expect(compare.stdout.contains("Dimensies met een afgesproken actie veranderden gemiddeld \(trust.change) (1 dimensies)"),
                "only demogemeente-003 has a plan, on trust: \(compare.stdout.suffix(400))")
        let json = try ZelfscanBinary.run(["compare", "demo", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["municipalities"] as? [[String: Any]])
        let row = try #require(rows.first { $0["municipality"] as? String == "Demogemeente 003" })
        let values = try #require(row["values"] as? [[String: Any]])
        let trustValue = try #require(values.first { $0["measure"] as? String == "trust" })
        #expect(trustValue["comparable_statements"] as? Int == 2)
    }

    @Test(arguments: ["demogemeente-003", "demogemeente-010"])
    func theTrendTableShowsAnEarlierVersionsScore(cellName: String) throws {
        let folder = try Self.demo()
        let cell = folder.appendingPathComponent("demo/\(cellName)")
        let earlier = try ZelfscanBinary.run(["score", "--dir", cell.path, "--year", "2025"], in: folder)
        #expect(earlier.status == 0, "\(earlier.stderr)")
        let report = try ZelfscanBinary.run(["report", "--dir", cell.path, "--format", "md", "--out", "out"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/zelfscan-rapport-2026.md"), encoding: .utf8)
        var checked = 0
        for section in markdown.components(separatedBy: "\n## ").dropFirst() {
            guard let title = section.split(separator: "\n").first?.split(separator: ":").first.map(String.init),
                  let row = section.split(separator: "\n").first(where: { $0.hasPrefix("| 2025 | ") }),
                  let line = earlier.stdout.split(separator: "\n").first(where: { $0.hasPrefix(title + "  ") }) else { continue }
            let fields = line.dropFirst(title.count).split(separator: " ")
            guard fields.count >= 2, fields[1].contains(",") else { continue }
            #expect(row == "| 2025 | \(fields[1]) |" || row == "| 2025 | \(fields[1]) (versie 2026.1, niet vergelijkbaar) |",
                    "score --year 2025 gives \(title) \(fields[1]); the report: \(row)")
            checked += 1
        }
        #expect(checked >= 3, "\(cellName): the 2025 round has scores on the continued dimensions")
    }
}
