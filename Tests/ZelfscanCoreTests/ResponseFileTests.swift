import Foundation
import Testing
import YAML
@testable import ZelfscanCore

@Suite("Response files")
struct ResponseFileTests {
    static let hash = String(repeating: "ab", count: 32)

    static func questionnaire() throws -> Questionnaire {
        try #require(load(Fixture.questionnaire).questionnaire)
    }

    static func sample(_ questionnaire: Questionnaire) -> Response {
        Response(respondent: "R-7KQ4M2", questionnaire: .init(id: questionnaire.id, version: questionnaire.version, sha256: hash),
                 municipality: "Sint-Niklaas", year: 2026, role: "police", language: .nl, status: .submitted,
                 started: Date(timeIntervalSince1970: 1_795_000_000), updated: Date(timeIntervalSince1970: 1_795_000_600),
                 submitted: Date(timeIntervalSince1970: 1_795_000_600),
                 answers: ["context.level": .choice("zone"), "context.partners": .choices(["police", "school"]),
                           "context.cases": .number(12), "context.remarks": .text("Zie: \"nota\" van 3/4 — 'geen' #1\nTweede regel: ja"),
                           "trust.share": .scale(5), "trust.fear": .missing("dk"), "vision.shared": .scale(0)],
                 skipped: [], comments: ["trust": "no", "vision": "Een opmerking: met 'quotes' en \"dubbele\"."])
    }

    static func decode(_ text: String, questionnaire: Questionnaire, kind: ResponseLoader.Kind = .responseFile) -> ResponseLoader.Result {
        ResponseLoader(questionnaire: questionnaire, questionnaireSHA256: hash).load(file: "r.yaml", bytes: Array(text.utf8), kind: kind)
    }

