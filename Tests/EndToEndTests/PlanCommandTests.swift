import Foundation
import Testing

@Suite("plan")
struct PlanCommandTests {
    /// One demo cell with rounds 2025 and 2026, in a folder of its own.
    static func cell() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ScoreCommandTests.demo(folder, municipalities: "1").status == 0)
        return folder.appendingPathComponent("demo/demogemeente-001")
    }

    @Test func addUpdateAndListThroughTheCommands() throws {
        let cell = try Self.cell()
        let added = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "trust", "--items", "trust.remit-understood,trust.speak-freely",
                                            "--action", "Een onthaalprocedure voor nieuwe leden", "--owner", "LIVC-coördinator", "--due", "2026-03"], in: cell)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.split(separator: "\n").last == "A1")
        #expect(added.stdout.contains("Actie A1 toegevoegd aan plans/plan-2025.yaml."))
        let second = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "coordinator", "--action", "Tijd voor de coördinator",
                                             "--owner", "Burgemeester", "--due", "2026-06", "--language", "en"], in: cell)
        #expect(second.stdout.hasSuffix("\nA2\n"))
        #expect(second.stdout.contains("Action A2 added to plans/plan-2025.yaml."))

        let path = cell.appendingPathComponent("plans/plan-2025.yaml").path
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)

        // In the next round (the workspace's year is 2026) the action is found in last year's plan.
        let updated = try ZelfscanBinary.run(["plan", "update", "A1", "--status", "done", "--note", "Procedure goedgekeurd"], in: cell)
        #expect(updated.status == 0, "\(updated.stderr)")
        #expect(updated.stdout.contains("Actie A1 staat nu op uitgevoerd (plans/plan-2025.yaml)."))

        let listed = try ZelfscanBinary.run(["plan"], in: cell)
        #expect(listed.stdout.contains("Actieplan na de ronde van 2025 — Demogemeente 001"))
        #expect(listed.stdout.contains("2 acties: 1 open, 1 uitgevoerd"))
        #expect(listed.stdout.contains("Vertrouwen · eigenaar: LIVC-coördinator · tegen 2026-03"))
        #expect(listed.stdout.range(of: #"\d{4}-\d{2}-\d{2}: Procedure goedgekeurd"#, options: .regularExpression) != nil)
        let english = try ZelfscanBinary.run(["plan", "--year", "2025", "--language", "en"], in: cell)
        #expect(english.stdout.contains("2 actions: 1 open, 1 done"))
        #expect(english.stdout.contains("Trust · owner: LIVC-coördinator · due 2026-03"))

        let json = try ZelfscanBinary.run(["plan", "--year", "2025", "--json"], in: cell)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let actions = try #require(object["actions"] as? [[String: Any]])
        #expect(actions.map { $0["status"] as? String } == ["done", "open"])
        #expect(actions.first?["items"] as? [String] == ["trust.remit-understood", "trust.speak-freely"])

        let empty = try ZelfscanBinary.run(["plan", "--year", "2026"], in: cell)
        #expect(empty.stdout.contains("Voor deze ronde zijn nog geen acties vastgelegd."))
    }

    @Test func refusedValuesSayWhatToDo() throws {
        let cell = try Self.cell()
        func add(_ extra: [String]) throws -> ZelfscanBinary.Run {
            var arguments = ["plan", "add", "--language", "en", "--action", "x", "--owner", "OCMW", "--due", "2027-01", "--dimension", "trust"]
            arguments += extra
            return try ZelfscanBinary.run(arguments, in: cell)
        }
        let cases: [([String], String)] = [
            (["--dimension", "trsut"], "'trsut' is not a dimension of questionnaire 'livc-r'; did you mean 'trust'?"),
            (["--items", "coordinator.time"], "the statement 'coordinator.time' belongs to dimension 'coordinator', not to 'trust'"),
            (["--items", "trust.nothing"], "'trust.nothing' is not a statement of questionnaire 'livc-r'"),
            (["--due", "2027-13"], "'2027-13' is not a month; write it as YYYY-MM"),
            (["--owner", "Jan Peeters"], "the owner 'Jan Peeters' looks like a person's name; the owner must be an organisation or role"),
            (["--owner", "mevrouw Claes"], "looks like a person's name"),
            (["--year", "2040"], "the year must lie between 2018 and"),
        ]
        for (extra, message) in cases {
            let run = try add(extra)
            #expect(run.status == 64, "\(extra)")
            #expect(run.stderr.contains(message), "\(extra): \(run.stderr)")
        }
        let badStatus = try ZelfscanBinary.run(["plan", "update", "A1", "--status", "finished"], in: cell)
        #expect(badStatus.status == 64)
        #expect(badStatus.stderr.contains("open"))
        let unknown = try ZelfscanBinary.run(["plan", "update", "A9", "--status", "done", "--language", "en"], in: cell)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no plan in this workspace has an action A9"))
        #expect(!FileManager.default.fileExists(atPath: cell.appendingPathComponent("plans").path))
    }

    @Test func adoptTakesTheReportsProposal() throws {
        let cell = try Self.cell()
        let reports = cell.deletingLastPathComponent().appendingPathComponent("adopt-reports")
        #expect(try ZelfscanBinary.run(["report", "--year", "2025", "--format", "md", "--out", reports.path], in: cell).status == 0)
        let report = try String(contentsOf: reports.appendingPathComponent("zelfscan-rapport-2025.md"), encoding: .utf8)
        let row = try #require(report.split(separator: "\n").first { $0.hasPrefix("| P2 | ") })
        let proposed = String(row.dropFirst("| P2 | ".count).prefix { $0 != "|" }).trimmingCharacters(in: .whitespaces)
        let adopted = try ZelfscanBinary.run(["plan", "adopt", "P2", "--year", "2025", "--owner", "Politiezone", "--due", "2026-05"], in: cell)
        #expect(adopted.status == 0, "\(adopted.stderr)")
        #expect(adopted.stdout.hasSuffix("\nA1\n"))
        let json = try ZelfscanBinary.run(["plan", "--year", "2025", "--json"], in: cell)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let action = try #require((object["actions"] as? [[String: Any]])?.first)
        #expect(action["action"] as? String == proposed)
        #expect(action["proposal"] as? String == "P2")
        #expect((action["items"] as? [String])?.isEmpty == false)
        let twice = try ZelfscanBinary.run(["plan", "adopt", "P2", "--year", "2025", "--owner", "OCMW", "--due", "2026-05", "--language", "en"], in: cell)
        #expect(twice.status == 64)
        #expect(twice.stderr.contains("the proposed action P2 is already in the plan as A1"))
        let unknown = try ZelfscanBinary.run(["plan", "adopt", "P9", "--year", "2025", "--owner", "OCMW", "--due", "2026-05", "--language", "en"], in: cell)
        #expect(unknown.stderr.contains("its proposals are: P1, "))
    }

    @Test func handEditedPlanWithAnErrorIsLocated() throws {
        let cell = try Self.cell()
        let plans = cell.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let text = """
            format: 1
            questionnaire: livc-r
            year: 2025
            actions:
              - id: A1
                action: Afspraken over terugkoppeling
                dimension: trust
                owner: Politiezone
                due: 2026-04
                status: klaar

            """
        try Data(text.utf8).write(to: plans.appendingPathComponent("plan-2025.yaml"))
        let run = try ZelfscanBinary.run(["plan", "--year", "2025", "--language", "en"], in: cell)
        #expect(run.status == 65)
        #expect(run.stderr.contains("plans/plan-2025.yaml:10:13: error: 'klaar' is not a status; choose one of: open, started, done, dropped"), "\(run.stderr)")
        let add = try ZelfscanBinary.run(["plan", "add", "--year", "2025", "--dimension", "trust", "--action", "x", "--owner", "OCMW", "--due", "2026-01"], in: cell)
        #expect(add.status == 65)
        #expect(add.stderr.contains("plan-2025.yaml:10:13: fout: 'klaar' is geen status"), "\(add.stderr)")
        #expect(try String(contentsOf: plans.appendingPathComponent("plan-2025.yaml"), encoding: .utf8) == text)
    }
}

