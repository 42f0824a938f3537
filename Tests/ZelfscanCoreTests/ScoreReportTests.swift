import Foundation
import Testing
@testable import ZelfscanCore

@Suite("JSON score report")
struct ScoreReportTests {
    @Test func exampleTwoAsJSON() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        var responses = CellAggregationTests.exampleResponses(questionnaire)
        responses.append(ScoringExamples.response("R-AAAAA5", role: "prevention", ["trust.share": .missing("dk")],
                                                  questionnaire: questionnaire))
        let rounds = try CellAggregator(questionnaire: questionnaire).rounds(responses)
        let data = try ScoreReport(questionnaire: questionnaire, rounds: rounds).json()
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["format"] as? Int == 2)
        #expect(root["scoring_rules"] as? String == ScoringRules.version)
        #expect(root["synthetic"] as? Bool == false)
        #expect((root["questionnaire"] as? [String: String]) == ["id": "example", "version": "1"])
        let cells = try #require(root["cells"] as? [[String: Any]])
        let cell = try #require(cells.first)
        #expect(cell["municipality"] as? String == "Voorbeeldgemeente")
        #expect(cell["year"] as? Int == 2026)
        #expect(cell["n"] as? Int == 5)
        #expect(cell["synthetic"] as? Bool == false)
        let overall = try #require(cell["overall"] as? [String: Any])
        #expect(overall["score"] as? Double == 62.5)
        #expect(overall["band"] as? String == "developing")
        let trust = try #require((cell["dimensions"] as? [[String: Any]])?.first)
        #expect(trust["id"] as? String == "trust")
        #expect(trust["n"] as? Int == 4)
        #expect(trust["mean"] as? Double == 62.5)
        #expect(abs((trust["sd"] as? Double ?? 0) - 27.003_086_243_366_09) < 1e-9)
        #expect(trust["min"] == nil && trust["max"] == nil, "a lowest or highest score is one member's")
        #expect(trust["band"] as? String == "developing")
        #expect(trust["disagreement"] as? Bool == true)
        #expect(trust["withheld"] as? Bool == false)
        #expect(trust["rwg"] is Double)
        #expect(cell["respondents"] == nil && cell["individual_scores"] == nil, "aggregates only unless asked")

        let individual = try #require(try JSONSerialization.jsonObject(
            with: try ScoreReport(questionnaire: questionnaire, rounds: rounds, individualScores: true).json()) as? [String: Any])
        let records = try #require((individual["cells"] as? [[String: Any]])?.first?["individual_scores"] as? [[String: Any]])
        #expect(records.count == 5)
        #expect(records.allSatisfy { Set($0.keys) == ["dimensions", "overall"] }, "no code, role or role group")
        #expect(records.first?["overall"] is NSNull, "sorted by score, the unscored first")
        let overalls = records.compactMap { $0["overall"] as? Double }
        #expect(overalls == overalls.sorted())
    }

    /// Three submitted, but only two with a trust score: with mean and sd, each of the two would
    /// learn the other's score.
    @Test func aDimensionWithFewerThanThreeScoresIsWithheld() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        var responses = Array(CellAggregationTests.exampleResponses(questionnaire).prefix(2))
        responses.append(ScoringExamples.response("R-AAAAA5", role: "prevention", ["trust.share": .missing("dk")], questionnaire: questionnaire))
        let rounds = try CellAggregator(questionnaire: questionnaire).rounds(responses)
        let root = try #require(try JSONSerialization.jsonObject(with: try ScoreReport(questionnaire: questionnaire, rounds: rounds).json()) as? [String: Any])
        let cell = try #require((root["cells"] as? [[String: Any]])?.first)
        #expect(cell["n"] as? Int == 3)
        let trust = try #require((cell["dimensions"] as? [[String: Any]])?.first)
        #expect(trust["n"] as? Int == 2 && trust["withheld"] as? Bool == true && trust["mean"] is NSNull && trust["sd"] is NSNull)
        #expect((cell["overall"] as? [String: Any])?["score"] is NSNull, "the overall score would give the mean away")
    }

    @Test func aCellOfFewerThanThreeShowsNoScore() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let responses = Array(CellAggregationTests.exampleResponses(questionnaire).prefix(2))
        let rounds = try CellAggregator(questionnaire: questionnaire).rounds(responses)
        let root = try #require(try JSONSerialization.jsonObject(
            with: try ScoreReport(questionnaire: questionnaire, rounds: rounds, individualScores: true).json()) as? [String: Any])
        let cell = try #require((root["cells"] as? [[String: Any]])?.first)
        #expect((cell["overall"] as? [String: Any])?["score"] is NSNull)
        let trust = try #require((cell["dimensions"] as? [[String: Any]])?.first)
        #expect(trust["mean"] is NSNull && trust["sd"] is NSNull && trust["withheld"] as? Bool == true)
        #expect(cell["individual_scores"] == nil)
    }

    @Test func keysAreSortedAndNullsWritten() throws {
        let questionnaire = try ScoringExamples.questionnaire(ScoringExamples.cellDimensions)
        let response = ScoringExamples.response("R-AAAAA1", role: "police", ["trust.share": .missing("dk")],
                                                questionnaire: questionnaire, synthetic: true)
        let rounds = try CellAggregator(questionnaire: questionnaire).rounds([response])
        let text = String(decoding: try ScoreReport(questionnaire: questionnaire, rounds: rounds).json(), as: UTF8.self)
        #expect(text.contains("\"mean\" : null"))
        #expect(text.contains("\"sd\" : null"))
        #expect(text.contains("\"synthetic\" : true"))
        let keys = ["\"cells\"", "\"format\"", "\"questionnaire\"", "\"scoring_rules\"", "\"synthetic\""]
        let positions = keys.compactMap { text.range(of: "\n  " + $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }
}
