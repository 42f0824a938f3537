import Foundation
import Testing

/// A questionnaire of another domain (Fixtures/youth-partnership.yaml: a municipal youth-work
/// partnership, a 0-based scale, four bands, weights, reverse items, three coverage rules, no
/// context module) through every command of the built binary. Nothing the tool says or writes
/// for it may speak of the bundled questionnaire's domain.
@Suite("another domain, end to end")
struct OtherDomainTests {
    /// Words of the bundled questionnaire's domain: none may appear for another questionnaire.
    /// "cel" only as a word: compounds such as "celpanel" name the export's own tables.
    static let domainWords = #"(?i)livc|zivc|radicali|radical|extremis|vvsg|vredesinstituut|casus|\bcel\b|co[öo]rdinator"#

    struct Command {
        var label: String
        var run: ZelfscanBinary.Run
    }

    struct Pool {
        var folder: URL
        var commands: [Command]

        func command(_ label: String) -> ZelfscanBinary.Run? { commands.first { $0.label == label }?.run }

        func file(_ path: String) throws -> String {
            String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
        }
    }

    /// Every command run once for the whole suite: twelve workspaces of four members each.
    static let pool: Result<Pool, any Error> = Result { try makePool() }

    static let municipalities = ["Lier", "Mechelen", "Aalst", "Geel", "Mol", "Boom", "Hamme", "Lede", "Zele", "Tielt", "Ieper", "Eeklo"]

    static func makePool() throws -> Pool {
        let folder = try ZelfscanBinary.temporaryFolder()
        let fixture = ZelfscanBinary.repository.appendingPathComponent("Tests/EndToEndTests/Fixtures/youth-partnership.yaml")
        let questionnaire = folder.appendingPathComponent("youth-partnership.yaml")
        try FileManager.default.copyItem(at: fixture, to: questionnaire)
        var commands: [Command] = []
        func run(_ label: String, _ arguments: [String], stdin: String = "") throws {
            commands.append(Command(label: label, run: try ZelfscanBinary.run(arguments, stdin: stdin, in: folder)))
        }
        try run("validate", ["validate", "youth-partnership.yaml"])
        try run("validate en", ["validate", "--language", "en", "youth-partnership.yaml"])
        try run("show", ["show", "youth-partnership.yaml"])
        try run("show en", ["show", "--language", "en", "youth-partnership.yaml"])
        for (index, municipality) in municipalities.enumerated() {
            // The first workspace has no Belfius cluster, the second speaks English.
            var arguments = ["init", "--dir", "pool/w\(index)", "--municipality", municipality, "--year", "2026", "--questionnaire", questionnaire.path]
            if index > 0 { arguments += ["--cluster", "V5"] }
            if index == 1 { arguments += ["--language", "en"] }
            try run(index < 2 ? "init w\(index)" : "init", arguments)
        }
        // A youth worker answers in line mode: Enter, role 1, then one box per question shown
        // (offer.plan 3 shows offer.plan-used; the role group shows offer.street), v submits.
        let lines = ["", "1", "4", "2", "3", "3", "4", "2", "3", "4", "1", "v"].joined(separator: "\n") + "\n"
        try run("take w0", ["take", "--dir", "pool/w0", "--plain"], stdin: lines)
        try run("take w1", ["take", "--dir", "pool/w1", "--plain", "--language", "en"], stdin: lines)
        for index in municipalities.indices {
            for (member, role) in ["school", "alderman", "street-worker"].enumerated() {
                let sheet = folder.appendingPathComponent("sheet-\(index)-\(member).yaml")
                try Data(answerSheet(role: role, seed: index * 3 + member).utf8).write(to: sheet)
                try run(index < 2 ? "sheet w\(index)" : "sheet", ["take", "--dir", "pool/w\(index)", "--answers", sheet.lastPathComponent, "--submit"])
            }
        }
        try run("status w0", ["status", "--dir", "pool/w0"])
        try run("score w0", ["score", "--dir", "pool/w0", "--peers", "pool"])
        try run("score w1", ["score", "--dir", "pool/w1", "--peers", "pool", "--language", "en"])
        try run("report w0", ["report", "--dir", "pool/w0", "--peers", "pool", "--include-comments"])
        try run("report w1", ["report", "--dir", "pool/w1", "--peers", "pool", "--language", "en"])
        try run("plan add w0", ["plan", "add", "--dir", "pool/w0", "--dimension", "offer", "--items", "offer.gaps",
                                "--action", "Jongeren bevragen over wat ze missen", "--owner", "jeugddienst", "--due", "2027-03"])
        try run("plan list w0", ["plan", "list", "--dir", "pool/w0"])
        try run("plan list w1", ["plan", "list", "--dir", "pool/w1", "--language", "en"])
        try run("print nl", ["print", "--questionnaire", "youth-partnership.yaml", "--out", "paper-nl.html"])
        try run("print en", ["print", "--language", "en", "--questionnaire", "youth-partnership.yaml", "--out", "paper-en.html"])
        for language in ["nl", "en"] {
            // Whoever types forms in copies the example from the form's last page as it stands.
            let paper = String(decoding: try Data(contentsOf: folder.appendingPathComponent("paper-\(language).html")), as: UTF8.self)
            try Data(example(in: paper).utf8).write(to: folder.appendingPathComponent("example-\(language).yaml"))
            try run("init typist \(language)", ["init", "--dir", "typist-\(language)", "--municipality", "Lier", "--year", "2026",
                                                "--questionnaire", questionnaire.path, "--language", language])
            try run("type example \(language)", ["take", "--dir", "typist-\(language)", "--answers", "example-\(language).yaml"])
        }
        try run("compare", ["compare", "pool"])
        try run("compare en", ["compare", "pool", "--language", "en", "--by", "level"])
        try run("compare trend", ["compare", "pool", "--trend"])
        try run("compare html", ["compare", "pool", "--format", "html", "--out", "compare.html"])
        try run("compare csv", ["compare", "pool", "--format", "csv", "--out", "compare.csv"])
        try run("compare json", ["compare", "pool", "--format", "json", "--out", "compare.json"])
        try run("key", ["key", "new", "k.key"])
        try run("export", ["export", "pool", "--key", "k.key", "--out", "export"])
        try run("audit", ["audit", "export"])
        try run("audit en", ["audit", "--language", "en", "export"])
        return Pool(folder: folder, commands: commands)
    }

