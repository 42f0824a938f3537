import Foundation
import Testing

@Suite("export of agreed actions")
struct ExportActionsTests {
    static let action = "Xylofoon-overleg met de wijkagenten"
    static let owner = "Quarzdorp-werkgroep"
    static let note = "Zorgvuldig afgerond door de stuurgroep"

    /// 16 demo cells, each with a plan after 2025 recorded through the commands: one trust action
    /// marked done and one coordinator action left open. The export then counts the cells' plans,
    /// rounded to 5, and carries no word of them.
    @Test func plansRecordedThroughTheCommandsAreExportedAsRoundedCounts() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ScoreCommandTests.demo(folder, municipalities: "16").status == 0)
        for index in 1...16 {
            let cell = folder.appendingPathComponent("demo/demogemeente-" + String(format: "%03d", index))
            let first = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "trust", "--action", Self.action,
                                                "--owner", Self.owner, "--due", "2026-05"], in: cell)
            #expect(first.status == 0, "\(first.stderr)")
            let second = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "coordinator", "--action", Self.action,
                                                 "--owner", Self.owner, "--due", "2026-09"], in: cell)
            #expect(second.status == 0, "\(second.stderr)")
            let done = try ZelfscanBinary.run(["plan", "update", "A1", "--status", "done", "--note", Self.note], in: cell)
            #expect(done.status == 0, "\(done.stderr)")
        }
        #expect(try ZelfscanBinary.run(["key", "new", "research.key"], in: folder).status == 0)
        let export = try ZelfscanBinary.run(["export", "demo", "--key", "research.key", "--out", "export"], in: folder)
        #expect(export.status == 0, "\(export.stderr)")
        let audit = try ZelfscanBinary.run(["audit", "export", "--language", "en"], in: folder)
        #expect(audit.status == 0, "\(audit.stdout)\(audit.stderr)")

        let exported = folder.appendingPathComponent("export")
        let cells = try String(contentsOf: exported.appendingPathComponent("cells.csv"), encoding: .utf8).split(separator: "\r\n").dropFirst()
        let planned = Set(cells.map { $0.split(separator: ",") }.filter { $0[1] == "2025" }.map { $0[0] }).count
        #expect(planned >= 10)
        let rounded = (2 * planned + 5) / 10 * 5
        let rows = try String(contentsOf: exported.appendingPathComponent("stats_actions.csv"), encoding: .utf8).split(separator: "\r\n").map(String.init)
        #expect(rows.first == "dimension,status,cells,actions")
        #expect(rows.contains("trust,done,\(rounded),\(rounded)"))
        #expect(rows.contains("trust,open,\(rounded),0"))
        #expect(rows.contains("coordinator,open,\(rounded),\(rounded)"))
        #expect(rows.contains("coordinator,done,\(rounded),0"))

        for (name, data) in try ScoreCommandTests.files(under: exported) {
            for needle in [Self.action, Self.owner, Self.note, "Xylofoon", "Quarzdorp", "2026-05", "2026-09"] {
                #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) in \(name)")
            }
        }
        let readme = try String(contentsOf: exported.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("stats_actions.csv: afgesproken acties, alleen als aantallen per dimensie en status"))
    }

    @Test func aBrokenPlanStopsTheExportAtItsLine() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ScoreCommandTests.demo(folder, municipalities: "12").status == 0)
        let plans = folder.appendingPathComponent("demo/demogemeente-003/plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        try Data("format: 1\nquestionnaire: livc-r\nyear: 2025\nactions:\n  - id: A1\n    action: x\n    dimension: trust\n    owner: OCMW\n    due: 2026-04\n    status: klaar\n".utf8)
            .write(to: plans.appendingPathComponent("plan-2025.yaml"))
        #expect(try ZelfscanBinary.run(["key", "new", "research.key"], in: folder).status == 0)
        let export = try ZelfscanBinary.run(["export", "demo", "--key", "research.key", "--out", "export", "--language", "en"], in: folder)
        #expect(export.status == 65, "\(export.stderr)")
        #expect(export.stderr.contains("plan-2025.yaml:10:13: error: 'klaar' is not a status"), "\(export.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("export").path))
    }
}
