import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

/// A fact's `evidence` is shown to the role that answers it (`answered_by`), under the question.
@Suite("Evidence of a fact in take")
struct EvidenceSessionTests {
    static func session(role: String) -> TakeSession {
        var response = Fixture.newResponse(role: role)
        response.questionnaire = .init(id: Bundled.questionnaire.id, version: Bundled.questionnaire.version, sha256: String(repeating: "0", count: 64))
        return TakeSession(questionnaire: Bundled.questionnaire, language: .nl, draft: response, makeResponse: Fixture.newResponse(role:),
                           clock: StepClock().now)
    }

    @Test func onlyTheAnsweringRoleGetsIt() throws {
        let item = try #require(Bundled.questionnaire.sessionItems(language: .en).first { $0.id == "context.agreement" })
        #expect(item.answeredBy == "coordinator")
        #expect(item.evidence(for: "coordinator")?.hasPrefix("The local agreement as signed") == true)
        #expect(item.evidence(for: "police") == nil)
        #expect(item.evidence(for: nil) == nil)
        let plain = try #require(Bundled.questionnaire.sessionItems(language: .nl).first { $0.id == "context.tables" })
        #expect(plain.evidence == nil && plain.evidence(for: "coordinator") == nil)
    }

    @Test func theFullScreenShowsItUnderTheQuestion() throws {
        let session = Self.session(role: "coordinator")
        #expect(session.currentItem?.id == "context.level")
        let lines = ScreenRenderer(size: TerminalSize(columns: 80, rows: 24), useColor: false, language: .nl).lines(session, scroll: 0).map(\.text)
        let question = try #require(lines.firstIndex(of: "Op welk niveau is uw cel georganiseerd?"))
        #expect(Array(lines[(question + 1)...(question + 2)]) == [
            "Waaruit het blijkt: Het besluit waarmee de burgemeester of de politiezone de cel",
            "oprichtte.",
        ])
        let police = ScreenRenderer(size: TerminalSize(columns: 80, rows: 24), useColor: false, language: .nl)
            .lines(Self.session(role: "police"), scroll: 0).map(\.text)
        #expect(!police.contains { $0.contains("Waaruit het blijkt") })
    }
}
