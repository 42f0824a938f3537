import Foundation
import TestSupport
@testable import ZelfscanCore

/// Demo cells made recognisable: distinctive municipality names, comments and text answers,
/// so a leak test can look for them in every exported byte.
enum ExportFixtures {
    static func name(_ index: Int) -> String { "Xylofoonbeek-\(index)-Quarzdorp" }
    static let comment = "Zorgvuldige Opmerking Over Jansens Samenwerking"
    static let textAnswer = "Vrijetekstantwoord Pieters"

    static func sources(municipalities: Int, years: Int = 2, seed: UInt64 = 11) throws -> [ExportSource] {
        let questionnaire = try DemoDataTests.bundled()
        let declared = (questionnaire.context?.items ?? []).filter { $0.kind == .text }.map(\.id)
        // The bundled questionnaire has no text item: a stray text answer must stay behind too.
        let textItems = declared.isEmpty ? ["context.remarks"] : declared
        return try DemoDataTests.generate(seed: seed, municipalities: municipalities, years: years).enumerated().map { index, cell in
            var workspace = cell.workspace
            workspace.municipality = name(index)
            let responses = cell.responses.map { response in
                var response = response
                response.municipality = name(index)
                response.comments = ["trust": comment + " \(index)"]
                for id in textItems { response.answers[id] = .text(textAnswer) }
                return response
            }
            return ExportSource(workspace: workspace, responses: responses)
        }
    }

    /// Tokens stand in for the ledger's keyed hashes: the name itself, so tests can see who is where.
    static func export(_ sources: [ExportSource], questionnaire: Questionnaire? = nil, k: Int = 5, seed: UInt64 = 1) throws -> AnonymisedExport {
        var random = SplitMix(seed: seed)
        return try ExportBuilder(questionnaire: questionnaire ?? DemoDataTests.bundled(), k: k, memberToken: { $0 }).build(sources, random: &random)
    }

    /// The export's CSV files by name.
    static func csvFiles(_ export: AnonymisedExport) -> [String: String] {
        Dictionary(uniqueKeysWithValues: export.allTables.map { ($0.name + ".csv", CSVFormat.text($0)) })
    }

    /// The released signature of every cell id, recomputed from the cells table as an auditor would.
    static func signatures(_ cells: ExportTable, facts: Int) -> [String: String] {
        var rounds: [String: [Int: PanelFacts]] = [:]
        for row in cells.rows {
            guard case .text(let id) = row[0], case .integer(let year) = row[1], case .text(let group) = row[2] else { continue }
            rounds[id, default: [:]][year] = PanelFacts(group: group, facts: row[3..<(3 + facts)].map { $0.csvText })
        }
        return rounds.mapValues(PanelAnonymity.signature)
    }
}
