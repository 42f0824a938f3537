import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

/// Collects what the session writes.
final class TextRecorder: TextSink, @unchecked Sendable {
    private(set) var text = ""
    func write(_ text: String) { self.text += text }
}

/// Keeps every saved draft, or fails on the saves listed.
final class SaveRecorder: @unchecked Sendable {
    struct DiskFull: Error, CustomStringConvertible {
        var description: String { "no space left on device" }
    }

    private(set) var saved: [Response] = []
    var failOnSave: Int?

    func save(_ response: Response) throws {
        if failOnSave == saved.count + 1 { throw DiskFull() }
        saved.append(response)
    }
}

/// A line-mode session on the fixture fed with `input`.
struct LineRun {
    let outcome: TakeOutcome
    let output: String
    let errors: String
    let saves: SaveRecorder

    init(_ input: String, draft: Response? = nil, language: Language = .nl, chunks: [[UInt8]]? = nil,
         failOnSave: Int? = nil, feedback: ((Response) -> [String])? = nil) {
        let saves = SaveRecorder()
        saves.failOnSave = failOnSave
        let output = TextRecorder()
        let errors = TextRecorder()
        let clock = StepClock()
        let runner = TakeRunner(questionnaire: Fixture.questionnaire, language: language,
                                makeResponse: Fixture.newResponse(role:), save: saves.save,
                                feedback: feedback, clock: clock.now)
        let source = chunks.map { BytesSource(chunks: $0) } ?? BytesSource(input)
        outcome = runner.runLines(draft: draft, input: source, output: output, errors: errors)
        self.output = output.text
        self.errors = errors.text
        self.saves = saves
    }

    var submitted: Response? {
        if case .submitted(let response) = outcome { return response }
        return nil
    }

    func occurrences(of text: String) -> Int {
        output.components(separatedBy: text).count - 1
    }
}

@Suite("Line mode")
struct LineModeTests {
    static let wholeSession = "\n2\n1\n1 2\nkort\n4\n5\n3\nv\n"

