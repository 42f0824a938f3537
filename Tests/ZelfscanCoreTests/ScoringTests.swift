import Testing
@testable import ZelfscanCore

/// Worked example 1 and the respondent edge cases of `docs/scoring.md`.
@Suite("Scoring a respondent")
struct ScoringTests {
    static let exampleAnswers: [String: Answer] = [
        "trust.share": .scale(4),
        "trust.withholding": .scale(1),
        "trust.agreements-kept": .scale(3),
        "trust.new-members": .missing("dk"),
        "structure.agreement": .scale(3),
        "structure.input": .scale(5),
    ]

    func score(_ answers: [String: Answer], role: String = "police", skipped: [String] = [],
               dimensions: String = ScoringExamples.respondentDimensions) throws -> RespondentScore {
        let questionnaire = try ScoringExamples.questionnaire(dimensions)
        let response = ScoringExamples.response("R-EXMPL1", role: role, answers, questionnaire: questionnaire, skipped: skipped)
        return try Scorer(questionnaire: questionnaire).score(response)
    }

    /// Every text of the tool treats a code other than "en" as Dutch; the score's decimal sign
    /// must follow the same rule (it took "." for any code not starting with "nl").
    @Test(arguments: ["nl", "", "fr", "EN", "de-BE"])
    func scoresFollowTheToolsOneLanguageRule(code: String) {
        #expect(ScoreFormat.display(68.75, language: Language(code: code)) == "68,8")
    }

