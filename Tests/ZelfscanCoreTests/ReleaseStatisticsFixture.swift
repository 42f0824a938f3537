import Foundation
import Testing
@testable import ZelfscanCore

/// Rounds for the release statistics: demo data as a whole pool, or responses made by hand.
enum ReleaseStatisticsFixture {
    static func questionnaire() throws -> Questionnaire {
        try #require(try BundledQuestionnaireTests.loadArchived().questionnaire)
    }

    /// Demo rounds with the municipality's own facts; the member token is a stand-in that no
    /// table may contain.
    static func demoRounds(seed: UInt64, municipalities: Int = 60, years: Int = 3) throws -> [StatisticsRound] {
        let questionnaire = try questionnaire()
        let cells = DemoDataGenerator(questionnaire: questionnaire, seed: seed, municipalities: municipalities,
                                      years: years, firstYear: 2024, questionnaireSHA256: "0").generate()
        let responses = cells.flatMap(\.responses)
        let rounds = try CellAggregator(questionnaire: questionnaire, itemDistributions: false).rounds(responses)
        let workspaces = Dictionary(uniqueKeysWithValues: cells.map { ($0.workspace.municipality, $0.workspace) })
        return rounds.map { cell in
            let workspace = workspaces[cell.municipality]
            return StatisticsRound(
                member: token(cell.municipality), year: cell.year,
                belfiusGroup: workspace?.cluster?.group.rawValue, cell: cell,
                responses: responses.filter { $0.municipality == cell.municipality && $0.year == cell.year && $0.status == .submitted })
        }
    }

    static func token(_ municipality: String) -> String { "member-" + municipality }

    static func response(_ municipality: String, year: Int, number: Int, role: String = "police",
                         answers: [String: Answer], skipped: [String] = []) -> Response {
        Response(respondent: String(format: "R-%06d", number), questionnaire: .init(id: "livc-r", version: "2026.1", sha256: "0"),
                 municipality: municipality, year: year, role: role, language: .nl, status: .submitted,
                 started: Date(timeIntervalSince1970: 0), answers: answers, skipped: skipped)
    }

    /// Rounds made from the given responses, grouped as the aggregator groups them.
    static func rounds(_ responses: [Response], questionnaire: Questionnaire) throws -> [StatisticsRound] {
        try CellAggregator(questionnaire: questionnaire, itemDistributions: false).rounds(responses).map { cell in
            StatisticsRound(member: token(cell.municipality), year: cell.year, belfiusGroup: nil, cell: cell,
                            responses: responses.filter { $0.municipality == cell.municipality && $0.year == cell.year })
        }
    }

    /// Every text field of a table, to check that no member token leaks into one.
    static func texts(_ table: ExportTable) -> [String] {
        table.rows.flatMap { $0.compactMap { if case .text(let text) = $0 { return text } else { return nil } } }
    }

    static func column(_ table: ExportTable, _ name: String) throws -> [ExportTable.Value] {
        let index = try #require(table.columnIndex(name))
        return table.rows.map { $0[index] }
    }
}
