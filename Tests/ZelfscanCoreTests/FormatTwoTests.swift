import Foundation
import Testing
import YAML
@testable import ZelfscanCore

/// The fixture in format 2: "don't know" and "not applicable" apart, `context.level` a fact
/// answered by prevention (others asked as a knowledge check), `vision` a local module, `trust`
/// continuing version 0.9, and a knowledge question.
enum FormatTwoFixture {
    static let text = Fixture.editing(
        ("format: 1\n", "format: 2\n"),
        ("version: \"1.0\"\n", "version: \"1.0\"\ncontinues: {version: \"0.9\"}\n"),
        ("""
              - {code: dk, label: {nl: "Weet niet", en: "Don't know"}}
          yesno:
        """, """
              - {code: dk, kind: dont-know, label: {nl: "Weet niet", en: "Don't know"}}
              - {code: na, kind: not-applicable, label: {nl: "Niet van toepassing", en: "Not applicable"}}
          yesno:
        """),
        ("""
            - id: context.level
              type: single
        """, """
            - id: context.level
              type: single
              answered_by: prevention
              others: knowledge
              evidence: {nl: "Het oprichtingsbesluit.", en: "The founding decision."}
        """),
        ("""
            - id: context.remarks
              type: text
        """, """
            - id: context.remarks
              type: text
              answered_by: prevention
        """),
        ("  - id: trust\n", "  - id: trust\n    continues: trust\n"),
        ("      - id: trust.share\n", "      - id: trust.share\n        continues: trust.sharing\n"),
        ("  - id: vision\n", "  - id: vision\n    local: true\n"),
        ("""
              strength: [{nl: "Deel.", en: "Share."}]

        """, """
              strength: [{nl: "Deel.", en: "Share."}]
        knowledge:
          title: {nl: "Kennistoets", en: "Knowledge check"}
          items:
            - id: knowledge.right
              type: single
              text: {nl: "Wat mag u?", en: "What may you do?"}
              options:
                - {code: must, label: {nl: "Moeten", en: "Must"}}
                - {code: may, label: {nl: "Mogen", en: "May"}}
              missing:
                - {code: dk, kind: dont-know, label: {nl: "Weet niet", en: "Don't know"}}
              correct: may
              explanation: {nl: "U mag, u moet niet.", en: "You may, you need not."}

        """))

    static func questionnaire() throws -> Questionnaire {
        let result = load(text)
        #expect(result.errors.isEmpty, "\(result.errors.map { "\($0.line): \($0.message)" })")
        return try #require(result.questionnaire)
    }

    /// The fixture with one more edit, for one mistake per test.
    static func editing(_ old: String, _ new: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        Fixture.apply([(old, new)], to: text, sourceLocation: sourceLocation)
    }
}

@Suite("Format 2 keys")
struct FormatTwoDecodingTests {
    @Test func decodesEveryKey() throws {
        let questionnaire = try FormatTwoFixture.questionnaire()
        #expect(questionnaire.continues == "0.9")
        let agree = try #require(questionnaire.scale("agree5"))
        #expect(agree.missing.map(\.kind) == [.dontKnow, .notApplicable])
        #expect(questionnaire.scale("yesno")?.missing == [])
        let level = try #require(questionnaire.context?.items.first { $0.id == "context.level" })
        #expect(level.fact == FactRole(role: "prevention", evidence: LocalizedText(["nl": "Het oprichtingsbesluit.", "en": "The founding decision."]), others: .knowledge))
        #expect(level.missing.map(\.kind) == [.dontKnow])
        #expect(questionnaire.factItems.map(\.id) == ["context.level", "context.remarks"])
        #expect(questionnaire.dimension("trust")?.continues == "trust")
        #expect(questionnaire.scoredItems.first?.continues == "trust.sharing")
        #expect(questionnaire.dimension("vision")?.local == true)
        #expect(questionnaire.coreDimensions.map(\.id) == ["trust"])
        let knowledge = try #require(questionnaire.knowledge)
        #expect(knowledge.items.map(\.correct) == ["may"])
        #expect(knowledge.items.first?.explanation?.text(.en) == "You may, you need not.")
        #expect(questionnaire.allAskedItems.last?.id == "knowledge.right")
        #expect(questionnaire.missingKind(item: "trust.fear", code: "na") == .notApplicable)
    }

    @Test func anUnknownKindIsLocatedWithTheKnownOnes() throws {
        let text = FormatTwoFixture.editing("kind: not-applicable", "kind: not-applicabel")
        let error = try load(text).onlyError()
        #expect(error.message == "the missing code 'na' of scale 'agree5' has the unknown kind 'not-applicabel'; did you mean 'not-applicable'?")
        #expect(error.mark == (try text.mark(of: "not-applicabel")))
    }

    @Test func answeredByAnUnknownRole() throws {
        let text = FormatTwoFixture.editing("answered_by: prevention\n      others", "answered_by: preventoin\n      others")
        let error = try load(text).onlyError()
        #expect(error.message == "context item 'context.level' is answered by the unknown role 'preventoin'; did you mean 'prevention'?")
        #expect(error.mark == (try text.mark(of: "preventoin")))
    }

