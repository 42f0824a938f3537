import Foundation
import ZelfscanCore

/// `compare --format json`: every number unrounded; a key is absent where nothing is shown.
public enum ComparisonJSON {
    struct Document: Encodable {
        var synthetic: Bool
        var note: String?
        var questionnaire: [String: String]
        var year: Int
        var grouping: String
        var measures: [String]
        var municipalities: [Municipality]
        var groups: [Group]
    }

    struct Measure: Encodable {
        var measure: String
        var score: Double?
        var band: String?
        var change: Double?
    }

    struct Municipality: Encodable {
        var municipality: String
        var group: String?
        var respondents: Int
        var shown: Bool
        var previousYear: Int?
        var synthetic: Bool
        var values: [Measure]
    }

    struct Group: Encodable {
        var group: String?
        var municipalities: Int
        var medians: [Measure]
    }

    public static func render(_ comparison: CellComparison, labels: ComparisonLabels) throws -> String {
        func measures(_ values: [CellComparison.Value]) -> [Measure] {
            values.map { Measure(measure: $0.measure ?? "overall", score: $0.score, band: $0.band, change: $0.change) }
        }
        let document = Document(
            synthetic: comparison.synthetic, note: comparison.synthetic ? labels.syntheticNotice(comparison) : nil,
            questionnaire: ["id": comparison.questionnaireID, "version": comparison.questionnaireVersion],
            year: comparison.year, grouping: comparison.grouping.rawValue, measures: comparison.dimensions + ["overall"],
            municipalities: comparison.rows.map {
                Municipality(municipality: $0.municipality, group: $0.group, respondents: $0.respondents, shown: $0.shown,
                             previousYear: $0.previousYear, synthetic: $0.synthetic, values: measures($0.values))
            },
            groups: comparison.groups.map { Group(group: $0.group, municipalities: $0.municipalities, medians: measures($0.medians)) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