    @Test func aWholeSessionIsSubmittedAndEveryAnswerSaved() throws {
        let run = LineRun(Self.wholeSession)
        let response = try #require(run.submitted)
        #expect(response.role == "prevention")
        #expect(response.answers == [
            "context.level": .choice("municipal"), "context.partners": .choices(["police", "school"]),
            "context.remarks": .text("kort"), "trust.share": .scale(4), "trust.fear": .scale(5),
            "vision.shared": .scale(3),
        ])
        #expect(response.status == .submitted)
        #expect(run.saves.saved.count == 8)
        #expect(run.saves.saved.dropLast().allSatisfy { $0.status == .draft })
        #expect(run.saves.saved.last == response)
        #expect(run.output.contains("Vraag 1/5"))
        #expect(run.output.contains("Vraag 5/6"))
        #expect(run.output.contains("Antwoord (1-6, ? uitleg, b terug, s overslaan, q stoppen): "))
        #expect(run.output.contains("Het gezamenlijke rapport volgt van wie de werkruimte beheert (zelfscan report)"))
        #expect(!run.output.contains("\u{1B}"))
        #expect(run.errors.isEmpty)
    }

    @Test func eachQuestionShowsSectionNumberTextOptionsAndPrompt() {
        let run = LineRun("\n1\n", draft: nil)
        let expected = """

            Over uw cel
            Vraag 1/5 · uw code R-7KQ4M2
            Op welk niveau werkt uw cel?
              1  Gemeente
              2  Politiezone
              3  Weet ik niet
            Antwoord (1-3, ? uitleg, b terug, s overslaan, q stoppen): 
            """
        #expect(run.output.contains(expected))
    }

    @Test func invalidInputNamesTheValidChoicesAndAsksAgain() {
        let run = LineRun("\n1\n7\nja\n2\n", draft: nil)
        #expect(run.occurrences(of: "Kies een nummer van 1 tot 3.") == 2)
        #expect(run.occurrences(of: "Op welk niveau werkt uw cel?") == 3)
        #expect(run.saves.saved.last?.answers["context.level"] == .choice("zone"))
    }

    @Test func numbersTakeADecimalCommaOrAMissingCode() {
        let run = LineRun("600\n2,5\ndk\n", draft: Fixture.draft(answers: ["context.level": .choice("zone")]))
        #expect(run.output.contains("Typ een geheel getal van 0 tot en met 500 (casussen)."))
        #expect(run.output.contains("Typ een getal van 0 tot en met 500."))
        #expect(run.output.contains("Typ een geheel getal, zonder komma."))
        #expect(run.output.contains("Antwoord (een getal, of dk, ? uitleg"))
        #expect(run.saves.saved.map { $0.answers["context.cases"] } == [.missing("dk")])
    }

    @Test func multipleChoiceTakesSeveralNumbersAndRefusesAnExclusiveCombination() {
        let run = LineRun("1,3\n1, 2\n", draft: Fixture.draft(answers: ["context.level": .choice("municipal")]))
        #expect(run.output.contains("'Geen van deze' kan niet samen met andere antwoorden gekozen worden."))
        #expect(run.saves.saved.map { $0.answers["context.partners"] } == [.choices(["police", "school"])])
    }

    @Test func endOfInputMidSessionKeepsTheDraftAndSaysHowToResume() {
        let run = LineRun("\n1\n2\n")
        guard case .endOfInput(let response?) = run.outcome else {
            Issue.record("expected end of input with a draft, got \(run.outcome)")
            return
        }
        #expect(response.answers == ["context.level": .choice("zone")])
        #expect(run.saves.saved.last == response)
        #expect(run.errors.contains("zelfscan take --resume R-7KQ4M2"))
        #expect(run.errors.contains("De invoer stopte"))
    }

    @Test func endOfInputBeforeARoleSavesNothing() {
        let run = LineRun("\n")
        guard case .endOfInput(nil) = run.outcome else {
            Issue.record("expected end of input without a draft, got \(run.outcome)")
            return
        }
        #expect(run.saves.saved.isEmpty)
    }

    @Test func aLastLineWithoutNewlineAndWindowsLineEndsAreTaken() throws {
        let crlf = Self.wholeSession.replacingOccurrences(of: "\n", with: "\r\n")
        let withoutLastNewline = Array(crlf.utf8.dropLast(2))
        #expect(withoutLastNewline.last == UInt8(ascii: "v"))
        let run = LineRun("", chunks: [withoutLastNewline])
        #expect(try #require(run.submitted).answers.count == 6)
    }

    @Test func inputSplitAcrossReadsIsReassembled() throws {
        let bytes = Array(Self.wholeSession.utf8)
        let chunks = stride(from: 0, to: bytes.count, by: 3).map { Array(bytes[$0..<min($0 + 3, bytes.count)]) }
        let run = LineRun("", chunks: chunks)
        #expect(try #require(run.submitted).answers.count == 6)
    }

    @Test func helpPrintsTheExplanationThenTheQuestionAgain() {
        let draft = Fixture.draft(answers: ["context.level": .choice("municipal"), "context.partners": .choices(["police"]),
                                            "context.remarks": .text("geen")])
        let run = LineRun("?\n", draft: draft)
        #expect(run.output.contains("Uitleg: Denk aan de laatste drie vergaderingen."))
        #expect(run.occurrences(of: "Ik deel informatie") == 2)
        #expect(run.saves.saved.isEmpty)
    }

    @Test func backShowsTheCurrentAnswerAndSkipMovesOn() {
        let run = LineRun("1\nb\n\ns\n", draft: Fixture.draft())
        #expect(run.output.contains("Huidig antwoord: 1 Gemeente"))
        #expect(run.saves.saved.map(\.skipped) == [[], ["context.partners"]])
        #expect(run.saves.saved.last?.answers["context.level"] == .choice("municipal"))
    }

    @Test func anEmptyLineOnAnUnansweredQuestionAsksForAnAnswer() {
        let run = LineRun("\n", draft: Fixture.draft())
        #expect(run.output.contains("Geef een antwoord, of typ s om de vraag over te slaan."))
    }

    @Test func theReviewListsUnansweredItemsAndJumpsBack() throws {
        let run = LineRun("\n2\n1\n1\ns\n2\n4\nx\n3\nnieuw\nv\n")
        #expect(run.output.contains("U beantwoordde 4 van de 5 vragen."))
        #expect(run.output.contains("  3  Over uw cel: Opmerking over de samenstelling? (overgeslagen)"))
        #expect(run.output.contains("Typ een vraagnummer (1 tot 5), v om te verzenden"))
        let response = try #require(run.submitted)
        #expect(response.answers["context.remarks"] == .text("nieuw"))
        #expect(response.skipped.isEmpty)
    }

    @Test func quitSaysHowToResume() {
        let run = LineRun("1\nq\n", draft: Fixture.draft())
        guard case .quit(let response?) = run.outcome else {
            Issue.record("expected quit with a draft, got \(run.outcome)")
            return
        }
        #expect(response.answers.count == 1)
        #expect(run.output.hasSuffix("Uw antwoorden zijn bewaard. Verder gaan met: zelfscan take --resume R-7KQ4M2\n"))
    }

    @Test func aFailedSaveStopsTheSessionWithTheLastSavedDraft() {
        let run = LineRun("\n1\n1\n2\n", failOnSave: 2)
        guard case .failed(.cannotSave(let respondent, _), let last?) = run.outcome else {
            Issue.record("expected a save failure, got \(run.outcome)")
            return
        }
        #expect(respondent == "R-7KQ4M2")
        #expect(last.answers.isEmpty)
        #expect(TakeError.cannotSave(respondent: "R-7KQ4M2", underlying: SaveRecorder.DiskFull())
            .message(language: .nl).contains("no space left on device"))
    }

    @Test func aSubmittedResponseIsNotReopened() {
        var done = Fixture.draft()
        done.status = .submitted
        done.submitted = Fixture.start
        let run = LineRun("1\n", draft: done)
        guard case .failed(.alreadySubmitted("R-7KQ4M2"), _) = run.outcome else {
            Issue.record("expected a refusal, got \(run.outcome)")
            return
        }
        #expect(run.output.isEmpty)
    }

    @Test func theCallersScoreLinesComeBetweenTheThanksAndTheReportHint() {
        let run = LineRun(Self.wholeSession) { response in
            ["Uw eigen scores:", "  Vertrouwen  62,5  In ontwikkeling (\(response.answers.count) antwoorden)"]
        }
        #expect(run.output.hasSuffix("""
            Bedankt. Uw antwoorden zijn verzonden (code R-7KQ4M2).

            Uw eigen scores:
              Vertrouwen  62,5  In ontwikkeling (6 antwoorden)

            Het gezamenlijke rapport volgt van wie de werkruimte beheert (zelfscan report)
            zodra minstens drie leden geantwoord hebben.

            """))
    }

    @Test func withoutFeedbackOnlyTheThanksAndTheReportHint() {
        let run = LineRun(Self.wholeSession)
        #expect(run.output.hasSuffix("""
            Vraagnummer om terug te gaan, v om te verzenden, o voor een opmerking, b terug, q stoppen: Bedankt. Uw antwoorden zijn verzonden (code R-7KQ4M2).

            Het gezamenlijke rapport volgt van wie de werkruimte beheert (zelfscan report)
            zodra minstens drie leden geantwoord hebben.

            """))
    }

    @Test func theSessionSpeaksEnglishWhenAsked() {
        let run = LineRun("\n1\n", language: .en)
        #expect(run.output.contains("Welcome to the test scan."))
        #expect(run.output.contains("Question 1/5"))
        #expect(run.output.contains("At which level does your cell work?"))
        #expect(run.output.contains("Answer (1-3, ? help, b back, s skip, q quit): "))
        #expect(!run.output.contains("Vraag"))
    }
}
