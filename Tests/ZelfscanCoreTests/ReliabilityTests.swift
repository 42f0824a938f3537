import Testing
@testable import ZelfscanCore

@Suite("Cronbach's alpha and item–total correlations")
struct ReliabilityTests {
    @Test func parallelItemsGiveAlphaOne() throws {
        let result = DimensionReliability(dimensionID: "d", itemIDs: ["x", "y"], cases: [[1, 2], [2, 3], [3, 4]], required: 3)
        guard case .computed(let computed) = result.outcome else {
            Issue.record("not computed")
            return
        }
        #expect(computed.n == 3)
        #expect(computed.alpha == 1)
        #expect(computed.itemTotal.map(\.correlation) == [1, 1])
    }

    /// Hand-computed: both items have variance 1, the total [4, 3, 5] variance 1, so
    /// α = 2/1 × (1 − 2/1) = −2; the items correlate −0.5.
    @Test func opposedItemsGiveNegativeAlpha() throws {
        let result = DimensionReliability(dimensionID: "d", itemIDs: ["x", "y"], cases: [[1, 3], [2, 1], [3, 2]], required: 3)
        guard case .computed(let computed) = result.outcome else {
            Issue.record("not computed")
            return
        }
        #expect(computed.alpha == -2)
        #expect(computed.itemTotal.map(\.correlation) == [-0.5, -0.5])
    }

    @Test func tooFewRespondents() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let responses = CellAggregationTests.exampleResponses(questionnaire)
        let results = try DimensionReliability.analyse(questionnaire: questionnaire, responses: responses)
        #expect(results.map(\.dimensionID) == ["trust"])
        #expect(results.map(\.outcome) == [.tooFewRespondents(n: 4, required: 30)])
    }

    @Test func onlyCompleteCasesCount() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        var responses = CellAggregationTests.exampleResponses(questionnaire)
        responses.append(ScoringExamples.response("R-AAAAA5", role: "police", ["trust.share": .scale(4), "trust.withholding": .missing("dk")], questionnaire: questionnaire))
        responses.append(ScoringExamples.response("R-AAAAA6", role: "police", ["trust.share": .scale(4), "trust.withholding": .scale(2)], questionnaire: questionnaire, status: .draft))
        let results = try DimensionReliability.analyse(questionnaire: questionnaire, responses: responses,
                                                       rules: ScoringRules(minimumReliabilityRespondents: 4))
        guard case .computed(let computed)? = results.first?.outcome else {
            Issue.record("not computed")
            return
        }
        #expect(computed.n == 4)
    }

    /// Demo data has a latent level per dimension, so its items should hang together.
    @Test func demoDataIsInternallyConsistent() throws {
        let questionnaire = try #require(try BundledQuestionnaireTests.loadArchived().questionnaire)
        let cells = DemoDataGenerator(questionnaire: questionnaire, seed: 11, municipalities: 40, years: 1,
                                      firstYear: 2026, questionnaireSHA256: "0").generate()
        let results = try DimensionReliability.analyse(questionnaire: questionnaire, responses: cells.flatMap(\.responses))
        #expect(results.count == 4)
        for result in results {
            guard case .computed(let computed) = result.outcome else {
                Issue.record("\(result.dimensionID): \(result.outcome)")
                continue
            }
            #expect(computed.n >= 30)
            #expect((computed.alpha ?? 0) > 0.6, "\(result.dimensionID): alpha \(computed.alpha ?? .nan)")
            #expect(computed.itemTotal.allSatisfy { ($0.correlation ?? 0) > 0 }, "\(result.dimensionID): \(computed.itemTotal.map { "\($0.itemID) \($0.correlation ?? .nan)" })")
        }
    }
}
