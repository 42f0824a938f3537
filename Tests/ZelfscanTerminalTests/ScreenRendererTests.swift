import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

/// The bundled LIVC-R questionnaire, for checking every real screen fits.
enum Bundled {
    static let questionnaire: Questionnaire = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("questionnaires/livc-r.yaml").path
        let read: QuestionnaireLoader.ReadFile = { file in
            guard let data = FileManager.default.contents(atPath: file) else {
                throw FileReadError(path: file, reason: .notFound)
            }
            return Array(data)
        }
        let result = QuestionnaireLoader().load(file: path, bytes: (try? read(path)) ?? []) { try read($0) }
        guard let questionnaire = result.questionnaire else {
            fatalError("the bundled questionnaire does not load: \(result.diagnostics.map(\.message))")
        }
        return questionnaire
    }()
}

@Suite("Screen renderer")
struct ScreenRendererTests {
    func render(_ session: TakeSession, columns: Int = 80, rows: Int = 24, scroll: Int = 0) -> [String] {
        ScreenRenderer(size: TerminalSize(columns: columns, rows: rows), useColor: false, language: session.language)
            .lines(session, scroll: scroll).map(\.text)
    }

    /// A title line: `left` and `right` at the two ends of `width` columns.
    func spread(_ left: String, _ right: String, _ width: Int) -> String {
        left + String(repeating: " ", count: width - left.count - right.count) + right
    }

    /// The code is the only way back into a draft, so no width hides it from a question screen.
    @Test(arguments: [20, 30, 40, 49, 50, 60, 80])
    func theRespondentCodeIsOnEveryQuestionScreen(columns: Int) {
        let lines = render(makeSession(draft: Fixture.draft()), columns: columns)
        #expect(lines.prefix(3).contains { $0.contains("R-7KQ4M2") }, "\(lines.prefix(3))")
        #expect(lines.allSatisfy { $0.count <= columns })
    }

    @Test func aQuestionAt80By24() {
        let session = makeSession(draft: Fixture.draft())
        let expected = [
            spread("Over uw cel", "uw code R-7KQ4M2   1/5 [####----------------]", 80),
            "",
            "Op welk niveau werkt uw cel?",
            "",
            " > 1 ( ) Gemeente",
            "   2 ( ) Politiezone",
            "   3 ( ) Weet ik niet",
            "",
            "1-3 kies · ↑↓ Enter · ? uitleg · b terug · s overslaan · q bewaren en stoppen",
        ]
        #expect(render(session) == expected)
    }

