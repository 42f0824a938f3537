import Testing
@testable import ZelfscanCore

/// Worked example 2 and the cell edge cases of `docs/scoring.md`.
@Suite("Cell aggregation")
struct CellAggregationTests {
    static func exampleResponses(_ questionnaire: Questionnaire) -> [Response] {
        [
            ScoringExamples.response("R-AAAAA1", role: "police", ["trust.share": .scale(4), "trust.withholding": .scale(2)], questionnaire: questionnaire),
            ScoringExamples.response("R-AAAAA2", role: "mayor", ["trust.share": .scale(4), "trust.withholding": .scale(3)], questionnaire: questionnaire),
            ScoringExamples.response("R-AAAAA3", role: "social-services", ["trust.share": .scale(2), "trust.withholding": .scale(4)], questionnaire: questionnaire),
            ScoringExamples.response("R-AAAAA4", role: "coordinator", ["trust.share": .scale(5), "trust.withholding": .scale(2)], questionnaire: questionnaire),
        ]
    }

    @Test func workedExampleTwo() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        var responses = Self.exampleResponses(questionnaire)
        responses.append(ScoringExamples.response("R-AAAAA5", role: "prevention", ["trust.share": .scale(1)],
                                                  questionnaire: questionnaire, status: .draft))
        let rounds = try CellAggregator(questionnaire: questionnaire).rounds(responses)
        #expect(rounds.count == 1)
        let round = try #require(rounds.first)
        #expect(round.n == 4)
        #expect(round.respondents.map { $0.dimension("trust")?.value } == [75, 62.5, 25, 87.5])
        let trust = try #require(round.dimension("trust"))
        #expect(trust.n == 4)
        #expect(trust.mean == 62.5)
        let sd = try #require(trust.standardDeviation)
        #expect(abs(sd * sd - 729.166_666_666_666_7) < 1e-9)
        #expect(abs(sd - 27.003_086_243_366_09) < 1e-9)
        #expect(ScoreFormat.display(sd) == "27,0")
        #expect(trust.minimum == 25)
        #expect(trust.maximum == 87.5)
        #expect(trust.band == "developing")
        #expect(trust.disagreement)
        let share = round.respondents.compactMap { $0.dimension("trust")?.items.first { $0.itemID == "trust.share" }?.score }
        let withholding = round.respondents.compactMap { $0.dimension("trust")?.items.first { $0.itemID == "trust.withholding" }?.score }
        #expect(share == [75, 75, 25, 100])
        #expect(withholding == [75, 50, 25, 75])
        let shareVariance = try #require(Descriptive.sampleVariance(share))
        let withholdingVariance = try #require(Descriptive.sampleVariance(withholding))
        #expect(abs(shareVariance - 2968.75 / 3) < 1e-9)
        #expect(abs(withholdingVariance - 1718.75 / 3) < 1e-9)
        #expect(abs(shareVariance / 1250 - 19.0 / 24) < 1e-9)
        #expect(abs(withholdingVariance / 1250 - 11.0 / 24) < 1e-9)
        #expect(abs((shareVariance / 1250 + withholdingVariance / 1250) / 2 - 0.625) < 1e-9)
        let rwg = try #require(trust.agreement)
        #expect(abs(rwg - 6.0 / 11) < 1e-9)
        #expect(abs(rwg - 0.545) < 0.0005)
        #expect(trust.agreementLevel == .moderate)
        #expect(round.overall == 62.5)
        #expect(round.overallBand == "developing")
        #expect(round.roleGroups("trust")?.state == .hidden(.protectRespondents(
            smallGroups: ["security": 1, "social-preventive": 1, "administration": 2], minimum: 3)))
    }

    @Test func agreementNullVariance() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.respondentDimensions)
        let agree5 = try #require(questionnaire.scale("agree5"))
        #expect(AgreementIndex.nullVariance(of: agree5) == 1250)
        let maturity4 = try #require(questionnaire.scale("maturity4"))
        let maturity = try #require(AgreementIndex.nullVariance(of: maturity4))
        #expect(abs(maturity - 1.25 * 10_000.0 / 9) < 1e-9)
        #expect(ScoreFormat.display(maturity, language: .en) == "1388.9")
    }

    @Test func agreementIsZeroWhenSpreadExceedsRandomAnswering() {
        let split = AgreementIndex.ItemSpread(scores: [0, 100, 0, 100], nullVariance: 1250)
        #expect(AgreementIndex.rwg([split]) == 0)
        let same = AgreementIndex.ItemSpread(scores: [75, 75, 75], nullVariance: 1250)
        #expect(AgreementIndex.rwg([same]) == 1)
        #expect(AgreementIndex.rwg([AgreementIndex.ItemSpread(scores: [75], nullVariance: 1250)]) == nil)
    }

    @Test func disagreementThresholdIsConfigurable() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let rules = ScoringRules(disagreementThreshold: 30)
        let round = try #require(try CellAggregator(questionnaire: questionnaire, rules: rules).rounds(Self.exampleResponses(questionnaire)).first)
        #expect(round.dimension("trust")?.disagreement == false)
    }

    @Test func oneRespondent() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let round = try CellAggregator(questionnaire: questionnaire)
            .round(CellKey(municipality: "Voorbeeldgemeente", year: 2026), responses: [Self.exampleResponses(questionnaire)[0]])
        let trust = try #require(round.dimension("trust"))
        #expect(trust.n == 1)
        #expect(trust.mean == 75)
        #expect(trust.standardDeviation == nil)
        #expect(trust.minimum == 75)
        #expect(trust.maximum == 75)
        #expect(trust.band == "strength")
        #expect(trust.disagreement == false)
        #expect(trust.agreement == nil)
        #expect(round.overall == 75)
    }

    @Test func allDontKnowCell() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let responses = ["R-AAAAA1", "R-AAAAA2"].map {
            ScoringExamples.response($0, role: "police", ["trust.share": .missing("dk"), "trust.withholding": .missing("dk")],
                                     questionnaire: questionnaire)
        }
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        let trust = try #require(round.dimension("trust"))
        #expect(round.n == 2)
        #expect(trust.n == 0)
        #expect(trust.unscored == 2)
        #expect(trust.mean == nil && trust.band == nil && trust.standardDeviation == nil && trust.agreement == nil)
        #expect(round.overall == nil)
        #expect(round.item("trust.share")?.dontKnowShare == 1)
    }

    @Test func itemDistribution() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        var responses = Self.exampleResponses(questionnaire)
        responses.append(ScoringExamples.response("R-AAAAA5", role: "prevention", ["trust.share": .missing("dk")],
                                                  questionnaire: questionnaire, skipped: ["trust.withholding"]))
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        let share = try #require(round.item("trust.share"))
        #expect(share.shown == 5)
        #expect(share.values.map(\.count) == [0, 1, 0, 2, 1])
        #expect(share.values.map(\.value) == [1, 2, 3, 4, 5])
        #expect(share.missing == [ItemDistribution.CodeCount(code: "dk", count: 1)])
        #expect(share.answered == 4)
        #expect(share.dontKnowShare == 0.2)
        let withholding = try #require(round.item("trust.withholding"))
        #expect(withholding.unanswered == 1)
        #expect(withholding.dontKnowShare == 0)
    }

    @Test func roleGroupsShownWhenEveryGroupHasThree() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let police = (1...3).map {
            ScoringExamples.response("R-P0000\($0)", role: "police", ["trust.share": .scale(5), "trust.withholding": .scale(1)], questionnaire: questionnaire)
        }
        let social = (1...3).map {
            ScoringExamples.response("R-S0000\($0)", role: "social-services", ["trust.share": .scale(3), "trust.withholding": .scale(3)], questionnaire: questionnaire)
        }
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(police + social).first)
        #expect(round.roleGroups("trust")?.state == .shown(
            means: [.init(group: "security", n: 3, mean: 100), .init(group: "social-preventive", n: 3, mean: 50)],
            gaps: [.init(first: "security", second: "social-preventive", difference: 50)]))

        let one = try #require(try CellAggregator(questionnaire: questionnaire).rounds(police).first)
        #expect(one.roleGroups("trust")?.state == .hidden(.fewerThanTwoGroups))
        let unequal = try #require(try CellAggregator(questionnaire: questionnaire).rounds(police + social.prefix(2)).first)
        #expect(unequal.roleGroups("trust")?.state == .hidden(.protectRespondents(smallGroups: ["social-preventive": 2], minimum: 3)))
    }

    @Test func roundsAreGroupedByMunicipalityAndYear() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let answers: [String: Answer] = ["trust.share": .scale(4), "trust.withholding": .scale(2)]
        let responses = [
            ScoringExamples.response("R-AAAAA1", role: "police", answers, questionnaire: questionnaire, municipality: "B", year: 2026),
            ScoringExamples.response("R-AAAAA2", role: "police", answers, questionnaire: questionnaire, municipality: "A", year: 2026),
            ScoringExamples.response("R-AAAAA3", role: "police", answers, questionnaire: questionnaire, municipality: "A", year: 2025, synthetic: true),
            ScoringExamples.response("R-AAAAA4", role: "police", answers, questionnaire: questionnaire, municipality: "C", year: 2026, status: .draft),
        ]
        let rounds = try CellAggregator(questionnaire: questionnaire).rounds(responses)
        #expect(rounds.map(\.key) == [CellKey(municipality: "A", year: 2025), CellKey(municipality: "A", year: 2026), CellKey(municipality: "B", year: 2026)])
        #expect(rounds.map(\.synthetic) == [true, false, false])
    }

    @Test func trendShowsChangeBetweenConsecutiveRounds() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.respondentDimensions)
        func round(_ year: Int, _ share: Double, structure: Bool) -> Response {
            var answers: [String: Answer] = ["trust.share": .scale(share), "trust.withholding": .scale(2),
                                             "trust.agreements-kept": .scale(3), "trust.new-members": .scale(3)]
            if structure {
                answers["structure.agreement"] = .scale(3)
                answers["structure.input"] = .scale(4)
                answers["structure.referral"] = .scale(4)
            }
            return ScoringExamples.response("R-AAAAA\(year % 10)", role: "police", answers, questionnaire: questionnaire, year: year)
        }
        let rounds = try CellAggregator(questionnaire: questionnaire)
            .rounds([round(2026, 5, structure: true), round(2024, 3, structure: true), round(2025, 4, structure: false)])
        let trend = try CellTrend(rounds: rounds)
        #expect(trend.rounds.map(\.year) == [2024, 2025, 2026])
        #expect(trend.changes("trust") == [5, 5])
        #expect(trend.changes("structure") == [nil, nil])
        #expect(trend.steps.map(\.overall) == [nil, nil])
        #expect(trend.steps.map(\.comparable) == [true, true])
        #expect(trend.steps.map { $0.changes.keys.sorted() } == [["structure", "trust"], ["structure", "trust"]])
        #expect(try CellTrend.trends(rounds) == [trend])

        let last = rounds[2]
        #expect(throws: CellTrend.TrendError.duplicateYear(2026)) { try CellTrend(rounds: [last, last]) }
        var other = rounds[0]
        other.municipality = "Elders"
        let middle = rounds[1]
        #expect(throws: CellTrend.TrendError.differentCells(["Elders", "Voorbeeldgemeente"])) { try CellTrend(rounds: [other, middle]) }
        var newVersion = rounds[2]
        newVersion.questionnaireVersion = "2"
        let changed = try CellTrend(rounds: [rounds[1], newVersion])
        #expect(changed.steps.first?.comparable == false)
        #expect(changed.changes("trust") == [nil])
    }

    /// With three members, the mean, the SD and one's own score give both colleagues' exact
    /// scores (December 2026 review): no spread below four.
    @Test func noSpreadBelowFourScores() {
        let three = CellDimensionResult(dimensionID: "trust", scores: [50, 87.5, 59.375], unscored: 0, bands: [], agreement: 0.8, rules: .standard)
        #expect(three.mean != nil && three.standardDeviation == nil && three.agreement == nil && !three.disagreement)
        let four = CellDimensionResult(dimensionID: "trust", scores: [50, 87.5, 59.375, 10], unscored: 0, bands: [], agreement: 0.8, rules: .standard)
        #expect(four.standardDeviation != nil && four.agreement == 0.8 && four.disagreement)
    }
}
