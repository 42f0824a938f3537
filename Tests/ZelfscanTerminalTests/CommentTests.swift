import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

/// Remarks per dimension, added from the review with `o`.
@Suite("Remarks per dimension")
struct CommentTests {
    /// A draft whose remaining items are skipped, so the session stands on the review.
    static func atReview() -> TakeSession {
        var session = makeSession(draft: Fixture.draft(answers: ["context.level": .choice("zone")]))
        while session.screen != .review(input: "") { _ = session.handle(.skip) }
        return session
    }

    @Test func aRemarkIsTypedSavedAndShownOnTheChoice() {
        var session = Self.atReview()
        #expect(session.run(.comment).isEmpty)
        #expect(session.screen == .comment(dimension: nil, input: ""))
        #expect(session.run(.select(1)).isEmpty)
        #expect(session.screen == .comment(dimension: 1, input: ""))
        _ = session.run(.type("T"), .type("e"), .type("x"), .deleteBackward)
        let saved = session.run(.confirm)
        #expect(saved.count == 1)
        #expect(saved.first?.comments == ["trust": "Te"])
        #expect(session.screen == .review(input: ""))
        _ = session.run(.comment)
        let lines = LineScreens(language: .nl).commentLines(session, dimension: nil)
        #expect(lines.contains("  1  Vertrouwen (opmerking: Te)"))
        #expect(lines.contains("  2  Gedeelde visie"))
    }

    @Test func lineModeTakesAWholeLineAndAnEmptyLineRemovesIt() {
        var session = Self.atReview()
        _ = session.run(.comment, .enter("2"))
        let saved = session.run(.enter("Een opmerking: met 'quotes'"))
        #expect(saved.last?.comments == ["vision": "Een opmerking: met 'quotes'"])
        _ = session.run(.comment, .enter("2"))
        #expect(session.screen == .comment(dimension: 2, input: "Een opmerking: met 'quotes'"))
        let removed = session.run(.enter(""))
        #expect(removed.last?.comments == [:])
    }

    /// A remark with a control character would make the saved file unreadable (issue 13).
    @Test func controlCharactersAreDroppedFromARemark() {
        var session = Self.atReview()
        _ = session.run(.comment, .enter("2"))
        let saved = session.run(.enter("Goed\u{1B}[2J overleg\u{202E}\r"))
        #expect(saved.last?.comments == ["vision": "Goed[2J overleg"])
    }

    @Test func aWrongNumberNamesTheChoicesAndEscapeGoesBack() {
        var session = Self.atReview()
        _ = session.run(.comment, .enter("7"))
        #expect(session.notice == .chooseOne(count: 2))
        #expect(session.screen == .comment(dimension: nil, input: ""))
        _ = session.run(.cancel)
        #expect(session.screen == .review(input: ""))
        _ = session.run(.comment, .select(1), .type("x"), .cancel)
        #expect(session.screen == .review(input: ""))
        #expect(session.response?.comments.isEmpty == true, "Esc leaves without saving")
    }

    @Test func theKeyOOpensRemarksOnlyOnTheReview() {
        let session = Self.atReview()
        #expect(KeyMap.action(for: .character("o"), in: session, commandMode: false) == .event(.comment))
        #expect(LineDriver<BytesSource>.event(for: "o", on: .review(input: "")) == .comment)
    }
}