    @Test func theCurrentAnswerIsMarkedApartFromTheHighlight() {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("zone")]))
        session.run(.back, .down)
        let lines = render(session)
        #expect(lines.contains("   2 (x) Politiezone"))
        #expect(lines.contains(" > 3 ( ) Weet ik niet"))
    }

    @Test func tickedOptionsOfAMultipleChoiceAreMarked() {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("municipal")]))
        session.run(.select(2))
        let lines = render(session)
        #expect(lines.contains("   1 [ ] Politie"))
        #expect(lines.contains(" > 2 [x] School"))
        #expect(lines.contains("Meerdere antwoorden mogelijk."))
    }

    @Test func at40ColumnsTheStatementWrapsAndTheKeysBreakBetweenParts() {
        let session = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
            "context.remarks": .text("geen"),
        ]))
        let lines = render(session, columns: 40)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[0] == spread("Vertrouwen", "4/5 [########--]", 40))
        #expect(lines[1] == "uw code R-7KQ4M2", "the code stays on a narrow screen, on a line of its own")
        #expect(lines[3...6] == [
            "Ik deel informatie met de partners in de",
            "cel zonder aarzelen, ook als die",
            "gevoelig is.",
            "",
        ])
        #expect(lines.suffix(2) == ["1-6 kies · ↑↓ Enter · ? uitleg · b terug", "s overslaan · q bewaren en stoppen"])
    }

    @Test func noEscapeCodesWithoutColourAndEmphasisWithIt() {
        let session = makeSession(draft: Fixture.draft())
        let plain = ScreenRenderer(size: .standard, useColor: false, language: .nl).frame(session)
        let clear = "\u{1B}[H\u{1B}[2J"
        #expect(plain.hasPrefix(clear))
        #expect(!plain.dropFirst(clear.count).contains("\u{1B}"))
        let coloured = ScreenRenderer(size: .standard, useColor: true, language: .nl).frame(session)
        #expect(coloured.contains("\u{1B}[7m > 1 ( ) Gemeente\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mOver uw cel"))
    }

    @Test func theTypedAnswerFieldShowsWhatIsTyped() {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("zone")]))
        session.run(.type("4"), .type("2"))
        let lines = render(session)
        #expect(lines.contains("Typ een geheel getal van 0 tot en met 500 (casussen)."))
        #expect(lines.contains(" > 42_"))
        #expect(lines.contains("   ( ) Weet ik niet"))
        #expect(lines.last == "0-9 getal · ↑↓ Enter · ? uitleg · b terug · s overslaan · q bewaren en stoppen")
    }

    @Test func aNoticeIsShownAboveTheKeys() {
        var session = makeSession(draft: Fixture.draft())
        session.run(.select(8))
        let lines = render(session)
        #expect(lines[lines.count - 2] == "Kies een nummer van 1 tot 3.")
    }

    @Test func helpShowsTheItemsExplanation() {
        var session = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
            "context.remarks": .text("geen"),
        ]))
        session.run(.help)
        let lines = render(session)
        #expect(lines.contains("Uitleg"))
        #expect(lines.contains("Denk aan de laatste drie vergaderingen."))
        #expect(lines.last == "Enter, Esc of ? terug naar de vraag")
    }

    @Test func theReviewListsUnansweredItemsAndTheConfirmationAsks() {
        var session = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.remarks": .text("geen"),
            "trust.share": .scale(2), "vision.shared": .scale(4),
        ], skipped: ["context.partners"]))
        var lines = render(session)
        #expect(lines.contains("U beantwoordde 4 van de 5 vragen."))
        #expect(lines.contains(" 2  Welke partners zetelen in de cel? (overgeslagen)"))
        session.run(.requestSubmit)
        lines = render(session)
        #expect(lines.contains("Uw antwoorden nu verzenden? Daarna kunt u ze niet meer wijzigen."))
        #expect(lines.last == "j verzenden · n terug")
    }

    @Test func everyScreenOfTheBundledQuestionnaireFitsEverySize() {
        let sizes = [TerminalSize(columns: 80, rows: 24), TerminalSize(columns: 40, rows: 24),
                     TerminalSize(columns: 132, rows: 50), TerminalSize(columns: 20, rows: 8)]
        for language in Language.allCases {
            var session = TakeSession(questionnaire: Bundled.questionnaire, language: language, draft: nil,
                                      makeResponse: Fixture.newResponse(role:), clock: { Fixture.start })
            var screens = 0
            check(session, sizes: sizes)
            session.run(.confirm)
            check(session, sizes: sizes)
            session.run(.select(3))
            while session.currentItem != nil {
                check(session, sizes: sizes)
                session.run(.help)
                check(session, sizes: sizes)
                session.run(.help, .down, .down, .down, .down, .down, .down, .down, .down, .down, .down)
                check(session, sizes: sizes)
                session.run(.skip)
                screens += 1
            }
            #expect(screens >= 30)
            check(session, sizes: sizes)
        }
    }

    private func check(_ session: TakeSession, sizes: [TerminalSize], sourceLocation: SourceLocation = #_sourceLocation) {
        for size in sizes {
            let lines = render(session, columns: size.columns, rows: size.rows)
            let wide = lines.filter { $0.count > size.columns }
            #expect(wide.isEmpty, "\(session.currentItem?.id ?? "\(session.screen)") at \(size.columns)×\(size.rows): \(wide)",
                    sourceLocation: sourceLocation)
            #expect(lines.count <= size.rows, "\(session.currentItem?.id ?? "\(session.screen)") at \(size.columns)×\(size.rows): \(lines.count) lines",
                    sourceLocation: sourceLocation)
            if session.currentItem != nil, !session.showingHelp {
                #expect(lines.contains { $0.hasPrefix(" > ") || $0.hasPrefix(" >  ") }, "no highlighted row in view",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aLongIntroductionScrolls() {
        let session = TakeSession(questionnaire: Bundled.questionnaire, language: .nl, draft: nil,
                                  makeResponse: Fixture.newResponse(role:), clock: { Fixture.start })
        let renderer = ScreenRenderer(size: .standard, useColor: false, language: .nl)
        let maximum = renderer.maximumScroll(session)
        #expect(maximum > 0)
        let top = render(session)
        let bottom = render(session, scroll: maximum)
        #expect(top.count == 24 && bottom.count == 24)
        #expect(top[3].hasPrefix("Met deze zelfevaluatie"))
        #expect(top[top.count - 3] == "  …")
        #expect(bottom[2] == "  …")
        #expect(bottom.contains { $0.hasSuffix("herkenbaar wordt.") }, "\(bottom)")
        #expect(bottom.last == "↑↓ bladeren · Enter beginnen · q stoppen")
    }
}

@Suite("Text wrapping")
struct TextWrapTests {
    @Test func wrapsAtWordsAndCutsWordsLongerThanALine() {
        #expect(TextWrap.wrap("een twee drie vier", width: 9) == ["een twee", "drie vier"])
        #expect(TextWrap.wrap("onderzoeksrapport", width: 6) == ["onderz", "oeksra", "pport"])
        #expect(TextWrap.wrap("a b", width: 6, first: " > ", rest: "   ") == [" > a b"])
        #expect(TextWrap.wrap("a b", width: 5, first: " > ", rest: "   ") == [" > a", "   b"])
        #expect(TextWrap.wrap("alpha beta", width: 8, first: " > ", rest: "   ") == [" > alpha", "   beta"])
        #expect(TextWrap.wrap("één\n\ntwee", width: 10) == ["één", "", "twee"])
    }

    @Test func truncatesWithAnEllipsis() {
        #expect(TextWrap.truncate("Vertrouwen", width: 6) == "Vertr…")
        #expect(TextWrap.truncate("Visie", width: 6) == "Visie")
    }
}
