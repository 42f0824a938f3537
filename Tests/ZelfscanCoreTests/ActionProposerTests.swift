import Testing
@testable import ZelfscanCore

@Suite("Action proposer")
struct ActionProposerTests {
    static func rounds(seed: UInt64 = 2026, municipalities: Int = 12) throws -> (Questionnaire, [CellRound]) {
        let questionnaire = try DemoDataTests.bundled()
        let aggregator = CellAggregator(questionnaire: questionnaire)
        let rounds = try DemoDataTests.generate(seed: seed, municipalities: municipalities).flatMap { try aggregator.rounds($0.responses) }
        return (questionnaire, rounds.filter { $0.n >= ScoringRules.minimumCellRespondents })
    }

    @Test func everyDemoRoundGetsThreeToFiveProposalsEachNamingItsStatements() throws {
        let (questionnaire, rounds) = try Self.rounds()
        #expect(rounds.count >= 12)
        for round in rounds {
            let proposals = ActionProposer.propose(round: round, questionnaire: questionnaire)
            #expect((3...5).contains(proposals.count), "\(round.municipality) \(round.year): \(proposals.count)")
            #expect(proposals.map(\.id) == proposals.indices.map { "P\($0 + 1)" })
            #expect(proposals.map(\.priority) == Array(1...proposals.count))
            for proposal in proposals {
                let dimension = try #require(questionnaire.dimensions.first { $0.id == proposal.dimension })
                #expect(!proposal.items.isEmpty)
                #expect(proposal.items.allSatisfy { id in dimension.items.contains { $0.id == id } })
                guard case .bandAdvice(let band) = proposal.source else { continue }
                #expect(dimension.advice[band, default: []].contains(proposal.text))
            }
            #expect(Set(proposals.map(\.text)).count == proposals.count, "no action proposed twice")
        }
    }

    @Test func theWeakestStatementComesFirstAndNoDimensionGetsItsWholeList() throws {
        let (questionnaire, rounds) = try Self.rounds()
        for round in rounds {
            let proposals = ActionProposer.propose(round: round, questionnaire: questionnaire)
            let means = round.items.compactMap { distribution -> (String, Double)? in
                let item = questionnaire.dimensions.flatMap(\.items).first { $0.id == distribution.itemID }!
                return distribution.mean(of: item, on: questionnaire.scale(item.scale)!).map { (distribution.itemID, $0) }
            }
            let lowest = means.min { ($0.1, 0) < ($1.1, 0) }!.1
            let first = try #require(proposals.first?.items.first)
            #expect(means.first { $0.0 == first }?.1 == lowest)
            for dimension in questionnaire.dimensions {
                let texts = proposals.filter { $0.dimension == dimension.id }.map(\.text)
                #expect(texts.count <= ActionProposer.bandAdvicePerDimension)
            }
        }
    }

    /// Advice tied to a statement (format 2) comes first for that statement; the others fall back
    /// to their dimension's band advice.
    @Test func aStatementsOwnAdviceIsProposedForIt() throws {
        var (questionnaire, rounds) = try Self.rounds(municipalities: 3)
        let round = try #require(rounds.first)
        let plain = ActionProposer.propose(round: round, questionnaire: questionnaire)
        let weakest = try #require(plain.first?.items.first)
        let advice = LocalizedText(["nl": "Spreek af wie dit opvolgt.", "en": "Agree who follows this up."])
        for d in questionnaire.dimensions.indices {
            for i in questionnaire.dimensions[d].items.indices where questionnaire.dimensions[d].items[i].id == weakest {
                questionnaire.dimensions[d].items[i].advice = [advice]
            }
        }
        let proposals = ActionProposer.propose(round: round, questionnaire: questionnaire)
        #expect(proposals.first == ProposedAction(id: "P1", dimension: plain[0].dimension, items: [weakest], text: advice,
                                                  source: .itemAdvice(itemID: weakest), priority: 1))
        #expect(proposals.dropFirst().allSatisfy { if case .bandAdvice = $0.source { true } else { false } })
        #expect((3...5).contains(proposals.count))
    }

    @Test func theSameRoundGivesTheSameIds() throws {
        let (questionnaire, rounds) = try Self.rounds(municipalities: 3)
        for round in rounds {
            #expect(ActionProposer.propose(round: round, questionnaire: questionnaire)
                    == ActionProposer.propose(round: round, questionnaire: questionnaire))
        }
    }

    @Test func aStatementIsDisputedWhenItsAnswersAreScattered() {
        // agree5: null variance 1250. Answers 0, 0, 100, 100: variance 3333 → 0; 50, 50, 75, 75: 208 → 0.83.
        #expect(AgreementIndex.statement(.init(scores: [0, 0, 100, 100], nullVariance: 1250)) == 0)
        let close = try! #require(AgreementIndex.statement(.init(scores: [50, 50, 75, 75], nullVariance: 1250)))
        #expect(abs(close - (1 - 208.333_333 / 1250)) < 1e-6)
        #expect(AgreementIndex.isDisputed(0.5))
        #expect(!AgreementIndex.isDisputed(close))
    }
}
