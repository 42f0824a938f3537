import Foundation
import Testing
import ZelfscanCore

/// The attacker of docs/privacy.md, written apart from the Swift code (Tests/Attack/linkage_attack.py),
/// run against exports of demo data: it must single out nobody, and it must be shown to catch a
/// leaky export. Also the release ledger and the refusals an attacker would exploit otherwise.
@Suite("an independent attacker against export format 3")
struct ExportAttackTests {
    struct Fixture {
        var folder: URL
        var seed: Int
        var pool: URL { folder.appendingPathComponent("pool") }
        var export: URL { folder.appendingPathComponent("export") }
    }

    static let seeds = [11, 23]
    /// One demo pool of 60 municipalities × 3 years per seed, with its key and export, for the whole suite.
    static let fixtures: [Result<Fixture, any Error>] = seeds.map { seed in Result { try makeFixture(seed: seed) } }

    static func makeFixture(seed: Int) throws -> Fixture {
        let folder = try ZelfscanBinary.temporaryFolder()
        let demo = try ZelfscanBinary.run(["demo", "--out", "pool", "--municipalities", "60", "--years", "3", "--seed", String(seed)], in: folder)
        guard demo.status == 0 else { throw Failure("demo exit \(demo.status): \(demo.stderr)") }
        guard try ZelfscanBinary.run(["key", "new", "k.key"], in: folder).status == 0 else { throw Failure("key new failed") }
        let export = try ZelfscanBinary.run(["export", "pool", "--key", "k.key", "--out", "export", "--language", "en"], in: folder)
        guard export.status == 0 else { throw Failure("export exit \(export.status): \(export.stderr)") }
        return Fixture(folder: folder, seed: seed)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    static let attacker = ZelfscanBinary.repository.appendingPathComponent("Tests/Attack/linkage_attack.py").path

    /// Runs the attacker; its JSON summary and exit status.
    static func attack(pool: URL, firstPool: URL? = nil, exports: [URL], environment: [String: String] = [:]) throws -> (status: Int32, summary: [String: Any], stderr: String) {
        let run = try ResearchExampleTests.run(["python3", attacker, "--pool", pool.path] + (firstPool.map { ["--first-pool", $0.path] } ?? []) + exports.map(\.path),
                                               environment: environment)
        let summary = (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) as? [String: Any] ?? [:]
        return (run.status, summary, run.stderr)
    }

    static func number(_ summary: [String: Any], _ path: String...) -> Int? {
        var node: Any? = summary
        for key in path { node = (node as? [String: Any])?[key] }
        return (node as? NSNumber)?.intValue
    }

    /// A new folder holding copies of some of the pool's workspaces.
    static func pool(_ fixture: Fixture, _ workspaces: [String], named name: String) throws -> URL {
        let target = fixture.folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for workspace in workspaces {
            try FileManager.default.copyItem(at: fixture.pool.appendingPathComponent(workspace), to: target.appendingPathComponent(workspace))
        }
        return target
    }

    static func workspaces(_ fixture: Fixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.pool.path).filter { $0.hasPrefix("demogemeente-") }.sorted()
    }

    @Test("the attacker singles out nobody in a real export", arguments: [0, 1])
    func attackerSinglesOutNobody(_ index: Int) throws {
        let fixture = try Self.fixtures[index].get()
        let run = try Self.attack(pool: fixture.pool, exports: [fixture.export])
        #expect(run.status == 0, "seed \(fixture.seed): \(run.summary["reasons"] ?? run.stderr)")
        #expect(Self.number(run.summary, "panel", "cells") ?? 0 > 0, "the panel released cells")
        #expect(Self.number(run.summary, "panel", "singled_out") == 0)
        #expect(Self.number(run.summary, "panel", "smallest_candidate_set") ?? 0 >= 5)
        #expect(Self.number(run.summary, "panel", "matched_uniquely_and_correctly") == 0)
        #expect(Self.number(run.summary, "role_proxy", "rounds_with_pattern_below_3") == 0)
        #expect((run.summary["role_proxy"] as? [String: Any])?["equal_rows"] as? Bool == true)
        #expect((run.summary["cross_file"] as? [String: Any])?["shared_columns"] as? [String] == [])
        #expect((run.summary["cross_file"] as? [String: Any])?["leak"] as? Bool == false)
        // The attacker matched item rows to respondents, so the role and order checks had something to test.
        #expect(Self.number(run.summary, "role_proxy", "matched_to_one_pool_respondent") ?? 0 > 100)
    }

