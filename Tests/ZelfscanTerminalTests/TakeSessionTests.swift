import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

@Suite("TakeSession")
struct TakeSessionTests {
    @Test func aNewSessionShowsTheIntroductionThenTheRoleThenTheFirstItem() {
        let clock = StepClock()
        var session = makeSession(clock: clock)
        #expect(session.screen == .introduction)
        #expect(session.run(.confirm).isEmpty)
        #expect(session.screen == .role(highlight: 0))

        let saved = session.run(.select(2))
        #expect(saved.count == 1)
        #expect(saved.first?.role == "prevention")
        #expect(saved.first?.updated == Fixture.start.addingTimeInterval(60))
        #expect(session.currentID == "context.level")
        #expect(session.progress?.position == 1)
        #expect(session.progress?.total == 5)
    }

    @Test func anAnswerIsSavedStampedAndLeadsToTheNextShownItem() {
        let clock = StepClock()
        var session = makeSession(draft: Fixture.draft(), clock: clock)
        let saved = session.run(.select(1))
        #expect(saved.count == 1)
        #expect(saved[0].answers["context.level"] == .choice("municipal"))
        #expect(saved[0].updated == Fixture.start.addingTimeInterval(60))
        #expect(session.currentID == "context.partners")
        #expect(session.progress?.position == 2)
    }

    @Test func changingAnEarlierAnswerReevaluatesLaterConditionsAndTheTotal() {
        var session = makeSession(draft: Fixture.draft())
        session.run(.select(2))
        #expect(session.currentID == "context.cases")
        #expect(session.progress?.total == 6)
        session.run(.enter("12"))
        #expect(session.currentID == "context.partners")

        session.run(.back, .back)
        #expect(session.currentID == "context.level")
        session.run(.select(1))
        #expect(session.currentID == "context.partners")
        #expect(session.progress?.total == 5)
        #expect(session.response?.answers["context.cases"] == .number(12))
        #expect(!session.shownItems.contains { $0.id == "context.cases" })
    }

