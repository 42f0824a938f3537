import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

/// The end screen tells the member whether the cell report can be made yet: with four members
/// submitted it must not say "once at least three have answered".
@Suite("Closing message")
struct ClosingMessageTests {
    static let response = Fixture.newResponse(role: "police")

    @Test(arguments: [(1, false), (2, false), (3, true), (4, true)])
    func theReportLineFollowsTheCount(submitted: Int, ready: Bool) {
        let text = ClosingMessage(language: .nl).submitted(Self.response, feedback: nil, submittedInRound: submitted)
        #expect(text.contains("Verzonden in deze ronde: \(submitted)"))
        #expect(text.contains("genoeg voor het gezamenlijke rapport") == ready, "\(text)")
        #expect(text.contains("vraagt er minstens 3") == !ready, "\(text)")
        #expect(!text.contains("zodra minstens drie leden geantwoord hebben"))
    }

    @Test func englishSaysTheSame() {
        let text = ClosingMessage(language: .en).submitted(Self.response, feedback: nil, submittedInRound: 4)
        #expect(text.hasSuffix("Submitted in this round: 4, enough for the joint report.\nWhoever keeps the workspace makes the report.\n"))
    }

    @Test func withoutACountTheGeneralRuleIsShown() {
        let text = ClosingMessage(language: .nl).submitted(Self.response, feedback: nil)
        #expect(text.contains("zodra minstens drie leden geantwoord hebben"))
    }
}