@Suite("status against the expected members")
struct StatusResponseTests {
    @Test func expectedMembersAreRecordedAndCounted() throws {
        let cell = try PlanCommandTests.cell()
        let recorded = try ZelfscanBinary.run(["status", "--expected-members", "12", "--language", "en"], in: cell)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("Expected number of members recorded in the workspace: 12."))
        #expect(recorded.stdout.range(of: #"Submitted: \d+ of 12 expected members \(\d+%\); not yet submitted: \d+"#, options: .regularExpression) != nil)
        let again = try ZelfscanBinary.run(["status", "--json"], in: cell)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let response = try #require(object["response"] as? [String: Int])
        #expect(response["expected"] == 12)
        let submitted = try #require(object["submitted"] as? [String: Any])
        let groups = try #require(submitted["roleGroups"] as? [String: Int])
        #expect(groups.values.allSatisfy { $0 >= 3 }, "\(groups)")
        let text = try ZelfscanBinary.run(["status"], in: cell).stdout
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("    ") }
        let columns = Set(rows.compactMap { row in row.lastIndex(of: " ").map { row.distance(from: row.startIndex, to: $0) } })
        #expect(columns.count == 1, "numbers in one column: \(rows)")
        #expect(try ZelfscanBinary.run(["status", "--expected-members", "0"], in: cell).status == 64)
        let made = try ZelfscanBinary.run(["init", "--dir", "../nieuw", "--municipality", "Nieuwdorp", "--expected-members", "7"], in: cell)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(try ZelfscanBinary.run(["status", "--language", "en"], in: cell.deletingLastPathComponent().appendingPathComponent("nieuw"))
            .stdout.contains("Submitted: 0 of 7 expected members (0%); not yet submitted: 7"))
    }
}