    /// One member's paper form as typed in, varied by `seed`; a street worker is also asked
    /// offer.street, and offer.plan-used only follows a plan they agree exists.
    static func answerSheet(role: String, seed: Int) -> String {
        let agree = seed % 4 + 1
        let often = (seed * 7 + 2) % 5
        var lines = ["role: \(role)", "answers:",
                     "  reach.phone: \(agree)", "  reach.late: \(often)", "  reach.referral: \(seed % 3 == 0 ? "na" : String((often + 2) % 5))",
                     "  offer.plan: \(agree)", "  offer.gaps: \(seed % 5 == 0 ? "unsure" : String(5 - agree))",
                     "  meetings.useful: \((seed + 1) % 4 + 1)", "  meetings.skip: \((often + 1) % 5)"]
        if agree >= 3 { lines.append("  offer.plan-used: \((seed + 3) % 5)") }
        if role == "street-worker" { lines.append("  offer.street: \(5 - agree)") }
        if seed % 4 == 1 { lines += ["comments:", "  meetings: \"Het overleg begint altijd te laat.\""] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The text of the example answer file on the paper form's last page.
    static func example(in html: String) -> String {
        guard let start = html.range(of: "<pre>"), let end = html.range(of: "</pre>", range: start.upperBound..<html.endIndex) else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&") + "\n"
    }

    /// Every file under `folder`, with its path relative to it.
    static func files(under folder: URL) throws -> [(path: String, text: String)] {
        let root = folder.standardizedFileURL.path
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [(String, String)] = []
        for case let url as URL in walk where (try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.standardizedFileURL.path.dropFirst(root.count + 1))
            files.append((path, String(decoding: try Data(contentsOf: url), as: UTF8.self)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// "file: …context…" for each domain word in `text`.
    static func domainWords(in text: String, pattern: String = domainWords) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return ["bad pattern"] }
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).prefix(5).map { match in
            let range = Range(match.range, in: text)!
            let from = text.index(range.lowerBound, offsetBy: -40, limitedBy: text.startIndex) ?? text.startIndex
            let to = text.index(range.upperBound, offsetBy: 40, limitedBy: text.endIndex) ?? text.endIndex
            return String(text[from..<to]).replacingOccurrences(of: "\n", with: "⏎")
        }
    }

    @Test func everyCommandSucceeds() throws {
        let pool = try Self.pool.get()
        #expect(pool.commands.count > 60)
        for command in pool.commands {
            #expect(command.run.status == 0, "\(command.label): \(command.run.stderr)")
        }
    }

    @Test func validateShowAndScoreReadTheOtherShape() throws {
        let pool = try Self.pool.get()
        #expect(pool.command("validate")?.stdout == "youth-partnership.yaml: ok\n")
        let show = try #require(pool.command("show")).stdout
        #expect(show.contains("often5: 0 Nooit · 1 Zelden · 2 Soms · 3 Vaak · 4 Altijd"))
        #expect(show.contains("reach.referral [often5, gewicht 0,5]") && show.contains("minimale dekking 0,75"))
        #expect(try #require(pool.command("show en")).stdout.contains("reach.referral [often5, weight 0.5]"))
        let score = try #require(pool.command("score w0")).stdout
        #expect(score.contains("Elkaar bereiken") && score.contains("Overleg"))
        #expect(["Zwak", "Matig", "Goed", "Uitstekend"].contains { score.contains($0) })
        #expect(try #require(pool.command("score w1")).stdout.contains("Reaching one another"))
    }

    @Test func noOutputSpeaksOfTheBundledDomain() throws {
        let pool = try Self.pool.get()
        for command in pool.commands {
            for stream in [command.run.stdout, command.run.stderr] {
                let found = Self.domainWords(in: stream)
                #expect(found.isEmpty, "\(command.label): \(found)")
            }
        }
        let files = try Self.files(under: pool.folder)
        #expect(files.contains { $0.path == "export/README.md" } && files.contains { $0.path.hasSuffix("zelfscan-report-2026.html") })
        for file in files {
            let found = Self.domainWords(in: file.text)
            #expect(found.isEmpty, "\(file.path): \(found)")
        }
    }

    /// The fixture names its group (`group:`): the tool's sentences say "partnerschap", never "groep".
    @Test func theToolSaysThePartnershipsOwnWord() throws {
        let pool = try Self.pool.get()
        let score = try #require(pool.command("score w0")).stdout
        #expect(score.contains("Vergelijking met andere partnerschappen"), "\(score)")
        #expect(try #require(pool.command("score w1")).stdout.contains("Comparison with other partnerships"))
        #expect(try #require(pool.command("compare")).stdout.contains("Vergelijking van partnerschappen"))
        let report = try pool.file("pool/w0/reports/2026/zelfscan-rapport-2026.html")
        #expect(report.contains("Feiten over uw partnerschap") || report.contains("uw partnerschap"))
        #expect(report.contains("Tegenover andere partnerschappen"))
        #expect(!report.contains("uw groep") && !report.contains("andere groepen"))
        let english = try pool.file("pool/w1/reports/2026/zelfscan-report-2026.html")
        #expect(english.contains("your partnership") && !english.contains("your group"))
    }

    /// Belfius groups belong to the workspace model; a workspace without a cluster never hears of them.
    @Test func aWorkspaceWithoutAClusterNeverMeetsBelfius() throws {
        let pool = try Self.pool.get()
        for label in ["init w0", "take w0", "sheet w0", "status w0", "score w0", "report w0", "plan add w0", "plan list w0"] {
            let runs = pool.commands.filter { $0.label == label }
            #expect(!runs.isEmpty, "\(label)")
            for command in runs {
                #expect(!(command.run.stdout + command.run.stderr).localizedCaseInsensitiveContains("belfius"), "\(label)")
            }
        }
        for file in try Self.files(under: pool.folder.appendingPathComponent("pool/w0")) {
            #expect(!file.text.localizedCaseInsensitiveContains("belfius"), "\(file.path)")
        }
    }

    @Test(arguments: ["nl", "en"]) func thePaperExampleIsTypedInWithoutAnError(language: String) throws {
        let pool = try Self.pool.get()
        let run = try #require(pool.command("type example \(language)"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("fout:") && !run.stderr.contains("error:"), "\(run.stderr)")
        let example = try pool.file("example-\(language).yaml")
        #expect(example.hasPrefix("role: youth-worker\nanswers:\n  reach.phone: 4\n  reach.late: na\n"), "\(example)")
        #expect(example.contains("comments:\n  reach: "))
    }

    @Test(arguments: ["nl", "en"]) func membersSeeWordsAndTheTypistSeesCodes(language: String) throws {
        let pool = try Self.pool.get()
        let html = try pool.file("paper-\(language).html")
        let parts = html.components(separatedBy: "<section class=\"typist\">")
        #expect(parts.count == 2)
        let form = parts[0], typist = parts.last ?? ""
        for id in ["reach.phone", "reach.late", "offer.plan-used", "offer.street", "meetings.skip", "youth-worker", "unsure", "zelfscan take", "answers:"] {
            #expect(!form.contains(id), "\(id) on the members' pages")
            #expect(typist.contains(id), "\(id) missing for the typist")
        }
        if language == "nl" {
            #expect(form.contains("Alleen beantwoorden als u bij vraag 4 &#39;Eerder eens&#39; of &#39;Eens&#39; koos."))
            #expect(form.contains("Alleen beantwoorden als u als rol &#39;Jeugdwerker&#39; of &#39;Straathoekwerker&#39; aankruiste."))
            #expect(form.contains("kruis dan &quot;Niet aan de orde bij ons&quot; of &quot;Kan ik niet inschatten&quot; aan."))
            #expect(typist.contains("Nooit = 0; Zelden = 1; Soms = 2; Vaak = 3; Altijd = 4; Niet aan de orde bij ons = na"))
        } else {
            #expect(form.contains("Only answer if you chose &#39;Rather agree&#39; or &#39;Agree&#39; at question 4."))
            #expect(form.contains("Only answer if you ticked &#39;Youth worker&#39; or &#39;Street worker&#39; as your role."))
            #expect(typist.contains("Never = 0; Rarely = 1; Sometimes = 2; Often = 3; Always = 4; Does not arise for us = na"))
        }
    }

    /// The method states this questionnaire's coverage rules, and answers off the scale carry
    /// the scale's own words.
    @Test func theReportSpeaksTheQuestionnairesRules() throws {
        let pool = try Self.pool.get()
        let nl = try pool.file("pool/w0/reports/2026/zelfscan-rapport-2026.md")
        #expect(nl.contains("minstens dit deel van het gewicht van de getoonde stellingen beantwoordde: Elkaar bereiken 50%, Aanbod 75%, Overleg 100%"))
        #expect(nl.contains("| Niet aan de orde bij ons |") && nl.contains("| Kan ik niet inschatten |"))
        #expect(nl.contains("\"Niet aan de orde bij ons\" of \"Kan ik niet inschatten\""))
        #expect(nl.contains("| Niveau | gemeente |"))
        let en = try pool.file("pool/w1/reports/2026/zelfscan-report-2026.md")
        #expect(en.contains("at least this share of the weight of the statements shown: Reaching one another 50%, Offer 75%, Meetings 100%"))
        #expect(en.contains("| Does not arise for us |") && en.contains("| Cannot judge |"))
        for report in [nl, en] {
            #expect(!report.contains("60%"))
            #expect(!report.localizedCaseInsensitiveContains("weet ik niet") && !report.localizedCaseInsensitiveContains("don't know"))
        }
    }
}
