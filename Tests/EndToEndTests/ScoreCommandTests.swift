import Foundation
import Testing

@Suite("demo and score")
struct ScoreCommandTests {
    static func demo(_ folder: URL, seed: String = "11", municipalities: String = "8") throws -> ZelfscanBinary.Run {
        try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", municipalities, "--years", "2", "--first-year", "2025", "--seed", seed], in: folder)
    }

    /// Why the shared pool could not be built, shown by every test that needs it.
    struct PoolFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// The eight cells of seed 11, built once for the suite and shared by the tests that only
    /// read them.
    static let pool: Result<URL, PoolFailure> = {
        do {
            let folder = try ZelfscanBinary.temporaryFolder()
            let run = try demo(folder)
            return run.status == 0 ? .success(folder) : .failure(PoolFailure(description: "zelfscan demo failed: \(run.stderr)"))
        } catch {
            return .failure(PoolFailure(description: "\(error)"))
        }
    }()

    static func files(under folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            found[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return found
    }

    @Test func demoDataIsLabelledAndDeterministic() throws {
        let first = try ZelfscanBinary.temporaryFolder()
        let second = try ZelfscanBinary.temporaryFolder()
        let run = try Self.demo(first)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("SYNTHETISCHE DEMODATA geschreven in demo/: 8 verzonnen cellen"))
        #expect(run.stderr.isEmpty, "no progress output when stderr is not a terminal")
        _ = try Self.demo(second)
        let a = try Self.files(under: first.appendingPathComponent("demo"))
        let b = try Self.files(under: second.appendingPathComponent("demo"))
        #expect(a.keys.sorted() == b.keys.sorted())
        let differing = a.keys.filter { a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ between two runs with the same seed: \(differing.prefix(5))")
        #expect(a.count > 8 * 2 * 3)
        for (path, data) in a where path.hasSuffix(".yaml") {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.hasPrefix("# SYNTHETISCHE DEMODATA"), "\(path)")
            #expect(text.contains("synthetic: true"), "\(path)")
        }
        let third = try ZelfscanBinary.temporaryFolder()
        _ = try Self.demo(third, seed: "12")
        let other = try Self.files(under: third.appendingPathComponent("demo"))
        #expect(other.keys.sorted() != a.keys.sorted(), "another seed gives other respondent codes")
    }

