import Testing
@testable import ZelfscanCore

/// A member who alone (or with one other) scored a dimension knows that score; the export's cell
/// panel must not hand it to anyone who reads the export.
@Suite("Export: no cell mean from fewer than 3 scores")
struct ExportSmallDimensionTests {
    static let dimensions = """
          - id: trust
            title: {nl: "Vertrouwen", en: "Trust"}
            items:
              - {id: trust.share, text: {nl: "a", en: "a"}, scale: agree5}
              - {id: trust.withholding, text: {nl: "b", en: "b"}, scale: agree5, reverse: true}
          - id: vision
            title: {nl: "Visie", en: "Vision"}
            items:
              - {id: vision.goals, text: {nl: "c", en: "c"}, scale: agree5}
        """

    /// Four members; `visionAnswers` of them answer the vision statement.
    static func round(visionAnswers: Int) throws -> StatisticsRound {
        let questionnaire = try ScoringExamples.questionnaire(dimensions)
        let responses = (1...4).map { index in
            var answers: [String: Answer] = ["trust.share": .scale(4), "trust.withholding": .scale(2)]
            if index <= visionAnswers { answers["vision.goals"] = .scale(index == 1 ? 5 : 2) }
            return ScoringExamples.response("R-AAAAA\(index)", role: "police", answers, questionnaire: questionnaire)
        }
        let cell = try #require(try CellAggregator(questionnaire: questionnaire, itemDistributions: false).rounds(responses).first)
        return StatisticsRound(member: "m", year: 2026, belfiusGroup: nil, cell: cell, tally: nil, referenceHeld: [:])
    }

    @Test(arguments: [1, 2])
    func aDimensionScoredByFewerThanThreeIsNotReleased(visionAnswers: Int) throws {
        let round = try Self.round(visionAnswers: visionAnswers)
        #expect(round.means["trust"] == 75)
        #expect(round.means["vision"] == nil, "one or two members' own vision score would be in cells.csv")
        #expect(round.means["overall"] == nil, "the overall minus trust gives the withheld vision mean back")
    }

    @Test func fromThreeScoresTheMeanIsReleased() throws {
        let round = try Self.round(visionAnswers: 3)
        #expect(round.means["vision"] == 50)
        #expect(round.means["overall"] == 62.5)
    }
}