    @Test func itemScoresAndReverseKeying() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.respondentDimensions)
        let agree5 = try #require(questionnaire.scale("agree5"))
        let maturity4 = try #require(questionnaire.scale("maturity4"))
        #expect(ItemScore.keyed(1, reverse: true, on: agree5) == 5)
        #expect(ItemScore.keyed(2, reverse: true, on: agree5) == 4)
        #expect(ItemScore.score(4, reverse: false, on: agree5) == 75)
        #expect(ItemScore.score(1, reverse: true, on: agree5) == 100)
        #expect(ItemScore.score(3, reverse: false, on: agree5) == 50)
        #expect(abs(ItemScore.score(3, reverse: false, on: maturity4) - 200.0 / 3) < 1e-12)
    }

    /// Example 1, step by step.
    @Test func workedExampleOne() throws {
        let result = try score(Self.exampleAnswers, skipped: ["structure.referral"])
        let trust = try #require(result.dimension("trust"))
        #expect(trust.items.map(\.score) == [75, 100, 50])
        #expect(trust.items.map(\.weight) == [1, 1, 2])
        #expect(trust.shownWeight == 5)
        #expect(trust.answeredWeight == 4)
        #expect(trust.coverage == 0.8)
        #expect(trust.value == 68.75)
        let structure = try #require(result.dimension("structure"))
        #expect(structure.shownWeight == 3)
        #expect(structure.answeredWeight == 2)
        #expect(structure.coverage == 2.0 / 3)
        #expect(structure.items.map { ScoreFormat.display($0.score) } == ["66,7", "100,0"])
        #expect(abs(try #require(structure.value) - 250.0 / 3) < 1e-9)
        let overall = try #require(result.overall)
        #expect(abs(overall - 76.041_666_666_666_67) < 1e-9)

        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.respondentDimensions)
        #expect(questionnaire.bands.band(for: 68.75)?.code == "developing")
        #expect(questionnaire.bands.band(for: try #require(structure.value))?.code == "strength")
        #expect(questionnaire.bands.band(for: overall)?.code == "strength")
        #expect(ScoreFormat.display(68.75) == "68,8")
        #expect(ScoreFormat.display(68.75, language: .en) == "68.8")
        #expect(ScoreFormat.display(try #require(structure.value)) == "83,3")
        #expect(ScoreFormat.display(overall) == "76,0")
    }

    /// Example 1, variant: the weighted item also "don't know" drops trust below 60% coverage.
    @Test func coverageBelowThresholdGivesNoScore() throws {
        var answers = Self.exampleAnswers
        answers["trust.agreements-kept"] = .missing("dk")
        let result = try score(answers, skipped: ["structure.referral"])
        let trust = try #require(result.dimension("trust"))
        #expect(trust.answeredWeight == 2)
        #expect(trust.coverage == 0.4)
        #expect(trust.status == .insufficientData)
        #expect(trust.value == nil)
        #expect(result.overall == nil)
    }

    /// Example 1, variant: with "does not exist" the conditional item is hidden and its stale
    /// answer ignored; one of two shown items answered is 50%, below 60%.
    @Test func hiddenItemDoesNotCount() throws {
        var answers = Self.exampleAnswers
        answers["structure.agreement"] = .scale(1)
        let structure = try #require(try score(answers, skipped: ["structure.referral"]).dimension("structure"))
        #expect(structure.shownWeight == 2)
        #expect(structure.answeredWeight == 1)
        #expect(structure.status == .insufficientData)
    }

    @Test func exactlyTheThresholdStillScores() throws {
        let answers: [String: Answer] = [
            "trust.share": .scale(4), "trust.agreements-kept": .scale(3),
            "structure.agreement": .scale(3), "structure.input": .scale(5),
        ]
        let trust = try #require(try score(answers).dimension("trust"))
        #expect(trust.coverage == 0.6)
        let value = try #require(trust.value)
        #expect(abs(value - 175.0 / 3) < 1e-9)
        #expect(ScoreFormat.display(value) == "58,3")
    }

    @Test func allDontKnow() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.respondentDimensions)
        let answers = Dictionary(uniqueKeysWithValues: questionnaire.scoredItems.map { ($0.id, Answer.missing("dk")) })
        let result = try score(answers)
        #expect(result.dimension("trust")?.status == .insufficientData)
        #expect(result.dimension("trust")?.shownWeight == 5)
        #expect(result.dimension("structure")?.status == .insufficientData)
        #expect(result.dimension("structure")?.shownWeight == 2)
        #expect(result.dimensions.allSatisfy { $0.value == nil && $0.answeredWeight == 0 })
        #expect(result.overall == nil)
    }

    @Test func skippedDimension() throws {
        let answers = Self.exampleAnswers.filter { $0.key.hasPrefix("trust.") }
        let result = try score(answers, skipped: ["structure.agreement", "structure.referral"])
        #expect(result.dimension("trust")?.value == 68.75)
        #expect(result.dimension("structure")?.status == .insufficientData)
        #expect(result.dimension("structure")?.shownWeight == 2)
        #expect(result.overall == nil)
    }

    @Test func reverseKeyedOnly() throws {
        let result = try score(["trust.withholding": .scale(1), "trust.betrayal": .scale(2)],
                               dimensions: ScoringExamples.reverseOnlyDimensions)
        #expect(result.dimension("trust")?.items.map(\.score) == [100, 75])
        #expect(result.dimension("trust")?.value == 87.5)
        #expect(result.overall == 87.5)
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.reverseOnlyDimensions)
        #expect(questionnaire.bands.band(for: 87.5)?.code == "strength")
        #expect(ScoreFormat.display(87.5) == "87,5")
    }

    @Test func dimensionWithNoShownItemsHasNoScore() throws {
        let dimensions = ScoringExamples.cellDimensions + """

              - id: police-only
                title: {nl: "Politie", en: "Police"}
                items:
                  - {id: police-only.item, text: {nl: "p", en: "p"}, scale: agree5, show_if: {role: [police]}}
            """
        let result = try score(["trust.share": .scale(5), "police-only.item": .scale(5)], role: "coordinator",
                               dimensions: dimensions)
        #expect(result.dimension("police-only")?.status == .noItemsShown)
        #expect(result.dimension("police-only")?.value == nil)
        #expect(result.overall == nil)
    }

    @Test func otherVersionIsRefused() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        var response = ScoringExamples.response("R-EXMPL1", role: "police", [:], questionnaire: questionnaire)
        response.questionnaire.version = "2"
        #expect(throws: ScoringError.questionnaireMismatch(respondent: "R-EXMPL1", expected: "example 1", found: "example 2")) {
            try Scorer(questionnaire: questionnaire).score(response)
        }
    }

    @Test func valueOffTheScaleIsRefused() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let response = ScoringExamples.response("R-EXMPL1", role: "police", ["trust.share": .scale(7)], questionnaire: questionnaire)
        #expect(throws: ScoringError.invalidAnswer(respondent: "R-EXMPL1", item: "trust.share")) {
            try Scorer(questionnaire: questionnaire).score(response)
        }
    }

    @Test func roundingHalfAwayFromZero() {
        #expect(ScoreFormat.display(62.5) == "62,5")
        #expect(ScoreFormat.display(62.5, language: .en) == "62.5")
        #expect(ScoreFormat.display(12.25) == "12,3")
        #expect(ScoreFormat.display(12.35) == "12,4")
        #expect(ScoreFormat.display(0.05) == "0,1")
        #expect(ScoreFormat.display(-2.25) == "-2,3")
        #expect(ScoreFormat.display(100) == "100,0")
        #expect(ScoreFormat.display(0) == "0,0")
        #expect(ScoreFormat.display(200.0 / 3) == "66,7")
    }

    @Test func bandIsChosenBeforeRounding() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        #expect(ScoreFormat.display(74.96) == "75,0")
        #expect(questionnaire.bands.band(for: 74.96)?.code == "developing")
        #expect(questionnaire.bands.band(for: 100)?.code == "strength")
    }
}
