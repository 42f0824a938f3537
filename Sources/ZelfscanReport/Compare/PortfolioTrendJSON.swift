import Foundation
import ZelfscanCore

/// `compare --trend --format json`: the same as the table, every number unrounded.
public enum PortfolioTrendJSON {
    struct Document: Encodable {
        var synthetic: Bool
        var questionnaire: [String: String]
        var years: [Int]
        var grouping: String
        var municipalities: [Municipality]
        var weakStatements: [Weak]
        var pooled: Pooled
    }

    struct Municipality: Encodable {
        var municipality: String
        var group: String?
        var synthetic: Bool
        var rounds: [Round]
        var flags: [Flag]
    }

    struct Round: Encodable {
        var year: Int
        var respondents: Int
        var shown: Bool
        /// The previous shown round's version when it differs: no overall change.
        var previousVersion: String?
        var values: [Measure]
        var actionsAgreed: Int?
        var actionsDone: Int?
    }

    struct Measure: Encodable {
        var measure: String
        var score: Double?
        var band: String?
        var change: Double?
        /// Across versions: the change is on this many statements both versions ask.
        var comparableStatements: Int?
    }

    struct Flag: Encodable {
        var kind: String
        var measure: String?
        var from: Int
        var to: Int
        var change: Double?
        var before: Int?
        var after: Int?
    }

    struct Weak: Encodable {
        var item: String
        var dimension: String
        var cells: Int
        var of: Int
    }

    struct Pooled: Encodable {
        var cells: Int
        var questions: [Question]
    }

    struct Question: Encodable {
        var item: String
        var answered: Int
        var options: [Option]
    }

    struct Option: Encodable {
        var code: String
        var members: Int
        var cells: Int
    }

    public static func render(_ trend: PortfolioTrend) throws -> String {
        func flag(_ flag: PortfolioTrend.Flag) -> Flag {
            switch flag {
            case .scoreFell(let measure, let from, let to, let change):
                Flag(kind: "score-fell", measure: measure ?? "overall", from: from, to: to, change: change)
            case .responseFell(let from, let to, let before, let after):
                Flag(kind: "response-fell", from: from, to: to, before: before, after: after)
            case .lowestBandTwice(let dimension, let years):
                Flag(kind: "lowest-band-twice", measure: dimension, from: years.first ?? 0, to: years.last ?? 0)
            }
        }
        let document = Document(
            synthetic: trend.synthetic, questionnaire: ["id": trend.questionnaireID, "version": trend.questionnaireVersion],
            years: trend.years, grouping: trend.grouping.rawValue,
            municipalities: trend.rows.map { row in
                Municipality(municipality: row.municipality, group: row.group, synthetic: row.synthetic, rounds: row.points.map { point in
                    Round(year: point.year, respondents: point.respondents, shown: point.shown, previousVersion: point.previousVersion,
                          values: point.values.map { Measure(measure: $0.measure ?? "overall", score: $0.score, band: $0.band, change: $0.change,
                                                             comparableStatements: $0.partial) },
                          actionsAgreed: point.actions?.agreed, actionsDone: point.actions?.done)
                }, flags: row.flags.map(flag))
            },
            weakStatements: trend.weakStatements.map { Weak(item: $0.itemID, dimension: $0.dimensionID, cells: $0.cells, of: $0.of) },
            pooled: Pooled(cells: trend.pooled.cells, questions: trend.pooled.questions.map { question in
                Question(item: question.itemID, answered: question.answered,
                         options: question.options.map { Option(code: $0.code, members: $0.members, cells: $0.cells) })
            }))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
    }
}