    @Test func theAttackerReadsTheSameWithoutPyYAML() throws {
        let fixture = try Self.fixtures[0].get()
        let with = try Self.attack(pool: fixture.pool, exports: [fixture.export])
        let without = try Self.attack(pool: fixture.pool, exports: [fixture.export], environment: ["ZELFSCAN_ATTACK_NO_PYYAML": "1"])
        #expect(without.status == with.status)
        let text = { (summary: [String: Any]) in try JSONSerialization.data(withJSONObject: summary, options: [.sortedKeys]) }
        #expect(!with.summary.isEmpty)
        #expect(try text(without.summary) == text(with.summary), "the small YAML reader reads what PyYAML reads")
    }

    /// The attacker is shown to work: a panel that adds province, level and size, and item rows in
    /// pool order that hide an item from coordinators, are caught by all three of its detectors.
    @Test func theAttackerCatchesALeakyExport() throws {
        let fixture = try Self.fixtures[0].get()
        let leaky = fixture.folder.appendingPathComponent("leaky-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: leaky, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture.export.appendingPathComponent("codebook.yaml"), to: leaky.appendingPathComponent("codebook.yaml"))
        let released = Set(try ExportCommandTests.csv(fixture.export.appendingPathComponent("items.csv")).dropFirst().map { $0[1] })
        var cells = ["cell,year,belfius_group,province,level,respondents,context_agreement"]
        var items = ["respondent,item,value,status"]
        var respondent = 0
        var truth: [String: String] = [:]
        for (index, workspace) in try Self.workspaces(fixture).enumerated() {
            let folder = fixture.pool.appendingPathComponent(workspace)
            let meta = Self.fields(try String(contentsOf: folder.appendingPathComponent("zelfscan.yaml"), encoding: .utf8))
            let group = BelfiusCluster(meta["cluster"] ?? "")?.group.rawValue ?? "unknown"
            truth[String(format: "C%012x", index)] = meta["municipality"]
            for (year, responses) in try Self.submitted(folder) where responses.count >= 3 {
                cells.append("\(String(format: "C%012x", index)),\(year),\(group),\(meta["province"] ?? "unknown"),\(meta["level"] ?? "unknown"),\(responses.count),removed")
                for response in responses {
                    respondent += 1
                    let coordinator = response.fields["role"] == "coordinator"
                    for item in released.sorted() + ["coordinator.reachable"] {
                        let answer = response.answers[item]
                        let status = item == "coordinator.reachable" && coordinator ? "not-shown"
                            : answer.map { Double($0) == nil ? $0 : "answered" } ?? "skipped"
                        items.append("\(respondent),\(item),\(status == "answered" ? answer! : ""),\(status)")
                    }
                }
            }
        }
        try Data((cells.joined(separator: "\r\n") + "\r\n").utf8).write(to: leaky.appendingPathComponent("cells.csv"))
        try Data((items.joined(separator: "\r\n") + "\r\n").utf8).write(to: leaky.appendingPathComponent("items.csv"))

        let run = try Self.attack(pool: fixture.pool, exports: [leaky])
        #expect(run.status == 1, "\(run.stderr)")
        let used = Set((run.summary["panel"] as? [String: Any])?["columns_used"] as? [String] ?? [])
        #expect(used.isSuperset(of: ["province", "level", "respondents"]), "\(used)")
        #expect(Self.number(run.summary, "panel", "singled_out") ?? 0 > 10, "size, province and level single cells out")
        let matches = (run.summary["panel"] as? [String: Any])?["unique_matches"] as? [String: String] ?? [:]
        let correct = matches.filter { truth[$0.key] == $0.value }.count
        #expect(correct > 10 && correct == matches.count, "every unique match is the right municipality: \(correct) of \(matches.count)")
        #expect(Self.number(run.summary, "panel", "smallest_candidate_set") == 1)
        let role = run.summary["role_proxy"] as? [String: Any]
        let best = role?["best"] as? [String: Any]
        #expect(best?["item"] as? String == "coordinator.reachable")
        #expect(best?["role"] as? String == "coordinator")
        #expect((best?["hit_rate"] as? Double ?? 0) > 0.9)
        #expect(Self.number(run.summary, "role_proxy", "rounds_with_pattern_below_3") ?? 0 > 0)
        let order = run.summary["cross_file"] as? [String: Any]
        #expect(order?["leak"] as? Bool == true, "respondents numbered in pool order betray their rounds")
        #expect(Self.number(run.summary, "cross_file", "consecutive_same_round") ?? 0 > 5 * (Self.number(run.summary, "cross_file", "expected_same_round_by_chance") ?? 0))
    }

    /// `key: value` lines of a YAML file's top level.
    static func fields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix(" ") && !line.hasPrefix("#") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2 { fields[parts[0]] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "'\"")) }
        }
        return fields
    }

    struct Response {
        var fields: [String: String]
        var answers: [String: String]
    }

    /// Submitted responses per year, with their scalar answers (`  item: value` under `answers:`).
    static func submitted(_ workspace: URL) throws -> [(year: String, responses: [Response])] {
        let folder = workspace.appendingPathComponent("responses")
        var result: [(String, [Response])] = []
        for year in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            var responses: [Response] = []
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(year).path).sorted() where file.hasSuffix(".yaml") {
                let text = try String(contentsOf: folder.appendingPathComponent(year).appendingPathComponent(file), encoding: .utf8)
                let fields = Self.fields(text)
                guard fields["status"] == "submitted" else { continue }
                var answers: [String: String] = [:]
                var inAnswers = false
                for line in text.split(separator: "\n") {
                    if !line.hasPrefix(" ") && !line.hasPrefix("-") { inAnswers = line.hasPrefix("answers:") }
                    guard inAnswers, line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
                    let parts = line.dropFirst(2).split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    if parts.count == 2, !parts[1].isEmpty { answers[parts[0]] = parts[1] }
                }
                responses.append(Response(fields: fields, answers: answers))
            }
            result.append((year, responses))
        }
        return result
    }

    @Test func theLedgerRefusesAPoolThatDiffersByOneCell() throws {
        let fixture = try Self.fixtures[1].get()
        let names = try Self.workspaces(fixture)
        let smaller = try Self.pool(fixture, Array(names.dropFirst()), named: "less-one-\(UUID().uuidString)")
        let out = "refused-\(UUID().uuidString)"
        let run = try ZelfscanBinary.run(["export", smaller.lastPathComponent, "--key", "k.key", "--out", out, "--language", "en"], in: fixture.folder)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("differs from the export of"), "\(run.stderr)")
        #expect(run.stderr.contains("by 1 municipality (at least 5 needed)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent(out).path), "nothing was written")
        let partial = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path).filter { $0.contains("partial") }
        #expect(partial.isEmpty, "no half-written folder stays behind: \(partial)")
    }

    /// Exports the ledger accepts beside the suite's export — the same pool again, and the pool with
    /// 60 more cells of earlier years — leave the attacker nothing to difference, even knowing
    /// which municipalities each pool held.
    @Test func differencingTwoAcceptedExportsSinglesOutNobody() throws {
        let fixture = try Self.fixtures[0].get()
        let again = "again-\(UUID().uuidString)"
        let repeated = try ZelfscanBinary.run(["export", "pool", "--key", "k.key", "--out", again, "--language", "en"], in: fixture.folder)
        #expect(repeated.status == 0, "the same pool again releases nothing new: \(repeated.stderr)")
        let first = try Self.attack(pool: fixture.pool, firstPool: fixture.pool, exports: [fixture.export, fixture.folder.appendingPathComponent(again)])
        #expect(first.status == 0, "\(first.summary["reasons"] ?? first.stderr)")
        #expect(Self.number(first.summary, "differencing", "linked_cells") ?? 0 > 0, "the attacker did link cells across the exports")
        #expect(Self.number(first.summary, "differencing", "singled_out") == 0)
        #expect(Self.number(first.summary, "differencing", "below_k") == 0)

        // A grown pool the ledger accepts: the original cells plus 60 others (renamed, so they are
        // other municipalities) that took part in earlier years, so no class of the first export
        // changes while the second releases 60 cells more.
        let tag = UUID().uuidString
        let earlier = try ZelfscanBinary.run(["demo", "--out", "earlier-\(tag)", "--municipalities", "60", "--years", "3", "--first-year", "2019",
                                              "--seed", "23"], in: fixture.folder)
        #expect(earlier.status == 0)
        let grown = fixture.folder.appendingPathComponent("grown-\(tag)")
        try FileManager.default.copyItem(at: fixture.pool, to: grown)
        for workspace in try FileManager.default.contentsOfDirectory(atPath: fixture.folder.appendingPathComponent("earlier-\(tag)").path)
        where workspace.hasPrefix("demogemeente-") {
            let destination = grown.appendingPathComponent("earlier-" + workspace)
            try FileManager.default.copyItem(at: fixture.folder.appendingPathComponent("earlier-\(tag)/" + workspace), to: destination)
            for (path, data) in try ScoreCommandTests.files(under: destination) where path.hasSuffix(".yaml") {
                let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "Demogemeente ", with: "Vroegere Demogemeente ")
                try Data(text.utf8).write(to: destination.appendingPathComponent(path))
            }
        }
        let out = "grown-export-\(tag)"
        let run = try ZelfscanBinary.run(["export", grown.lastPathComponent, "--key", "k.key", "--out", out, "--language", "en"], in: fixture.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let second = try Self.attack(pool: grown, firstPool: fixture.pool, exports: [fixture.export, fixture.folder.appendingPathComponent(out)])
        #expect(second.status == 0, "\(second.summary["reasons"] ?? second.stderr)")
        #expect(Self.number(second.summary, "differencing", "linked_cells") ?? 0 > 0)
        #expect(Self.number(second.summary, "differencing", "unpartnered_cells") ?? 0 > 0)
        #expect(Self.number(second.summary, "differencing", "singled_out") == 0)
        #expect(Self.number(second.summary, "differencing", "below_k") == 0)
    }

    /// The differencing detector works: the pool less one released cell, exported with another key
    /// (whose ledger knows nothing of the first export), gives that cell away to an attacker who
    /// knows which municipalities each pool held. This is why one data holder keeps one key.
    /// Cells the smaller pool's export left out (too rare without the lost cell) have no partner
    /// either and are "singled out" as the lost cell too, wrongly: only the lost cell is correct.
    @Test func differencingCatchesAPoolThatLostOneCellUnderAnotherKey() throws {
        let fixture = try Self.fixtures[0].get()
        let names = try Self.workspaces(fixture)
        var caught = false
        for dropped in names.prefix(5) where !caught {
            let tag = UUID().uuidString
            let smaller = try Self.pool(fixture, names.filter { $0 != dropped }, named: "without-\(tag)")
            #expect(try ZelfscanBinary.run(["key", "new", "other-\(tag).key"], in: fixture.folder).status == 0)
            let run = try ZelfscanBinary.run(["export", smaller.lastPathComponent, "--key", "other-\(tag).key", "--out", "without-export-\(tag)"], in: fixture.folder)
            #expect(run.status == 0, "\(run.stderr)")
            let attack = try Self.attack(pool: fixture.pool, firstPool: smaller,
                                         exports: [fixture.folder.appendingPathComponent("without-export-\(tag)"), fixture.export])
            guard Self.number(attack.summary, "differencing", "unpartnered_cells") ?? 0 > 0 else { continue }
            #expect(attack.status == 1)
            let municipality = Self.fields(try String(contentsOf: fixture.pool.appendingPathComponent(dropped + "/zelfscan.yaml"), encoding: .utf8))["municipality"]
            let correctly = (attack.summary["differencing"] as? [String: Any])?["singled_out_correctly"] as? [String]
            #expect(correctly == municipality.map { [$0] }, "the dropped cell, and only it, is singled out correctly")
            #expect(Self.number(attack.summary, "differencing", "singled_out") ?? 0 >= 1)
            caught = true
        }
        #expect(caught, "one of the first five cells was in the panel, and dropping it was caught")
    }

    @Test func kBelowFiveIsRefused() throws {
        let fixture = try Self.fixtures[0].get()
        let run = try ZelfscanBinary.run(["export", "pool", "--key", "k.key", "--out", "k2-\(UUID().uuidString)", "--k", "2", "--language", "en"], in: fixture.folder)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--k must be 5 to 1000"), "\(run.stderr)")
        #expect(run.stderr.contains("no flag lowers that floor"))
    }

    @Test func threeCellsReleaseNothingAndSayWhy() throws {
        let fixture = try Self.fixtures[0].get()
        let small = try Self.pool(fixture, Array(try Self.workspaces(fixture).prefix(3)), named: "three-\(UUID().uuidString)")
        let key = "three-\(UUID().uuidString).key"
        #expect(try ZelfscanBinary.run(["key", "new", key], in: fixture.folder).status == 0)
        let out = "three-export-\(UUID().uuidString)"
        let run = try ZelfscanBinary.run(["export", small.lastPathComponent, "--key", key, "--out", out, "--language", "en"], in: fixture.folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("nothing could be released: the workspaces hold 3 cell(s)"), "\(run.stderr)")
        #expect(run.stderr.contains("is shared by 5 of them"))
        #expect(run.stderr.contains("an export needs at least 5 cells"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent(out).path))
        let dutch = try ZelfscanBinary.run(["export", small.lastPathComponent, "--key", key, "--out", out], in: fixture.folder)
        #expect(dutch.stderr.contains("er kon niets vrijgegeven worden"))
    }
}
