import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `zelfscan take` on a real terminal: the built binary in a tmux pane, driven by keys and read
/// from the captured screen, so raw mode, the alternate screen, signals and the draft on disk are
/// tested together as a respondent meets them.
@Suite("take under tmux", .enabled(if: TmuxSession.isAvailable, "tmux is not on PATH (scripts/test installs it)"), .timeLimit(.minutes(1)))
struct TmuxTakeTests {
    /// `zelfscan init` in a fresh folder; the workspace folder.
    static func workspace() throws -> URL {
        let folder = try ZelfscanBinary.temporaryFolder()
        let run = try ZelfscanBinary.run(["init", "--dir", "ws", "--municipality", "Testgemeente", "--questionnaire", ZelfscanBinary.archived2026_1], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return folder.appendingPathComponent("ws")
    }

    /// The one response file of the workspace: its code, path and text.
    static func response(in workspace: URL) throws -> (code: String, path: String, text: String) {
        let responses = workspace.appendingPathComponent("responses")
        for year in try FileManager.default.contentsOfDirectory(atPath: responses.path) {
            let folder = responses.appendingPathComponent(year)
            if let name = try FileManager.default.contentsOfDirectory(atPath: folder.path).first(where: { $0.hasSuffix(".yaml") }) {
                let path = folder.appendingPathComponent(name).path
                return (String(name.dropLast(5)), path, try String(contentsOfFile: path, encoding: .utf8))
            }
        }
        throw CocoaError(.fileNoSuchFile)
    }

    /// Whether a process holds the draft's `flock`, as `zelfscan status` and a new session check.
    static func lockIsHeld(_ draftPath: String) -> Bool {
        let descriptor = open(String(draftPath.dropLast(5)) + ".lock", O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return true }
        flock(descriptor, LOCK_UN)
        return false
    }

    /// The progress counter as the title line shows it; the leading space keeps `1/41` from
    /// matching `11/41`.
    static func progress(_ position: Int, _ total: Int) -> String { " \(position)/\(total) [" }

    /// Lines wider than the pane; the screen is captured with wrapped lines joined.
    static func overlong(_ screen: String, columns: Int) -> [String] {
        screen.split(separator: "\n").map(String.init).filter { $0.count > columns }
    }

    /// The shell's terminal settings after the session: `stty -a` names every turned-off flag
    /// with a leading `-`, so raw mode left behind shows as `-icanon -echo …`. The command ends
    /// with Ctrl-J, which a shell reads as a line end even when raw mode turned Enter into `\r`.
    static func expectTerminalRestored(_ tmux: TmuxSession) throws {
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "0 1", "alternate screen left, cursor shown")
        try tmux.type(#"echo "[tty $(stty -a | tr ' ' '\n' | grep -xE -- '-(icanon|echo|isig|icrnl|ixon)' | tr '\n' ' ')]""#)
        try tmux.press("C-j")
        let screen = try tmux.waitUntil("the stty check") { $0.split(separator: "\n").contains { $0.contains("[tty ") && !$0.contains("stty") } }
        #expect(screen.contains("[tty ]"), "raw-mode flags left on the terminal:\n\(screen)")
    }

    /// Starts a new response as the police member: introduction, role 3, first question.
    static func startAsPolice(_ tmux: TmuxSession, arguments: String = "") throws {
        try tmux.run("zelfscan take" + arguments)
        try tmux.waitFor("Zelfevaluatie LIVC-R", "Enter beginnen · q stoppen")
        try tmux.press("Enter")
        try tmux.waitFor("In welke rol vult u de vragenlijst in?", "3 ( ) Lokale politie")
        try tmux.press("3")
        try tmux.waitFor(progress(1, 41))
    }

    /// A draft with the first three context questions answered (municipal, one table, a formal
    /// agreement), left with `q`; its code.
    static func draftWithThreeAnswers(in workspace: URL) throws -> String {
        let tmux = try TmuxSession(directory: workspace, environment: ["NO_COLOR": "1"])
        try startAsPolice(tmux)
        for (key, next) in [("1", progress(2, 41)), ("1", progress(3, 41)), ("1", progress(4, 42))] {
            try tmux.press(key)
            try tmux.waitFor(next)
        }
        try tmux.press("q")
        try tmux.waitFor("[exit 0]")
        return try response(in: workspace).code
    }

    /// The whole Dutch flow at 80×24 up to saving and quitting, every key of the question screen
    /// included, and the shell's terminal afterwards.
    @Test func dutchSessionAnswersGoesBackSkipsAndQuits() throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(directory: workspace)
        try Self.startAsPolice(tmux)

        let first = try tmux.waitFor("Over uw cel", "Op welk niveau is uw cel georganiseerd?", "1-4 kies · ↑↓ Enter · ? uitleg · b terug · s overslaan · q bewaren en stoppen")
        let lines = first.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("Over uw cel") && lines[0].hasSuffix(" 1/41 [--------------------]"))
        #expect(first.contains(" > 1 ( ) Gemeentelijk niveau (LIVC-R)\n   2 ( ) Niveau van de politiezone (ZIVC-R)\n   3 ( ) De cel wordt nog opgestart\n   4 ( ) Weet ik niet"))
        #expect(Self.overlong(first, columns: 80).isEmpty, "\(Self.overlong(first, columns: 80))")
        #expect(try tmux.display("#{alternate_on} #{cursor_flag}") == "1 0", "the session runs on the alternate screen without a cursor")

