import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanTerminal

/// A small questionnaire with every item kind, an exclusive option, missing options and
/// conditions on an earlier answer, loaded through the real loader.
enum Fixture {
    static let text = """
        format: 1
        id: test-scan
        version: "1.0"
        languages: [nl, en]
        title: {nl: "Testscan", en: "Test scan"}
        introduction: {nl: "Welkom bij de testscan.", en: "Welcome to the test scan."}
        privacy: {nl: "Geen namen.", en: "No names."}
        scales:
          agree5:
            options:
              - {value: 1, label: {nl: "Helemaal oneens", en: "Strongly disagree"}}
              - {value: 2, label: {nl: "Oneens", en: "Disagree"}}
              - {value: 3, label: {nl: "Neutraal", en: "Neutral"}}
              - {value: 4, label: {nl: "Eens", en: "Agree"}}
              - {value: 5, label: {nl: "Helemaal eens", en: "Strongly agree"}}
            missing:
              - {code: dk, label: {nl: "Weet ik niet", en: "Don't know"}}
        bands:
          - {from: 0, to: 50, code: attention, label: {nl: "Aandachtspunt", en: "Needs attention"}}
          - {from: 50, to: 75, code: developing, label: {nl: "In ontwikkeling", en: "Developing"}}
          - {from: 75, to: 100, code: strength, label: {nl: "Sterkte", en: "Strength"}}
        role_groups:
          - {id: security, label: {nl: "Veiligheid", en: "Security"}}
          - {id: social, label: {nl: "Sociaal", en: "Social"}}
        roles:
          - {id: police, group: security, label: {nl: "Politie", en: "Police"}}
          - {id: prevention, group: social, label: {nl: "Preventiedienst", en: "Prevention service"}}
        context:
          title: {nl: "Over uw cel", en: "About your cell"}
          items:
            - id: context.level
              type: single
              text: {nl: "Op welk niveau werkt uw cel?", en: "At which level does your cell work?"}
              options:
                - {code: municipal, label: {nl: "Gemeente", en: "Municipal"}}
                - {code: zone, label: {nl: "Politiezone", en: "Police zone"}}
              missing:
                - {code: dk, label: {nl: "Weet ik niet", en: "Don't know"}}
            - id: context.cases
              type: number
              text: {nl: "Hoeveel casussen besprak de cel?", en: "How many cases did the cell discuss?"}
              min: 0
              max: 500
              integer: true
              unit: {nl: "casussen", en: "cases"}
              missing:
                - {code: dk, label: {nl: "Weet ik niet", en: "Don't know"}}
              show_if: {item: context.level, equals: zone}
            - id: context.partners
              type: multiple
              text: {nl: "Welke partners zetelen in de cel?", en: "Which partners sit in the cell?"}
              options:
                - {code: police, label: {nl: "Politie", en: "Police"}}
                - {code: school, label: {nl: "School", en: "School"}}
                - {code: none, label: {nl: "Geen van deze", en: "None of these"}, exclusive: true}
            - id: context.remarks
              type: text
              text: {nl: "Opmerking over de samenstelling?", en: "Remark on the composition?"}
              max_length: 20
        dimensions:
          - id: trust
            title: {nl: "Vertrouwen", en: "Trust"}
            items:
              - id: trust.share
                text: {nl: "Ik deel informatie met de partners in de cel zonder aarzelen, ook als die gevoelig is.", en: "I share information with the partners in the cell without hesitation, even when it is sensitive."}
                help: {nl: "Denk aan de laatste drie vergaderingen.", en: "Think of the last three meetings."}
                scale: agree5
              - id: trust.fear
                text: {nl: "Ik houd soms informatie achter.", en: "I sometimes hold information back."}
                scale: agree5
                reverse: true
                show_if: {item: trust.share, at_least: 3}
            advice:
              attention: [{nl: "Maak afspraken.", en: "Make agreements."}]
              developing: [{nl: "Evalueer samen.", en: "Evaluate together."}]
              strength: [{nl: "Houd vol.", en: "Keep it up."}]
          - id: vision
            title: {nl: "Gedeelde visie", en: "Shared vision"}
            items:
              - id: vision.shared
                text: {nl: "We delen een visie.", en: "We share a vision."}
                scale: agree5
            advice:
              attention: [{nl: "Praat.", en: "Talk."}]
              developing: [{nl: "Schrijf.", en: "Write."}]
              strength: [{nl: "Deel.", en: "Share."}]

        """

    static let questionnaire: Questionnaire = {
        let result = QuestionnaireLoader().load(file: "test.yaml", bytes: Array(text.utf8)) { path in
            throw FileReadError(path: path, reason: .notFound)
        }
        guard let questionnaire = result.questionnaire else {
            fatalError("the test questionnaire does not load: \(result.diagnostics.map(\.message))")
        }
        return questionnaire
    }()

    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// A new response as the command would make it.
    static func newResponse(role: String) -> Response {
        Response(respondent: "R-7KQ4M2",
                 questionnaire: .init(id: "test-scan", version: "1.0", sha256: String(repeating: "0", count: 64)),
                 municipality: "Gent", year: 2026, role: role, language: .nl, started: start)
    }

    static func draft(role: String = "police", answers: [String: Answer] = [:], skipped: [String] = []) -> Response {
        var response = newResponse(role: role)
        response.answers = answers
        response.skipped = skipped
        return response
    }
}

/// A clock that moves one minute per reading, so each stamp tells which step wrote it.
final class StepClock: @unchecked Sendable {
    private(set) var readings = 0

    func now() -> Date {
        readings += 1
        return Fixture.start.addingTimeInterval(Double(readings) * 60)
    }
}

/// A session on the fixture with a stepping clock.
func makeSession(draft: Response? = nil, language: Language = .nl, clock: StepClock = StepClock()) -> TakeSession {
    TakeSession(questionnaire: Fixture.questionnaire, language: language, draft: draft,
                makeResponse: Fixture.newResponse(role:), clock: clock.now)
}

extension TakeSession {
    /// Handles each event in turn; returns every draft handed out for saving.
    @discardableResult
    mutating func run(_ events: SessionEvent...) -> [Response] {
        events.compactMap { handle($0) }
    }

    var currentID: String? { currentItem?.id }
}