    /// The benchmark's data set in small: `--members 15` gives 15 response files in every round,
    /// and ten years end in the current year or, clamped to 2018, next year.
    @Test func demoWithFixedMembersAndTenYears() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "2", "--years", "10", "--members", "15"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let currentYear = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date()).year!
        let first = max(2018, currentYear - 9)
        let expectedYears = (first..<(first + 10)).map(String.init)
        #expect(run.stdout.contains("2 verzonnen cellen, 300 antwoordbestanden"))
        for cell in ["demogemeente-001", "demogemeente-002"] {
            let responses = folder.appendingPathComponent("demo/\(cell)/responses")
            let years = try FileManager.default.contentsOfDirectory(atPath: responses.path).sorted()
            #expect(years == expectedYears)
            for year in years {
                let files = try FileManager.default.contentsOfDirectory(atPath: responses.appendingPathComponent(year).path)
                #expect(files.filter { $0.hasSuffix(".yaml") }.count == 15, "\(cell) \(year)")
            }
        }
        for bad in ["3", "16"] {
            let refused = try ZelfscanBinary.run(["demo", "--out", "other", "--members", bad], in: folder, environment: ["LANG": "en_GB.UTF-8"])
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("--members must be 4 to 15"))
        }
    }

    @Test func demoNeverOverwritesOtherFolders() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("demo"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("demo/notes.txt"))
        let run = try Self.demo(folder)
        #expect(run.status == 73)
        #expect(run.stderr.contains("demo is niet leeg en is geen eerdere demomap"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("demo/notes.txt").path))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("demo/notes.txt"))
        #expect(try Self.demo(folder).status == 0)
        #expect(try Self.demo(folder).status == 0, "an earlier demo folder is replaced")
    }

    @Test func scoreJSONOnDemoData() throws {
        let folder = try Self.pool.get()
        let run = try ZelfscanBinary.run(["score", "--json", "--dir", "demo/demogemeente-001"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["synthetic"] as? Bool == true)
        #expect((json["questionnaire"] as? [String: Any])?["version"] as? String == "2026.2")
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(cells.count == 1)
        let cell = cells[0]
        #expect(cell["municipality"] as? String == "Demogemeente 001")
        #expect(cell["year"] as? Int == 2026)
        let dimensions = try #require(cell["dimensions"] as? [[String: Any]])
        #expect(dimensions.map { $0["id"] as? String } == ["trust", "information-sharing", "coordinator", "shared-vision", "case-flow"])
        for dimension in dimensions {
            for key in ["n", "mean", "sd", "band", "withheld"] { #expect(dimension.keys.contains(key), "\(key)") }
            #expect(!dimension.keys.contains("min") && !dimension.keys.contains("max"), "a lowest or highest score is one member's")
            if let mean = dimension["mean"] as? Double { #expect((0...100).contains(mean)) }
        }
        #expect(cell["respondents"] == nil && cell["individual_scores"] == nil, "aggregates only")
        #expect(!run.stdout.contains("\"role\"") && !run.stdout.contains("R-"), "no role, no code")

        let individual = try ZelfscanBinary.run(["score", "--json", "--individual-scores", "--dir", "demo/demogemeente-001"], in: folder)
        #expect(individual.status == 0, "\(individual.stderr)")
        #expect(individual.stderr.contains("waarschuwing: de uitvoer bevat de eigen scores van elk lid"))
        let records = try #require(((try JSONSerialization.jsonObject(with: Data(individual.stdout.utf8)) as? [String: Any])?["cells"]
            as? [[String: Any]])?.first?["individual_scores"] as? [[String: Any]])
        #expect(records.count == cell["n"] as? Int)
        #expect(records.allSatisfy { Set($0.keys) == ["dimensions", "overall"] }, "never a role or code beside a score")
        let overalls = records.compactMap { $0["overall"] as? Double }
        #expect(overalls == overalls.sorted(), "ordered by score, not by file")
    }

    @Test func looseFilesAreGroupedIntoCells() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        _ = try Self.demo(folder, municipalities: "3")
        let files = try Self.files(under: folder.appendingPathComponent("demo")).keys.filter { $0.contains("/responses/") }.sorted()
            .map { "demo" + $0 }
        let questionnaire = ZelfscanBinary.repository.appendingPathComponent("questionnaires/livc-r.yaml").path
        let run = try ZelfscanBinary.run(["score", "--json", "--questionnaire", questionnaire] + files, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let cells = try #require(json["cells"] as? [[String: Any]])
        #expect(Set(cells.map { "\($0["municipality"]!) \($0["year"]!)" }).count == 6)

        let text = try ZelfscanBinary.run(["score", "--questionnaire", questionnaire] + files, in: folder)
        #expect(text.stdout.hasPrefix("SYNTHETISCHE DEMODATA"))
        #expect(text.stdout.contains("Demogemeente 002: ronde 2025"))
    }

    @Test func aResponseOfAnotherVersionIsRefused() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        _ = try Self.demo(folder, municipalities: "1")
        let responses = folder.appendingPathComponent("demo/demogemeente-001/responses/2026")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: responses.path).first { $0.hasSuffix(".yaml") })
        let url = responses.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "version: '2026.2'", with: "version: '2025.1'")
        try Data(text.utf8).write(to: url)
        let questionnaire = ZelfscanBinary.repository.appendingPathComponent("questionnaires/livc-r.yaml").path
        let run = try ZelfscanBinary.run(["score", "--questionnaire", questionnaire, url.path], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("deze antwoorden horen bij vragenlijst livc-r 2025.1, niet bij livc-r 2026.2"))
        #expect(run.stderr.contains("er is niets gescoord"))
    }

    @Test func textOutputReadsForACoordinator() throws {
        let folder = try Self.pool.get()
        let run = try ZelfscanBinary.run(["score", "--dir", "demo/demogemeente-001", "--peers", "demo", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("SYNTHETIC DEMO DATA"))
        #expect(run.stdout.contains("Demogemeente 001: round 2026 · questionnaire livc-r 2026.2 · scoring rules version 1"))
        #expect(run.stdout.contains("Dimension"))
        #expect(run.stdout.contains("(source: VVSG 2022, Tabel 12 (herberekend), n=109)"))
        #expect(run.stdout.contains("2025 → 2026:"))
        #expect(run.stdout.contains("NOTE: the comparison pool holds SYNTHETIC demo data, not a real benchmark."))
        #expect(run.stdout.contains("not shown: ") || run.stdout.contains("all cells, Trust: median"))
        // The cell is not its own peer: 8 demo cells make 7 others.
        #expect(run.stdout.contains("all cells (7 other municipalities)"))
        // Statements in words, as members read them, never item ids.
        let dontKnow = run.stdout.components(separatedBy: "Most often \"don't know\"").dropFirst().first ?? ""
        let lines = dontKnow.split(separator: "\n").dropFirst().prefix { $0.hasPrefix("  ") }
        #expect(!lines.isEmpty)
        for line in lines { #expect(line.firstMatch(of: /[a-z]+(-[a-z]+)*\.[a-z]+(-[a-z]+)*/) == nil, "\(line)") }
    }
}