    @Test func othersWithoutAnsweredBy() throws {
        let text = FormatTwoFixture.editing("      answered_by: prevention\n      others: knowledge\n", "      others: knowledge\n")
        let result = load(text)
        let error = try result.error(containing: "'others'")
        #expect(error.message == "'others' of context item 'context.level' only applies to a fact with 'answered_by'")
        #expect(error.mark == (try text.mark(of: "knowledge\n")))
    }

    @Test func othersWithAnUnknownValue() throws {
        let text = FormatTwoFixture.editing("others: knowledge", "others: everyone")
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'others' of context item 'context.level' is 'everyone'"))
        #expect(error.hint?.contains("others: knowledge") == true)
    }

    @Test func aScoredStatementIsNeverAFact() throws {
        let text = FormatTwoFixture.editing("        continues: trust.sharing\n", "        continues: trust.sharing\n        answered_by: police\n")
        let error = try load(text).onlyError()
        #expect(error.message == "item 'trust.share' is a scored statement and cannot be 'answered_by' one role: facts never enter a score")
        #expect(error.hint?.contains("context module") == true)
        #expect(error.mark == (try text.mark(of: "police\n", after: "answered_by: ")))
    }

    @Test func theRightAnswerMustBeAnOption() throws {
        let text = FormatTwoFixture.editing("correct: may", "correct: mays")
        let error = try load(text).onlyError()
        #expect(error.message == "'correct' of knowledge item 'knowledge.right' is 'mays', which is not one of its options; did you mean 'may'?")
        #expect(error.mark == (try text.mark(of: "mays")))
    }

    @Test func aKnowledgeQuestionNeedsItsRightAnswer() throws {
        let text = FormatTwoFixture.editing("      correct: may\n", "")
        let error = try load(text).onlyError()
        #expect(error.message == "knowledge item 'knowledge.right' is missing the required key 'correct', the option code that is right")
    }

    @Test func itemContinuityNeedsTheEarlierVersion() throws {
        let text = FormatTwoFixture.editing("continues: {version: \"0.9\"}\n", "")
        let errors = load(text).errors
        #expect(Set(errors.map(\.message)) == [
            "dimension 'trust' continues 'trust', but the questionnaire does not say which version it continues",
            "item 'trust.share' continues 'trust.sharing', but the questionnaire does not say which version it continues",
        ])
        #expect(errors.allSatisfy { $0.hint?.contains("continues: {version:") == true })
    }

    @Test func twoItemsCannotContinueTheSameOne() throws {
        let text = FormatTwoFixture.editing("        reverse: true\n", "        reverse: true\n        continues: trust.sharing\n")
        let error = try load(text).onlyError()
        #expect(error.message == "continued item 'trust.sharing' is used twice; it is already defined at line \(try text.line(of: "continues: trust.sharing"))")
    }

    @Test func aLocalModuleContinuesNothing() throws {
        let text = FormatTwoFixture.editing("    local: true\n", "    local: true\n    continues: vision\n")
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("dimension 'vision' is local and continues 'vision'"))
    }

    /// Every message of the format 2 keys has its own Dutch wording.
    @Test(arguments: [
        ("kind: not-applicable", "kind: not-applicabel"),
        ("answered_by: prevention\n      others", "answered_by: preventoin\n      others"),
        ("      answered_by: prevention\n      others: knowledge\n", "      others: knowledge\n"),
        ("others: knowledge", "others: everyone"),
        ("correct: may", "correct: mays"),
        ("      correct: may\n", ""),
        ("continues: {version: \"0.9\"}\n", ""),
        ("continues: {version: \"0.9\"}\n", "continues: {version: \"1.0\"}\n"),
        ("    local: true\n", "    local: true\n    continues: vision\n"),
        ("format: 2\n", "format: 1\n"),
        ("        continues: trust.sharing\n", "        continues: trust.sharing\n        answered_by: police\n"),
        ("type: single\n      text: {nl: \"Wat mag u?\"", "type: multiple\n      text: {nl: \"Wat mag u?\""),
    ])
    func everyMessageIsInDutchToo(edit: (String, String)) throws {
        let result = load(FormatTwoFixture.editing(edit.0, edit.1))
        #expect(!result.errors.isEmpty)
        for diagnostic in result.diagnostics {
            #expect(diagnostic.text.nl != diagnostic.text.en, "not translated: \(diagnostic.text.en)")
            if let hint = diagnostic.hintText { #expect(hint.nl != hint.en, "hint not translated: \(hint.en)") }
        }
    }

    @Test func aFormatOneFileNamesEveryFormatTwoKey() throws {
        let text = FormatTwoFixture.text.replacingOccurrences(of: "format: 2\n", with: "format: 1\n")
        let keys = load(text).errors.compactMap { error in
            error.message.hasSuffix("is a format 2 key, but the file says 'format: 1'") ? error.message.split(separator: "'")[0] : nil
        }
        #expect(Set(keys) == ["continues", "kind", "answered_by", "others", "evidence", "local", "knowledge"])
    }
}

