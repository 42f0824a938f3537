import Foundation
@testable import ZelfscanCore

/// Demo cells made recognisable: distinctive municipality names, comments and text answers,
/// so a leak test can look for them in every exported byte.
enum ExportFixtures {
    static let keyA = ExportKey(bytes: Array(repeating: 7, count: 32))
    static let keyB = ExportKey(bytes: (0..<32).map { UInt8($0) })

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

    static func export(_ sources: [ExportSource], key: ExportKey = keyA, k: Int = 5) throws -> AnonymisedExport {
        try ExportBuilder(questionnaire: DemoDataTests.bundled(), pseudonymiser: Pseudonymiser(key: key), k: k).build(sources)
    }

    /// The export's CSV files by name, as the audit reads them.
    static func csvFiles(_ export: AnonymisedExport) -> [String: String] {
        Dictionary(uniqueKeysWithValues: export.allTables.map { ($0.name + ".csv", CSVFormat.text($0)) })
    }
}
