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
        var withoutRound: [String]
        var actionChange: ActionChange?
    }

    struct ActionChange: Encodable {
        var withActions: Part
        var withoutActions: Part
    }

    struct Part: Encodable {
        var dimensions: Int
        var meanChange: Double?
    }

    struct Actions: Encodable {
        var planYear: Int
        var agreed: Int
        var started: Int
        var done: Int
        var dropped: Int
    }

    struct Measure: Encodable {
        var measure: String
        var score: Double?
        var band: String?
        var change: Double?
        /// Across versions: the change is on this many statements both versions ask.
        var comparableStatements: Int?
        var actions: Int?
    }

    struct Municipality: Encodable {
        var municipality: String
        var group: String?
        var respondents: Int
        var shown: Bool
        var previousYear: Int?
        var previousVersion: String?
        var synthetic: Bool
        var values: [Measure]
        var actions: Actions?
        var newActions: Int?
    }

    struct Group: Encodable {
        var group: String?
        var municipalities: Int
        var medians: [Measure]
    }

    public static func render(_ comparison: CellComparison, labels: ComparisonLabels) throws -> String {
        func measures(_ values: [CellComparison.Value]) -> [Measure] {
            values.map { Measure(measure: $0.measure ?? "overall", score: $0.score, band: $0.band, change: $0.change,
                                 comparableStatements: $0.partial, actions: $0.measure == nil ? nil : $0.actions) }
        }
        let document = Document(
            synthetic: comparison.synthetic, note: comparison.synthetic ? labels.syntheticNotice(comparison) : nil,
            questionnaire: ["id": comparison.questionnaireID, "version": comparison.questionnaireVersion],
            year: comparison.year, grouping: comparison.grouping.rawValue, measures: comparison.dimensions + ["overall"],
            municipalities: comparison.rows.map {
                Municipality(municipality: $0.municipality, group: $0.group, respondents: $0.respondents, shown: $0.shown,
                             previousYear: $0.previousYear, previousVersion: $0.previousVersion, synthetic: $0.synthetic, values: measures($0.values),
                             actions: $0.actions.map { Actions(planYear: $0.planYear, agreed: $0.agreed, started: $0.started, done: $0.done, dropped: $0.dropped) },
                             newActions: $0.newActions)
            },
            groups: comparison.groups.map { Group(group: $0.group, municipalities: $0.municipalities, medians: measures($0.medians)) },
            withoutRound: comparison.withoutRound,
            actionChange: comparison.actionChange.map {
                ActionChange(withActions: Part(dimensions: $0.withActions.dimensions, meanChange: $0.withActions.meanChange),
                             withoutActions: Part(dimensions: $0.withoutActions.dimensions, meanChange: $0.withoutActions.meanChange))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