    @Test func aScoredItemAppearsWhenItsConditionComesToHold() {
        var session = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
            "context.remarks": .text("geen"),
        ]))
        #expect(session.currentID == "trust.share")
        #expect(session.progress?.total == 5)
        session.run(.select(2))
        #expect(session.currentID == "vision.shared")
        session.run(.back)
        session.run(.select(4))
        #expect(session.currentID == "trust.fear")
        #expect(session.progress == Progress(position: 5, total: 6))
    }

    @Test func backKeepsTheAnswerAndHighlightsIt() {
        var session = makeSession(draft: Fixture.draft())
        session.run(.select(2), .enter("7"))
        let saved = session.run(.back)
        #expect(saved.isEmpty)
        #expect(session.screen == .question(QuestionPosition(itemID: "context.cases", input: "7")))
        session.run(.back)
        #expect(session.screen == .question(QuestionPosition(itemID: "context.level", highlight: 1)))
        #expect(session.response?.answers["context.cases"] == .number(7))
    }

    @Test func backFromTheFirstItemOffersTheRoleAgainOnlyToANewResponse() {
        var fresh = makeSession()
        fresh.run(.confirm, .select(1), .back)
        #expect(fresh.screen == .role(highlight: 0))
        let saved = fresh.run(.select(2))
        #expect(saved.map(\.role) == ["prevention"])
        #expect(fresh.currentID == "context.level")

        var resumed = makeSession(draft: Fixture.draft())
        resumed.run(.back)
        #expect(resumed.screen == .introduction)
        resumed.run(.confirm)
        #expect(resumed.currentID == "context.level")
    }

    @Test func skipRecordsTheItemRemovesItsAnswerAndMovesOn() {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("zone")]), clock: StepClock())
        session.run(.back)
        #expect(session.currentID == "context.level")
        let saved = session.run(.skip)
        #expect(saved.count == 1)
        #expect(saved[0].answers["context.level"] == nil)
        #expect(saved[0].skipped == ["context.level"])
        #expect(session.currentID == "context.partners")

        session.run(.back, .select(1))
        #expect(session.response?.skipped == [])
        #expect(session.response?.answers["context.level"] == .choice("municipal"))
    }

    @Test func skippingAScoredItemLeavesItUnanswered() {
        var session = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
            "context.remarks": .text("geen"),
        ]))
        session.run(.skip)
        #expect(session.currentID == "vision.shared")
        #expect(session.unanswered.map(\.item.id) == ["trust.share", "vision.shared"])
        #expect(session.unanswered.first?.skipped == true)
    }

    @Test func helpOpensAndClosesWithoutAnsweringAndAnyOtherKeyStillCounts() {
        var session = makeSession(draft: Fixture.draft())
        session.run(.help)
        #expect(session.showingHelp)
        #expect(session.run(.confirm).isEmpty)
        #expect(!session.showingHelp)
        #expect(session.currentID == "context.level")

        session.run(.help)
        let saved = session.run(.select(1))
        #expect(!session.showingHelp)
        #expect(saved.count == 1)
    }

    @Test func anExclusiveOptionCannotBeCombined() throws {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("municipal")]))
        #expect(session.currentID == "context.partners")
        session.run(.select(1), .select(2))
        #expect(position(session)?.ticked == [1, 2])
        session.run(.select(3))
        #expect(position(session)?.ticked == [3])
        session.run(.select(1))
        #expect(position(session)?.ticked == [1])

        session.run(.enter("1, 3"))
        #expect(session.notice == .exclusive(label: "Geen van deze"))
        #expect(session.currentID == "context.partners")

        let saved = session.run(.enter("2 1"))
        #expect(saved.first?.answers["context.partners"] == .choices(["police", "school"]))
    }

    @Test func aMultipleChoiceIsConfirmedWithEnter() {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("municipal")]))
        session.run(.confirm)
        #expect(session.notice == .chooseSeveral(count: 3))
        session.run(.select(2), .select(1))
        let saved = session.run(.confirm)
        #expect(saved.first?.answers["context.partners"] == .choices(["police", "school"]))
        #expect(session.currentID == "context.remarks")

        session.run(.back)
        #expect(position(session)?.ticked == [1, 2])
        session.run(.select(1), .select(2), .confirm)
        #expect(session.notice == .chooseSeveral(count: 3))
        #expect(session.response?.answers["context.partners"] == .choices(["police", "school"]))
    }

    @Test func numbersAreCheckedAgainstTheirBounds() {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("zone")]))
        #expect(session.currentID == "context.cases")
        session.run(.enter("600"))
        #expect(session.notice == .outOfRange(minimum: 0, maximum: 500))
        session.run(.enter("-1"))
        #expect(session.notice == .outOfRange(minimum: 0, maximum: 500))
        session.run(.enter("2,5"))
        #expect(session.notice == .notWhole)
        session.run(.enter("twaalf"))
        #expect(session.notice == .notANumber(missingCodes: ["dk"]))
        #expect(session.currentID == "context.cases")
        #expect(session.response?.answers["context.cases"] == nil)

        let saved = session.run(.enter("DK"))
        #expect(saved.first?.answers["context.cases"] == .missing("dk"))
        session.run(.back)
        #expect(position(session)?.highlight == 1)
        session.run(.type("3"), .type("0"), .up, .confirm)
        #expect(session.response?.answers["context.cases"] == .number(30))
    }

    @Test func aDecimalCommaIsReadAsADecimal() {
        let item = Fixture.questionnaire.sessionItems(language: .nl).first { $0.id == "context.cases" }!
        var decimal = item
        decimal.integer = false
        #expect(AnswerParser.parse("2,5", for: decimal) == .success(.number(2.5)))
        #expect(AnswerParser.parse("2.5", for: decimal) == .success(.number(2.5)))
        #expect(AnswerParser.parse("2,5", for: item) == .failure(.notWhole))
    }

    @Test func textIsLimitedToItsLength() {
        var session = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
        ]))
        #expect(session.currentID == "context.remarks")
        session.run(.enter("een veel te lange opmerking"))
        #expect(session.notice == .tooLong(maximum: 20))
        session.run(.enter("   "))
        #expect(session.notice == .empty)
        let saved = session.run(.enter("  kort  "))
        #expect(saved.first?.answers["context.remarks"] == .text("kort"))
    }

    @Test func anOptionNumberOutsideTheListIsRefused() {
        var session = makeSession(draft: Fixture.draft())
        #expect(session.run(.select(7)).isEmpty)
        #expect(session.notice == .chooseOne(count: 3))
        session.run(.enter("0"))
        #expect(session.notice == .chooseOne(count: 3))
        #expect(session.currentID == "context.level")
    }

    @Test func aResumedDraftStartsAtTheFirstItemNeitherAnsweredNorSkipped() {
        let resumed = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("municipal")],
                                                       skipped: ["context.partners"]))
        #expect(resumed.currentID == "context.remarks")

        let complete = makeSession(draft: Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.remarks": .text("geen"),
            "trust.share": .scale(2), "vision.shared": .missing("dk"),
        ], skipped: ["context.partners"]))
        #expect(complete.screen == .review(input: ""))
        #expect(complete.unanswered.map(\.number) == [2])
    }

    @Test func theReviewJumpsToAnyItemAndAnsweringReturnsThere() {
        var session = makeSession(draft: complete())
        #expect(session.screen == .review(input: ""))
        session.run(.jump(9))
        #expect(session.notice == .noSuchQuestion(count: 5))
        session.run(.type("4"), .confirm)
        #expect(session.currentID == "trust.share")
        session.run(.select(5))
        #expect(session.screen == .review(input: ""))
        #expect(session.progress == nil)

        session.run(.enter("1"))
        #expect(session.currentID == "context.level")
        session.run(.skip)
        #expect(session.screen == .review(input: ""))
        #expect(session.unanswered.map(\.item.id) == ["context.level", "trust.fear"])
        #expect(session.unanswered.map(\.number) == [1, 5])
    }

    @Test func submittingNeedsTheConfirmation() {
        let clock = StepClock()
        var session = makeSession(draft: complete(), clock: clock)
        #expect(session.run(.confirm).isEmpty)
        #expect(session.screen == .confirmSubmit)
        #expect(session.response?.status == .draft)
        session.run(.confirm)
        #expect(session.screen == .confirmSubmit)
        #expect(session.notice == .confirmChoices)
        session.run(.cancel)
        #expect(session.screen == .review(input: ""))

        session.run(.requestSubmit)
        let saved = session.run(.enter("j"))
        #expect(session.screen == .submitted)
        #expect(saved.count == 1)
        #expect(saved[0].status == .submitted)
        #expect(saved[0].submitted == Fixture.start.addingTimeInterval(60))
        #expect(session.run(.back).isEmpty)
        #expect(session.screen == .submitted)
    }

    @Test func questionScreensIgnoreSubmit() {
        var session = makeSession(draft: Fixture.draft())
        #expect(session.run(.submit, .requestSubmit).isEmpty)
        #expect(session.currentID == "context.level")
        #expect(session.response?.status == .draft)
    }

    @Test func quitAndEndOfInputEndTheSessionWithoutSaving() {
        var quitting = makeSession(draft: Fixture.draft())
        #expect(quitting.run(.quit).isEmpty)
        #expect(quitting.screen == .quit)
        var ended = makeSession()
        ended.run(.endOfInput)
        #expect(ended.screen == .endOfInput)
        #expect(ended.response == nil)
    }

    @Test func anUnchangedAnswerIsNotSavedAgain() {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("zone")]))
        session.run(.back)
        #expect(session.run(.confirm).isEmpty)
        #expect(session.currentID == "context.cases")
    }

    private func complete() -> Response {
        Fixture.draft(answers: [
            "context.level": .choice("municipal"), "context.partners": .choices(["police"]),
            "context.remarks": .text("geen"), "trust.share": .scale(2), "vision.shared": .scale(4),
        ])
    }

    private func position(_ session: TakeSession) -> QuestionPosition? {
        if case .question(let position) = session.screen { return position }
        return nil
    }
}
