import Foundation
import ZelfscanCore
@testable import ZelfscanReport

/// Report inputs from the demo generator: the same seed always gives the same cell, so the
/// tests can compare whole outputs.
enum ReportFixture {
    /// 2026.1 as archived: the snapshots and counts below are built on its content.
    static let questionnaire: Questionnaire = BundledQuestionnaire.load(file: "questionnaires/archive/livc-r-2026.1.yaml")!.result.questionnaire!

    static let cells: [DemoCell] = DemoDataGenerator(
        questionnaire: questionnaire, seed: 2026, municipalities: 8, years: 2, firstYear: 2025,
        questionnaireSHA256: BundledQuestionnaire.load(file: "questionnaires/archive/livc-r-2026.1.yaml")!.sha256).generate()

    /// The first demo cell's last round, with its trend, reference figures and the other cells as peers.
    static func input(language: Language = .nl, comments: Bool = false, cell index: Int = 0) throws -> ReportInput {
        let aggregator = CellAggregator(questionnaire: questionnaire)
        let cell = cells[index]
        let rounds = try aggregator.rounds(cell.responses)
        let round = rounds.last!
        let submitted = cell.responses.filter { $0.year == round.year && $0.status == .submitted }
        var pool: [PeerEntry] = []
        for other in cells {
            for peerRound in try aggregator.rounds(other.responses) {
                pool.append(PeerEntry(cell: peerRound, workspace: other.workspace))
            }
        }
        let peers = PeerBenchmark(cell: PeerEntry(cell: round, workspace: cell.workspace), pool: pool)
        return ReportInput(
            questionnaire: questionnaire, workspace: cell.workspace, round: round, responses: submitted, rounds: rounds,
            references: ReferenceComparison.all(questionnaire: questionnaire, responses: submitted), peers: peers,
            openDrafts: cell.responses.filter { $0.year == round.year && $0.status == .draft }.count,
            includeComments: comments, language: language, date: submitted.compactMap(\.submitted).max())
    }
}