@Suite("Facts, local modules, knowledge and dk vs n.a. in cell results")
struct FormatTwoScoringTests {
    static func response(_ code: String, role: String, _ answers: [String: Answer], questionnaire: Questionnaire,
                         submitted seconds: Double = 0) -> Response {
        var response = ScoringExamples.response(code, role: role, answers, questionnaire: questionnaire)
        response.submitted = Date(timeIntervalSince1970: 1_790_000_000 + seconds)
        return response
    }

    @Test func aFactIsAskedOfItsRoleAndOfOthersOnlyAsKnowledge() throws {
        let questionnaire = try FormatTwoFixture.questionnaire()
        let police = Visibility(questionnaire: questionnaire, role: "police", answers: [:])
        let prevention = Visibility(questionnaire: questionnaire, role: "prevention", answers: [:])
        #expect(police.isShown("context.level"))
        #expect(!police.isShown("context.remarks"))
        #expect(prevention.isShown("context.remarks"))
    }

    @Test func theCellFactIsTheRolesLatestAnswerWithTheOthersDontKnowRate() throws {
        let questionnaire = try FormatTwoFixture.questionnaire()
        let responses = [
            Self.response("R-AAAAA1", role: "prevention", ["context.level": .choice("zone")], questionnaire: questionnaire, submitted: 10),
            Self.response("R-AAAAA2", role: "prevention", ["context.level": .choice("municipal")], questionnaire: questionnaire, submitted: 20),
            Self.response("R-AAAAA3", role: "police", ["context.level": .missing("dk")], questionnaire: questionnaire),
            Self.response("R-AAAAA4", role: "police", ["context.level": .choice("zone")], questionnaire: questionnaire),
            Self.response("R-AAAAA5", role: "police", ["context.level": .missing("dk")], questionnaire: questionnaire),
        ]
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        let fact = try #require(round.fact("context.level"))
        #expect(fact.answer == .choice("municipal"))
        #expect(fact.roleRespondents == 2)
        #expect(fact.disagreement)
        #expect(fact.othersAsked == 3)
        #expect(fact.othersDontKnow == 2)
        #expect(fact.othersDontKnowShare == 2.0 / 3.0)
        let remarks = try #require(round.fact("context.remarks"))
        #expect(remarks.othersAsked == nil)
        #expect(remarks.answer == nil)
        // Below three others the rate would show one member's answer.
        let small = try #require(try CellAggregator(questionnaire: questionnaire).rounds(Array(responses.prefix(4))).first)
        #expect(small.fact("context.level")?.othersDontKnowShare == nil)
    }

    @Test func aLocalModuleStaysOutOfTheOverallScore() throws {
        let questionnaire = try FormatTwoFixture.questionnaire()
        let responses = ["R-AAAAA1", "R-AAAAA2", "R-AAAAA3"].map { code in
            Self.response(code, role: "police", ["trust.share": .scale(5), "trust.fear": .scale(1), "vision.shared": .scale(0)], questionnaire: questionnaire)
        }
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        #expect(round.dimension("vision")?.mean == 0)
        #expect(round.dimension("vision")?.local == true)
        #expect(round.overall == 100)
        #expect(round.respondents.first?.overall == 100)
        let peers = PeerBenchmark(cell: PeerEntry(cell: round, cluster: nil, synthetic: false), pool: [])
        #expect(!peers.rows.contains { $0.measure == .dimension("vision") })
    }

    @Test func notApplicableIsNoKnowledgeGap() throws {
        let questionnaire = try FormatTwoFixture.questionnaire()
        let answers: [[String: Answer]] = [["trust.share": .missing("na")], ["trust.share": .missing("dk")], ["trust.share": .scale(3)], ["trust.share": .scale(5)]]
        let responses = answers.enumerated().map { Self.response("R-AAAAA\($0.offset + 1)", role: "police", $0.element, questionnaire: questionnaire) }
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        let item = try #require(round.item("trust.share"))
        #expect(item.dontKnow == 1)
        #expect(item.notApplicable == 1)
        #expect(item.dontKnowShare == 1.0 / 3.0)
        #expect(item.missing.map(\.kind) == [.dontKnow, .notApplicable])
    }

    @Test func knowledgeIsCountedPerCellFromThreeRespondents() throws {
        let questionnaire = try FormatTwoFixture.questionnaire()
        let answers: [Answer] = [.choice("may"), .choice("must"), .missing("dk"), .choice("may")]
        let responses = answers.enumerated().map { Self.response("R-AAAAA\($0.offset + 1)", role: "police", ["knowledge.right": $0.element], questionnaire: questionnaire) }
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        let result = try #require(round.knowledge.first)
        #expect(round.knowledge.count == 1)
        #expect((result.itemID, result.asked, result.correct, result.dontKnow) == ("knowledge.right", 4, 2, 1))
        #expect(round.knowledge.first?.correctShare == 0.5)
        let two = try #require(try CellAggregator(questionnaire: questionnaire).rounds(Array(responses.prefix(2))).first)
        #expect(two.knowledge.isEmpty)
    }
}
