import Foundation
import Testing

@Suite("report and print")
struct ReportCommandTests {
    /// The suite's demo pool, made once; each test works on its own copy of it.
    static let pool: Result<URL, any Error> = Result {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "30", "--years", "2", "--first-year", "2025", "--seed", "2026"], in: folder)
        guard run.status == 0 else { throw DemoFailure(stderr: run.stderr) }
        return folder.appendingPathComponent("demo")
    }

    struct DemoFailure: Error { var stderr: String }

    static func demo(_ folder: URL) throws {
        try FileManager.default.copyItem(at: try pool.get(), to: folder.appendingPathComponent("demo"))
    }

    /// Two processes render the same report byte for byte: hash-seeded dictionary order differs
    /// between processes, so only a second process can show it.
    @Test(arguments: ["nl", "en"]) func twoProcessesWriteTheSameBytes(language: String) throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        try Self.demo(folder)
        var written: [[Data]] = []
        for out in ["first", "second"] {
            let run = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-009", "--peers", "demo", "--language", language, "--out", out],
                                             in: folder, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
            #expect(run.status == 0, "\(run.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(out).path).sorted()
            #expect(files.count == 4, "the report and the meeting guide, each in HTML and Markdown")
            written.append(try files.map { try Data(contentsOf: folder.appendingPathComponent(out).appendingPathComponent($0)) })
        }
        #expect(written[0] == written[1])
    }

    @Test func reportWritesBothFormatsInTheWorkspaceAndPrintsThePaths() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        try Self.demo(folder)
        let run = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-009", "--peers", "demo"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Rapport geschreven: demo/demogemeente-009/reports/2026/zelfscan-rapport-2026.html"))
        #expect(run.stdout.contains("Rapport geschreven: demo/demogemeente-009/reports/2026/zelfscan-rapport-2026.md"))
        #expect(run.stdout.contains("SYNTHETISCHE DEMODATA"))
        let html = try String(contentsOf: folder.appendingPathComponent("demo/demogemeente-009/reports/2026/zelfscan-rapport-2026.html"), encoding: .utf8)
        #expect(html.contains("SYNTHETISCHE DEMODATA"))
        let english = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-009", "--format", "md", "--language", "en", "--out", "out"], in: folder)
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout == "Report written: out/zelfscan-report-2026.md\nReport written: out/zelfscan-meeting-guide-2026.md\nSYNTHETIC DEMO DATA: this report is about an invented cell.\n")
    }

    @Test func theDateComesFromSourceDateEpoch() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        try Self.demo(folder)
        let run = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-009", "--format", "md", "--out", "out"], in: folder,
                                         environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("out/zelfscan-rapport-2026.md"), encoding: .utf8)
        #expect(markdown.contains("| Datum van de gegevens | 2026-01-01 |"))
    }

    @Test func commentsComeOnlyAfterAWarning() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        try Self.demo(folder)
        let run = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-009", "--include-comments", "--format", "md", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Free text can identify people"))
    }

    @Test func aCellWithoutEnoughResponsesGetsNoReport() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["init", "--dir", "gent", "--municipality", "Gent", "--year", "2026"], in: folder).status == 0)
        let run = try ZelfscanBinary.run(["report", "--dir", "gent"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.contains("geen rapport voor Gent 2026: 0 verzonden antwoorden, minstens 3 nodig om individuele antwoorden te beschermen"))
        #expect(run.stderr.contains("zelfscan take"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("gent/reports/2026").path))
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try ZelfscanBinary.run(["report", "--format", "pdf"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown report format 'pdf'"))
    }

    @Test func printWritesThePaperQuestionnaire() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["print", "--language", "en"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Paper questionnaire written: zelfscan-questionnaire.html"))
        let html = try String(contentsOf: folder.appendingPathComponent("zelfscan-questionnaire.html"), encoding: .utf8)
        #expect(html.contains("trust.agreed-use-of-information"), "the typist's page lists the codes of the bundled questionnaire")
        #expect(html.contains("<h2>Knowledge check: the legal framework</h2>"), "the knowledge check is on the members' pages")
        // Typed in as it stands, the example answers the knowledge check too, without an error.
        try Data(OtherDomainTests.example(in: html).utf8).write(to: folder.appendingPathComponent("example.yaml"))
        #expect(try String(contentsOf: folder.appendingPathComponent("example.yaml"), encoding: .utf8).contains("\n  knowledge."))
        #expect(try ZelfscanBinary.run(["init", "--dir", "cel", "--municipality", "Lier", "--year", "2026"], in: folder).status == 0)
        let typed = try ZelfscanBinary.run(["take", "--dir", "cel", "--answers", "example.yaml"], in: folder)
        #expect(typed.status == 0, "\(typed.stderr)")
        #expect(!typed.stderr.contains("fout:") && !typed.stderr.contains("error:") && !typed.stderr.contains("waarschuwing"), "\(typed.stderr)")
    }

    /// reports/example/ is what scripts/regenerate-example-reports writes today.
    @Test func theExampleReportsAreUpToDate() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["bash", ZelfscanBinary.repository.appendingPathComponent("scripts/regenerate-example-reports").path, folder.path]
        var environment = ProcessInfo.processInfo.environment
        environment["ZELFSCAN_BIN"] = ZelfscanBinary.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let example = ZelfscanBinary.repository.appendingPathComponent("reports/example")
        let fresh = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let kept = try FileManager.default.contentsOfDirectory(atPath: example.path).sorted()
        #expect(fresh == kept)
        for name in fresh {
            let same = try Data(contentsOf: folder.appendingPathComponent(name)) == Data(contentsOf: example.appendingPathComponent(name))
            #expect(same, "reports/example/\(name) is out of date: run scripts/regenerate-example-reports")
        }
    }
}