        try tmux.press("?")
        try tmux.waitFor("Uitleg", "Een LIVC-R werkt voor één gemeente.", "Enter, Esc of ? terug naar de vraag")
        try tmux.press("Enter")
        try tmux.waitFor("Op welk niveau is uw cel georganiseerd?")

        try tmux.press("Down", "Down")
        try tmux.waitFor(" > 3 ( ) De cel wordt nog opgestart")
        try tmux.press("Enter")
        try tmux.waitFor(Self.progress(2, 41), "Uit hoeveel overlegtafels bestaat uw cel?")
        try tmux.press("2")
        try tmux.waitFor(Self.progress(3, 41), "Welke afspraken over de werking van uw cel bestaan er?")
        try tmux.press("1")
        // A formal agreement shows the follow-up question on it, so the total grows by one.
        try tmux.waitFor(Self.progress(4, 42), "Welke partners nemen vast deel aan uw cel?")

        try tmux.press("b")
        try tmux.waitFor(Self.progress(3, 42), " > 1 (x) Een formeel, schriftelijk lokaal afsprakenkader")
        try tmux.press("Enter")
        try tmux.waitFor(Self.progress(4, 42))
        try tmux.press("s")
        try tmux.waitFor(Self.progress(5, 42), "Met welke partners werkt uw bestuur buiten de cel")

        try tmux.press("q")
        let closing = try tmux.waitFor("[exit 0]")
        let saved = try Self.response(in: workspace)
        #expect(closing.contains("Uw antwoorden zijn bewaard. Verder gaan met: zelfscan take --resume \(saved.code)"))
        #expect(closing.contains("zelfscan take; echo"), "the shell's own screen is back")
        try Self.expectTerminalRestored(tmux)

