import Foundation
import Testing
import ZelfscanCore
@testable import ZelfscanReport

/// The report sections of format 2 on a small questionnaire: version 1.1 continues 1.0 on one of
/// its two trust statements, asks the tables fact of the coordinator (others as a knowledge
/// check), and has one knowledge question.
@Suite("Report sections of format 2")
struct FormatTwoSectionTests {
    static func text(version: String, format2: Bool) -> String {
        let head = format2 ? "format: 2\nid: mini\nversion: \"\(version)\"\ncontinues: {version: \"1.0\"}\n" : "format: 1\nid: mini\nversion: \"\(version)\"\n"
        let fact = format2 ? "      answered_by: coordinator\n      others: knowledge\n" : ""
        let continues = format2 ? "    continues: trust\n" : ""
        let share = format2 ? "      - id: trust.share-now\n        continues: trust.share\n" : "      - id: trust.share\n"
        let knowledge = format2 ? """
            knowledge:
              title: {nl: "Kennistoets", en: "Knowledge check"}
              items:
                - id: knowledge.speak
                  type: single
                  text: {nl: "Moet u spreken?", en: "Must you speak?"}
                  options:
                    - {code: must, label: {nl: "Ja", en: "Yes"}}
                    - {code: may, label: {nl: "Nee, ik mag", en: "No, I may"}}
                  missing:
                    - {code: dk, kind: dont-know, label: {nl: "Weet ik niet", en: "Don't know"}}
                  correct: may
                  explanation: {nl: "Spreekrecht, geen spreekplicht.", en: "A right, not a duty, to speak."}

            """ : ""
        return head + """
            languages: [nl, en]
            title: {nl: "Mini", en: "Mini"}
            introduction: {nl: "Inleiding", en: "Introduction"}
            privacy: {nl: "Privacy", en: "Privacy"}
            scales:
              agree:
                options:
                  - {value: 1, label: {nl: "Oneens", en: "Disagree"}}
                  - {value: 5, label: {nl: "Eens", en: "Agree"}}
                missing:
                  - {code: dk, label: {nl: "Weet ik niet", en: "Don't know"}}
            bands:
              - {from: 0, to: 50, code: low, label: {nl: "Laag", en: "Low"}}
              - {from: 50, to: 100, code: high, label: {nl: "Hoog", en: "High"}}
            role_groups:
              - {id: all, label: {nl: "Iedereen", en: "Everyone"}}
            roles:
              - {id: coordinator, group: all, label: {nl: "Coördinator", en: "Coordinator"}}
              - {id: police, group: all, label: {nl: "Politie", en: "Police"}}
            context:
              title: {nl: "Context", en: "Context"}
              items:
                - id: context.tables
                  type: single
            \(fact)      text: {nl: "Hoeveel tafels?", en: "How many tables?"}
                  options:
                    - {code: one, label: {nl: "Eén tafel", en: "One table"}}
                    - {code: two, label: {nl: "Twee tafels", en: "Two tables"}}
                  missing:
                    - {code: dk, label: {nl: "Weet ik niet", en: "Don't know"}}
            dimensions:
              - id: trust
            \(continues)    title: {nl: "Vertrouwen", en: "Trust"}
                items:
            \(share)        text: {nl: "Ik deel.", en: "I share."}
                    scale: agree
                  - id: trust.other
                    text: {nl: "Anders.", en: "Other."}
                    scale: agree
                advice:
                  low: [{nl: "Doe iets.", en: "Do something."}]
                  high: [{nl: "Ga door.", en: "Go on."}]

            """ + knowledge
    }

    static func load(_ text: String) throws -> Questionnaire {
        let result = QuestionnaireLoader().load(file: "mini.yaml", bytes: Array(text.utf8)) { path in
            throw FileReadError(path: path, reason: .notFound)
        }
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { "\($0.line): \($0.message)" })")
        return try #require(result.questionnaire)
    }

    static func response(_ code: String, _ role: String, year: Int, _ answers: [String: Answer], on questionnaire: Questionnaire) -> Response {
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        return Response(respondent: code, questionnaire: .init(id: "mini", version: questionnaire.version, sha256: "0"),
                        municipality: "Demogemeente 001", year: year, role: role, language: .nl, status: .submitted,
                        started: date, submitted: date, synthetic: true, answers: answers)
    }

    static func report(language: Language) throws -> CellReport {
        let old = try load(text(version: "1.0", format2: false))
        let new = try load(text(version: "1.1", format2: true))
        let before = ["R-AAAAA1", "R-AAAAA2", "R-AAAAA3"].map {
            response($0, "police", year: 2025, ["trust.share": .scale(5), "trust.other": .scale(1)], on: old)
        }
        let after = [
            response("R-BBBBB1", "coordinator", year: 2026, ["context.tables": .choice("two"), "trust.share-now": .scale(1), "trust.other": .scale(5), "knowledge.speak": .choice("may")], on: new),
            response("R-BBBBB2", "police", year: 2026, ["context.tables": .missing("dk"), "trust.share-now": .scale(1), "trust.other": .scale(5), "knowledge.speak": .choice("must")], on: new),
            response("R-BBBBB3", "police", year: 2026, ["context.tables": .missing("dk"), "trust.share-now": .scale(5), "trust.other": .scale(5), "knowledge.speak": .choice("may")], on: new),
            response("R-BBBBB4", "police", year: 2026, ["context.tables": .choice("one"), "trust.share-now": .scale(5), "trust.other": .scale(5), "knowledge.speak": .missing("dk")], on: new),
        ]
        let rounds = try CellAggregator(questionnaire: old).rounds(before) + CellAggregator(questionnaire: new).rounds(after)
        var input = ReportInput(questionnaire: new, workspace: Workspace(municipality: "Demogemeente 001", year: 2026, synthetic: true),
                                round: try #require(rounds.last), responses: after, rounds: rounds, language: language)
        input.questionnaires = [old, new]
        return try CellReport(input)
    }

    @Test func knowledgeIsCountedForTheCell() throws {
        let report = try Self.report(language: .nl)
        let knowledge = try #require(report.blocks.first { $0.heading == "Kennistoets" })
        #expect(knowledge.rows.first?.lines == [
            "Juist beantwoord: 2 van 4 (50%); wist het niet: 1.",
            "Juist antwoord: Nee, ik mag",
            "Spreekrecht, geen spreekplicht.",
        ])
    }

    @Test func theTrendMarksWhereItContinuesInPart() throws {
        let report = try Self.report(language: .en)
        let trend = try #require(report.blocks.first { $0.heading == "Trend across questionnaire versions" })
        #expect(trend.rows.map(\.title) == ["2025 (version 1.0) → 2026 (version 1.1)"])
        #expect(trend.rows[0].lines.first == "Trust: change computed only on the one statement asked in both versions.")
        // The 2025 mean measured other statements: it is no point on this dimension's line.
        #expect(report.dimensions.first?.trend.map(\.mean) == [nil, 75])
    }

    @Test func bothFormatsShowTheSections() throws {
        let report = try Self.report(language: .nl)
        let markdown = MarkdownReport(report).render()
        let html = HTMLReport(report).render()
        for heading in ["Kennistoets", "Trend over versies van de vragenlijst"] {
            #expect(markdown.contains("## \(heading)"))
            #expect(html.contains("<h2>\(heading)</h2>"))
        }
        #expect(markdown.contains("Juist antwoord: Nee, ik mag"))
    }
}