    @Test func roundTripKeepsDutchTextQuotesAndColons() throws {
        let questionnaire = try Self.questionnaire()
        let response = Self.sample(questionnaire)
        let text = try ResponseEncoder().encode(response, questionnaire: questionnaire)
        let result = Self.decode(text, questionnaire: questionnaire)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.response == response)
        #expect(text.contains("trust: 'no'") || text.contains("trust: \"no\""))
    }

    @Test func answersFollowTheQuestionnaireOrder() throws {
        let questionnaire = try Self.questionnaire()
        let text = try ResponseEncoder().encode(Self.sample(questionnaire), questionnaire: questionnaire)
        let positions = ["context.level:", "context.partners:", "context.cases:", "trust.share:", "trust.fear:", "vision.shared:"]
            .map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func syntheticResponsesSaySoInTheFile() throws {
        let questionnaire = try Self.questionnaire()
        var response = Self.sample(questionnaire)
        response.synthetic = true
        let text = try ResponseEncoder().encode(response, questionnaire: questionnaire)
        #expect(text.hasPrefix("# SYNTHETISCHE DEMODATA"))
        #expect(Self.decode(text, questionnaire: questionnaire).response?.synthetic == true)
    }

    @Test func anotherVersionIsRefused() throws {
        let questionnaire = try Self.questionnaire()
        let text = try ResponseEncoder().encode(Self.sample(questionnaire), questionnaire: questionnaire)
            .replacingOccurrences(of: "version: '1.0'", with: "version: '0.9'")
        let result = Self.decode(text, questionnaire: questionnaire)
        #expect(result.response == nil)
        let error = try #require(result.diagnostics.first)
        #expect(error.message.contains("these answers belong to questionnaire test-scan 0.9, not to test-scan 1.0"))
        #expect(error.line == (try text.line(of: "id: test-scan")))
    }

    @Test func aChangedQuestionnaireFileGivesAWarning() throws {
        let questionnaire = try Self.questionnaire()
        let text = try ResponseEncoder().encode(Self.sample(questionnaire), questionnaire: questionnaire)
            .replacingOccurrences(of: Self.hash, with: String(repeating: "cd", count: 32))
        let result = Self.decode(text, questionnaire: questionnaire)
        #expect(result.response != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.diagnostics.first?.message.contains("has changed since these answers were given") == true)
    }

    @Test func everyBadAnswerIsReportedAtItsLine() throws {
        let questionnaire = try Self.questionnaire()
        let text = """
            role: police
            answers:
              context.level: zonee
              context.partners: [police, police]
              context.cases: 12.5
              trust.share: 4
              trust.sahre: 5
              vision.shared: "1"

            """
        let base = Self.sample(questionnaire)
        let result = Self.decode(text, questionnaire: questionnaire, kind: .answerSheet(base: base))
        #expect(result.response == nil)
        let found = result.diagnostics.map { ($0.line, $0.message) }
        #expect(found.map(\.0) == [3, 4, 5, 6, 7, 8])
        #expect(found[0].1.contains("invalid answer to 'context.level': 'zonee'"))
        #expect(result.diagnostics[0].hint?.contains("municipal, zone, dk") == true)
        #expect(found[1].1.contains("'police' is chosen twice"))
        #expect(found[2].1.contains("must be a whole number"))
        #expect(found[3].1.contains("invalid answer to 'trust.share': '4'"))
        #expect(found[4].1.contains("did you mean 'trust.share'?"))
        #expect(found[5].1.contains("invalid answer to 'vision.shared'"))
    }

    @Test func anAnswerSheetFillsTheBaseResponse() throws {
        let questionnaire = try Self.questionnaire()
        var base = Self.sample(questionnaire)
        base.answers = [:]
        base.status = .draft
        let text = "role: prevention\nlanguage: en\nanswers:\n  trust.share: 3\n  context.level: dk\n"
        let response = try #require(Self.decode(text, questionnaire: questionnaire, kind: .answerSheet(base: base)).response)
        #expect(response.role == "prevention")
        #expect(response.language == .en)
        #expect(response.answers == ["trust.share": .scale(3), "context.level": .missing("dk")])
        #expect(response.respondent == base.respondent)
    }

    @Test func unknownRoleAndLanguageAreNamed() throws {
        let questionnaire = try Self.questionnaire()
        let text = try ResponseEncoder().encode(Self.sample(questionnaire), questionnaire: questionnaire)
            .replacingOccurrences(of: "role: police", with: "role: polce")
            .replacingOccurrences(of: "language: nl", with: "language: fr")
        let messages = Self.decode(text, questionnaire: questionnaire).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("unknown role 'polce'; did you mean 'police'?") })
        #expect(messages.contains { $0.contains("the questionnaire has no language 'fr'; it has: nl, en") })
    }

    @Test func aGuttedFileGetsOneMessageNamingEveryMissingKey() throws {
        let questionnaire = try Self.questionnaire()
        let result = Self.decode("format: 1\nrespondent: R-BBBBBB\n", questionnaire: questionnaire)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message == "a response file is missing the required keys 'questionnaire', 'municipality', "
                + "'year', 'role', 'language', 'status', 'started', 'updated', 'answers'")
    }

    @Test func anEmptyResponseFileSaysWhatToDo() throws {
        let result = Self.decode("", questionnaire: try Self.questionnaire())
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message == "the file is empty")
        #expect(diagnostic.hint?.contains("restore it from a backup") == true)
        #expect(diagnostic.hint?.contains("questionnaire starts with") == false)
    }

    @Test func submittedNeedsItsTime() throws {
        let questionnaire = try Self.questionnaire()
        let text = try ResponseEncoder().encode(Self.sample(questionnaire), questionnaire: questionnaire)
            .split(separator: "\n").filter { !$0.hasPrefix("submitted:") }.joined(separator: "\n")
        #expect(Self.decode(text, questionnaire: questionnaire).diagnostics.first?.message.contains("needs the time it was submitted") == true)
    }

    @Test func exclusiveChoicesStandAlone() throws {
        let questionnaire = try #require(load(Fixture.editing(
            ("{code: school, label: {nl: \"School\", en: \"School\"}}",
             "{code: school, label: {nl: \"School\", en: \"School\"}}\n        - {code: none, exclusive: true, label: {nl: \"Geen\", en: \"None\"}}"))).questionnaire)
        let text = "role: police\nanswers:\n  context.partners: [police, none]\n"
        let result = Self.decode(text, questionnaire: questionnaire, kind: .answerSheet(base: Self.sample(questionnaire)))
        #expect(result.diagnostics.first?.message.contains("'none' cannot be combined") == true)
    }

    @Test func unansweredItemsFollowTheConditions() throws {
        let questionnaire = try Self.questionnaire()
        var response = Self.sample(questionnaire)
        response.answers = ["context.level": .choice("municipal"), "trust.share": .scale(1), "trust.fear": .scale(5)]
        // context.cases only shows for a zone; trust.fear only when trust.share is at least 3, so its stale answer is ignored.
        #expect(response.unansweredItems(in: questionnaire) == ["context.partners", "context.remarks", "vision.shared"])
    }
}