        #expect(saved.code.hasPrefix("R-"))
        #expect(saved.text.contains("role: police\nlanguage: nl\nstatus: draft\n"))
        #expect(saved.text.contains("answers:\n  context.level: in-setup\n  context.tables: two\n  context.agreement: formal\nskipped:\n- context.composition\n"))
        #expect(!Self.lockIsHeld(saved.path))
    }

    /// A resumed draft opens at its first open question with the earlier answers kept, and
    /// goes through the review (jumping back to a skipped question) to submitting and the
    /// respondent's own scores.
    @Test func resumedDraftGoesThroughReviewToSubmitted() throws {
        let workspace = try Self.workspace()
        let code = try Self.draftWithThreeAnswers(in: workspace)
        let tmux = try TmuxSession(directory: workspace)
        try tmux.run("zelfscan take --resume \(code)")
        try tmux.waitFor(Self.progress(4, 42), "Welke partners nemen vast deel aan uw cel?")

        try tmux.press("b")
        try tmux.waitFor(Self.progress(3, 42), " > 1 (x) Een formeel, schriftelijk lokaal afsprakenkader")
        try tmux.press("Enter")
        try tmux.waitFor(Self.progress(4, 42))

        try tmux.press("1", "2", "Enter")
        try tmux.waitFor(Self.progress(5, 42))
        try tmux.press("s")
        try tmux.waitFor(Self.progress(6, 42), "Welke moeilijkheden ervaart uw cel")
        try tmux.press("1", "Enter")
        try tmux.waitFor(Self.progress(7, 42), "Hoeveel casussen heeft de cel")
        try tmux.type("4")
        try tmux.press("Enter")
        try tmux.waitFor(Self.progress(8, 42))
        try tmux.press("s")
        try tmux.waitFor(Self.progress(9, 42), "Vertrouwen")
        for position in 9...42 {
            try tmux.press(position == 20 ? "s" : position.isMultiple(of: 2) ? "4" : "5")
            if position < 42 { try tmux.waitFor(Self.progress(position + 1, 42)) }
        }

        let review = try tmux.waitFor("Nakijken en verzenden", "U beantwoordde 39 van de 42 vragen.")
        #expect(review.contains("Nog niet beantwoord:"))
        #expect(review.contains("  5  Met welke partners werkt uw bestuur") && review.contains("(overgeslagen)"))
        #expect(review.contains("  8  Waar zou de werking van uw cel baat bij hebben?"))
        #expect(review.contains(" 20  "))
        #expect(review.contains("nummer + Enter naar die vraag · v of Enter verzenden"))
        #expect(Self.overlong(review, columns: 80).isEmpty, "\(Self.overlong(review, columns: 80))")

        try tmux.type("5")
        try tmux.waitFor("Naar vraag: 5_")
        try tmux.press("Enter")
        try tmux.waitFor(Self.progress(5, 42), "Met welke partners werkt uw bestuur")
        try tmux.press("2", "Enter")
        let back = try tmux.waitFor("Nakijken en verzenden", "U beantwoordde 40 van de 42 vragen.")
        #expect(!back.contains("Met welke partners werkt uw bestuur"))

        try tmux.press("v")
        try tmux.waitFor("Uw antwoorden nu verzenden? Daarna kunt u ze niet meer wijzigen.", "j verzenden · n terug")
        try tmux.press("j")
        let closing = try tmux.waitFor("[exit 0]")
        #expect(closing.contains("Bedankt. Uw antwoorden zijn verzonden (code \(code))."))
        for dimension in ["Vertrouwen", "Afspraken over informatiedeling", "Rol van de coördinator", "Gedeelde visie", "Totaal"] {
            let line = closing.split(separator: "\n").first { $0.hasPrefix("  " + dimension) }
            #expect(line.map { ["Aandachtspunt", "In ontwikkeling", "Sterkte"].contains(where: $0.hasSuffix) } == true,
                    "\(dimension) with a score and its band in words:\n\(closing)")
        }
        #expect(closing.contains("Verzonden in deze ronde: 1; het gezamenlijke rapport vraagt er minstens 3."), "the end screen counts the round")
        try Self.expectTerminalRestored(tmux)

        let saved = try Self.response(in: workspace)
        #expect(saved.text.contains("status: submitted\n"))
        #expect(saved.text.contains("\nsubmitted: '"))
        #expect(saved.text.contains("  context.level: municipal\n  context.tables: one\n  context.agreement: formal\n"))
        #expect(saved.text.contains("  context.partners-outside: [schools]") || saved.text.contains("  context.partners-outside:\n  - schools\n"))
        #expect(saved.text.contains("  context.cases: 4\n"))
        #expect(!Self.lockIsHeld(saved.path))
    }

    /// Closing the terminal (tmux kills the pane and its processes get SIGHUP) loses no answer and
    /// leaves no lock: the draft resumes in a new terminal at the next question.
    @Test func closedTerminalKeepsTheDraftAndReleasesTheLock() throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(directory: workspace)
        try Self.startAsPolice(tmux, arguments: " 2>../stderr.txt")
        for (key, next) in [("2", Self.progress(2, 41)), ("3", Self.progress(3, 41))] {
            try tmux.press(key)
            try tmux.waitFor(next)
        }
        let saved = try Self.response(in: workspace)
        #expect(Self.lockIsHeld(saved.path), "the running session holds the lock")
        try tmux.killSession()

        let deadline = Date().addingTimeInterval(5)
        while Self.lockIsHeld(saved.path), Date() < deadline { usleep(20_000) }
        #expect(!Self.lockIsHeld(saved.path), "the lock is gone with the process")
        let stderr = try String(contentsOf: workspace.deletingLastPathComponent().appendingPathComponent("stderr.txt"), encoding: .utf8)
        #expect(stderr.contains("Verder gaan met: zelfscan take --resume \(saved.code)"), "the closing words reach stderr: \(stderr.debugDescription)")
        let draft = try Self.response(in: workspace)
        #expect(draft.text.contains("status: draft\n"))
        #expect(draft.text.contains("answers:\n  context.level: zone\n  context.tables: three-plus\n"))

        let again = try TmuxSession(directory: workspace)
        try again.run("zelfscan take --resume \(saved.code)")
        try again.waitFor(Self.progress(3, 41), "Welke afspraken over de werking van uw cel bestaan er?")
        try again.press("q")
        try again.waitFor("[exit 0]")
    }

    /// Ctrl-C arrives as a key in raw mode and saves and stops like `q`.
    @Test func controlCSavesAndStops() throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(directory: workspace)
        try Self.startAsPolice(tmux)
        try tmux.press("4")
        try tmux.waitFor(Self.progress(2, 41))
        try tmux.press("C-c")
        let closing = try tmux.waitFor("[exit 0]")
        let saved = try Self.response(in: workspace)
        #expect(closing.contains("Verder gaan met: zelfscan take --resume \(saved.code)"))
        #expect(saved.text.contains("answers:\n  context.level: dk\n"))
        #expect(!Self.lockIsHeld(saved.path))
        try Self.expectTerminalRestored(tmux)
    }

    /// `--language en` puts the interface and the questionnaire in English.
    @Test func englishSession() throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(directory: workspace)
        try tmux.run("zelfscan take --language en")
        try tmux.waitFor("LIVC-R self-evaluation", "What happens with your answers?", "↑↓ scroll · Enter start · q quit")
        try tmux.press("Enter")
        try tmux.waitFor("In which role do you answer the questionnaire?", "No name is asked or stored.", "3 ( ) Local police / information officer")
        try tmux.press("3")
        let question = try tmux.waitFor("About your cell", Self.progress(1, 41), "At which level is your cell organised?")
        #expect(question.contains(" > 1 ( ) Municipal level (LIVC-R)"))
        #expect(question.contains("   4 ( ) Don't know"))
        #expect(question.contains("1-4 choose · ↑↓ Enter · ? help · b back · s skip · q save and quit"))
        #expect(!question.contains("kies"))
        try tmux.press("?")
        try tmux.waitFor("Help", "An LIVC-R serves one municipality.")
        try tmux.press("Enter")
        try tmux.waitFor("At which level is your cell organised?")
        try tmux.press("q")
        let closing = try tmux.waitFor("[exit 0]")
        let saved = try Self.response(in: workspace)
        #expect(closing.contains("Your answers have been saved. Continue with: zelfscan take --resume \(saved.code)"))
        #expect(saved.text.contains("language: en\n"))
    }

    /// Colour only repeats what the text says, and `NO_COLOR` or `--no-color` turns it off
    /// completely: the captured screen then holds no escape code at all.
    @Test(arguments: [(["NO_COLOR": ""], "", true), (["NO_COLOR": "1"], "", false), ([:], " --no-color", false)])
    func colourFollowsNoColor(environment: [String: String], flag: String, coloured: Bool) throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(directory: workspace, environment: environment)
        try Self.startAsPolice(tmux, arguments: flag)
        let styled = try tmux.styledScreen()
        #expect(styled.contains("Op welk niveau is uw cel georganiseerd?"))
        #expect(styled.contains("\u{1B}[") == coloured, "\(styled.debugDescription)")
        if coloured {
            #expect(styled.contains("\u{1B}[1mOver uw cel"), "bold title")
            #expect(styled.contains("7m"), "inverse highlight")
        }
        try tmux.press("q")
        try tmux.waitFor("[exit 0]")
    }

    /// On a 40-column terminal the statement and the options wrap, and no line is wider.
    @Test func narrowTerminalWraps() throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(columns: 40, rows: 24, directory: workspace)
        try Self.startAsPolice(tmux)
        for next in 2...5 {
            try tmux.press("s")
            try tmux.waitFor(Self.progress(next, 41))
        }
        let screen = try tmux.waitFor("Met welke partners werkt uw bestuur")
        #expect(Self.overlong(screen, columns: 40).isEmpty, "\(Self.overlong(screen, columns: 40))")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(lines.firstIndex { $0.hasPrefix("Met welke partners") })
        let statementLines = lines[start...].prefix { !$0.isEmpty && $0 != "Meerdere antwoorden mogelijk." }
        let statement = statementLines.joined(separator: " ")
        #expect(statement == "Met welke partners werkt uw bestuur buiten de cel structureel samen in de lokale aanpak van radicalisering en polarisatie?")
        #expect(statementLines.count >= 3, "the statement takes several lines")
        #expect(screen.hasPrefix("Over uw cel") && screen.split(separator: "\n")[0].hasSuffix(" 5/41 [#---------]"), "a 10-cell bar below 60 columns")
        #expect(screen.split(separator: "\n")[1].hasPrefix("uw code R-"), "the code keeps a line of its own")
        try tmux.press("q")
        try tmux.waitFor("[exit 0]")
    }

    /// A resize is redrawn at once, without waiting for a key: the header's bar takes the new
    /// width (20 cells from 60 columns, 10 below) and nothing is wider than the pane.
    @Test func aResizeIsRedrawnWithoutAKey() throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(columns: 80, rows: 24, directory: workspace, environment: ["NO_COLOR": "1"])
        try Self.startAsPolice(tmux)
        _ = try tmux.waitUntil("a 20-cell bar at 80 columns") { $0.split(separator: "\n").first?.hasSuffix(" 1/41 [--------------------]") == true }
        try tmux.resize(columns: 45, rows: 24)
        let narrow = try tmux.waitUntil("a 10-cell bar after the resize") { $0.split(separator: "\n").first?.hasSuffix(" 1/41 [----------]") == true }
        #expect(Self.overlong(narrow, columns: 45).isEmpty, "\(Self.overlong(narrow, columns: 45))")
        #expect(narrow.contains("uw code R-"))
        try tmux.resize(columns: 100, rows: 30)
        _ = try tmux.waitUntil("a 20-cell bar at 100 columns") { screen in
            guard let first = screen.split(separator: "\n").first else { return false }
            return first.count > 80 && first.hasSuffix(" 1/41 [--------------------]")
        }
        try tmux.press("q")
        try tmux.waitFor("[exit 0]")
    }

    /// On a list of 11 options, "1" then "0" typed together chooses option 10; "1" alone
    /// chooses option 1 once the short wait for a second digit is over (docs/terminal-session.md).
    @Test func optionsTenAndElevenAreChosenByNumber() throws {
        let workspace = try Self.workspace()
        let tmux = try TmuxSession(columns: 100, rows: 40, directory: workspace, environment: ["NO_COLOR": "1"])
        try Self.startAsPolice(tmux)
        var screen = try tmux.screen()
        for position in 2...12 where !screen.contains("Geen moeilijkheden") {
            try tmux.press("s")
            screen = try tmux.waitUntil("question \(position)") { $0.contains(" \(position)/4") }
        }
        #expect(screen.contains("Geen moeilijkheden") && screen.contains("1-11 aan/uit"), "\(screen)")
        try tmux.type("10")
        screen = try tmux.waitUntil("option 10 ticked") { $0.contains("10 [x] ") }
        #expect(screen.contains(" 1 [ ] Geen moeilijkheden"), "\(screen)")
        try tmux.type("1")
        screen = try tmux.waitUntil("option 1 ticked after the wait") { $0.contains(" 1 [x] Geen moeilijkheden") }
        #expect(screen.contains("10 [ ] "), "the exclusive option 1 clears option 10:\n\(screen)")
        try tmux.press("q")
        try tmux.waitFor("[exit 0]")
    }
}