@Suite("the main job")
struct MainJobTests {
    /// scripts/demo types scripts/demo-answers.txt into `take --plain` when stdin is not a
    /// terminal; the answers must still fit the bundled questionnaire.
    @Test func theDemoAnswersSubmitOneMoreMemberAndTheReportFollows() throws {
        let folder = try ZelfscanBinary.temporaryFolder()
        #expect(try ZelfscanBinary.run(["demo", "--out", "demo", "--municipalities", "1", "--years", "2", "--first-year", "2025", "--seed", "2026"], in: folder).status == 0)
        let answers = try String(contentsOf: ZelfscanBinary.repository.appendingPathComponent("scripts/demo-answers.txt"), encoding: .utf8)
        let status = try ZelfscanBinary.run(["status", "--dir", "demo/demogemeente-001", "--json"], in: folder)
        let drafts = !status.stdout.filter { !$0.isWhitespace }.contains("\"drafts\":{\"count\":0,")
        let take = try ZelfscanBinary.run(["take", "--plain", "--dir", "demo/demogemeente-001"], stdin: (drafts ? "\n" : "") + answers, in: folder)
        #expect(take.status == 0, "\(take.stdout.suffix(600))\(take.stderr)")
        #expect(!take.stdout.contains("Kies een"), "every line answers the prompt it meets")
        #expect(take.stdout.contains("U beantwoordde 67 van de 67 vragen."))
        #expect(take.stdout.contains("Bedankt. Uw antwoorden zijn verzonden"))
        let report = try ZelfscanBinary.run(["report", "--dir", "demo/demogemeente-001"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let markdown = try String(contentsOf: folder.appendingPathComponent("demo/demogemeente-001/reports/2026/zelfscan-rapport-2026.md"), encoding: .utf8)
        #expect(markdown.contains("| Verzonden antwoorden | 5 |"))
        // Fewer than 3 were involved in the reference case: case flow has no score, and says why
        // without saying how few; the overall score no longer goes with it.
        #expect(markdown.contains(#/\| Totaalscore \| \d+,\d — /#), "\(markdown.prefix(1500))")
        #expect(markdown.contains("| Casusstroom (telt niet mee in het totaal) | Niet getoond: alleen gevraagd aan de leden die bij de referentiecasus betrokken waren, en dat waren er minder dan 3. |"))
        #expect(!markdown.contains("Ja, ik was betrokken 1") && !markdown.contains("Ja, ik was betrokken 2"), "who was involved is never counted below 3")
        let score = try ZelfscanBinary.run(["score", "--dir", "demo/demogemeente-001"], in: folder)
        #expect(score.status == 0, "\(score.stderr)")
        let rows = score.stdout.split(separator: "\n")
        #expect(rows.first { $0.hasPrefix("Totaal ") }?.contains(#/ \d+,\d +(Aandachtspunt|In ontwikkeling|Sterkte)$/#) == true, "\(score.stdout)")
        let caseFlow = rows.first { $0.hasPrefix("Casusstroom ") }.map(String.init) ?? ""
        #expect(caseFlow.hasSuffix("niet getoond: alleen gevraagd aan de leden die bij de referentiecasus betrokken waren, en dat waren er minder dan 3"))
        #expect(caseFlow.contains(#/^Casusstroom +niet getoond/#), "no count of those involved: \(caseFlow)")
    }
}
