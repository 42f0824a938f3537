import Foundation
import Testing
@testable import ZelfscanCore

/// `overall: false`: a dimension asked of part of the cell is scored, shown and compared with
/// peers on its own, but stays out of the overall score. The format 2 fixture's `vision` is shown
/// to the police and to whoever says the cell works at municipal level; here it is no local module.
enum OutsideOverallFixture {
    static let askedOf = "    asked_of: {nl: \"de leden die de visie kennen\", en: \"the members who know the vision\"}\n"

    /// With `overall: false` (and `asked_of`), or counted in the overall as any dimension.
    static func questionnaire(outside: Bool) throws -> Questionnaire {
        let result = load(FormatTwoFixture.editing("    local: true\n", outside ? "    overall: false\n" + askedOf : ""))
        #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
        return try #require(result.questionnaire)
    }

    /// Two police members asked `vision` (trust 100, vision 0) and two prevention members who say
    /// the cell is a zone cell, so are not asked it (trust 0).
    static func responses(_ questionnaire: Questionnaire) -> [Response] {
        let police: [String: Answer] = ["context.level": .choice("municipal"), "trust.share": .scale(5), "trust.fear": .scale(1), "vision.shared": .scale(0)]
        let prevention: [String: Answer] = ["context.level": .choice("zone"), "trust.share": .scale(1)]
        return [
            ScoringExamples.response("R-AAAAA1", role: "police", police, questionnaire: questionnaire),
            ScoringExamples.response("R-AAAAA2", role: "police", police, questionnaire: questionnaire),
            ScoringExamples.response("R-AAAAA3", role: "prevention", prevention, questionnaire: questionnaire),
            ScoringExamples.response("R-AAAAA4", role: "prevention", prevention, questionnaire: questionnaire),
        ]
    }

    static func round(outside: Bool) throws -> (Questionnaire, CellRound) {
        let questionnaire = try questionnaire(outside: outside)
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses(questionnaire)).first)
        return (questionnaire, round)
    }
}

@Suite("Dimensions outside the overall score")
struct OutsideOverallScoringTests {
    @Test func decodesTheKeys() throws {
        let questionnaire = try OutsideOverallFixture.questionnaire(outside: true)
        let vision = try #require(questionnaire.dimension("vision"))
        #expect(!vision.inOverall && !vision.local && !vision.countsInOverall)
        #expect(vision.askedOf?.text(.en) == "the members who know the vision")
        #expect(questionnaire.dimension("trust")?.countsInOverall == true)
        // Still part of the core: compared with peers and linked across versions.
        #expect(questionnaire.coreDimensions.map(\.id) == ["trust", "vision"])
    }

    @Test func aRespondentsOverallLeavesItOut() throws {
        let (_, with) = try OutsideOverallFixture.round(outside: true)
        let (_, without) = try OutsideOverallFixture.round(outside: false)
        // Police: trust 100, vision 0. Prevention: trust 0, vision not asked.
        #expect(with.respondents.map(\.overall) == [100, 100, 0, 0])
        #expect(without.respondents.map(\.overall) == [50, 50, nil, nil])
        #expect(with.respondents[2].dimension("vision")?.status == .noItemsShown)
    }

    @Test func theCellKeepsItsOverallWhenFewWereAsked() throws {
        let (_, with) = try OutsideOverallFixture.round(outside: true)
        let vision = try #require(with.dimension("vision"))
        #expect((vision.n, vision.asked, vision.unscored, vision.mean) == (2, 2, 2, 0))
        #expect(!vision.countsInOverall)
        #expect(with.dimension("trust")?.mean == 50)
        #expect(with.overall == 50)
        #expect(with.overallShown(minimum: ScoringRules.minimumCellRespondents))
        // Counted in the overall, the same answers give an overall that cannot be shown: it
        // would give away the mean of the two members asked.
        let (_, without) = try OutsideOverallFixture.round(outside: false)
        #expect(without.overall == 25)
        #expect(!without.overallShown(minimum: ScoringRules.minimumCellRespondents))
    }

    @Test func theScoreJSONSaysNeitherHowFewNorHidesTheOverall() throws {
        let (questionnaire, with) = try OutsideOverallFixture.round(outside: true)
        let report = ScoreReport(questionnaire: questionnaire, rounds: [with])
        let cell = try #require(report.cells.first)
        #expect(cell.overall.score == 50)
        let vision = try #require(cell.dimensions.last)
        #expect(vision.withheld && vision.n == nil && vision.mean == nil && !vision.inOverall)
        let json = String(decoding: try report.json(), as: UTF8.self)
        #expect(json.contains("\"in_overall\" : false"))
        #expect(json.components(separatedBy: "\"in_overall\"").count == 2, "only the dimension outside the overall says so")
        let (_, without) = try OutsideOverallFixture.round(outside: false)
        let hidden = ScoreReport(questionnaire: try OutsideOverallFixture.questionnaire(outside: false), rounds: [without])
        #expect(hidden.cells.first?.overall.score == nil)
        #expect(!String(decoding: try hidden.json(), as: UTF8.self).contains("in_overall"))
    }

    /// Three asked: the dimension is shown with its n, and compared with peers like any other.
    @Test func enoughAskedIsShownAndComparedWithPeers() throws {
        let questionnaire = try OutsideOverallFixture.questionnaire(outside: true)
        var responses = OutsideOverallFixture.responses(questionnaire)
        responses[2].answers["context.level"] = .choice("municipal")
        responses[2].answers["vision.shared"] = .scale(1)
        let round = try #require(try CellAggregator(questionnaire: questionnaire).rounds(responses).first)
        #expect(round.dimension("vision").map { [$0.n, $0.asked] } == [3, 3])
        #expect(round.overall == 50)
        let peers = PeerBenchmark(cell: PeerEntry(cell: round, cluster: nil, synthetic: false), pool: [])
        #expect(peers.rows.contains { $0.measure == .dimension("vision") })
        let cell = try #require(ScoreReport(questionnaire: questionnaire, rounds: [round]).cells.first)
        #expect(cell.dimensions.last?.n == 3)
        #expect(cell.dimensions.last?.mean.map { abs($0 - 100.0 / 3) < 1e-9 } == true)
    }
}

@Suite("Validating overall: false")
struct OutsideOverallValidationTests {
    static let conditional = "every item of dimension 'vision' has a 'show_if', yet it counts in the overall score"

    @Test func aConditionalDimensionInTheOverallIsWarnedAbout() throws {
        let text = FormatTwoFixture.editing("    local: true\n", "")
        let result = load(text)
        #expect(result.errors.isEmpty)
        let warning = try #require(result.warnings.first { $0.message.hasPrefix(Self.conditional) })
        #expect(warning.message.hasSuffix("a cell where fewer than 3 members are shown it gets no overall score"))
        #expect(warning.hint?.contains("overall: false") == true)
        #expect(warning.line == (try text.line(of: "  - id: vision")))
        #expect(warning.text.nl.hasPrefix("elk item van dimensie 'vision' heeft een 'show_if'"))
        #expect(warning.hintText.map { $0.nl != $0.en } == true)
    }

    @Test func overallFalseAndLocalModulesAreNotWarnedAbout() throws {
        let outside = load(FormatTwoFixture.editing("    local: true\n", "    overall: false\n"))
        #expect(outside.diagnostics.isEmpty, "\(outside.diagnostics.map(\.message))")
        #expect(!load(FormatTwoFixture.text).warnings.contains { $0.message.hasPrefix(Self.conditional) })
    }

    /// A format 1 file cannot say `overall: false`, so it is not told to.
    @Test func aFormatOneFileIsNotWarned() {
        #expect(load(Fixture.questionnaire).diagnostics.isEmpty)
    }

    @Test func overallMustBeTrueOrFalse() throws {
        let text = FormatTwoFixture.editing("    local: true\n", "    overall: no\n")
        let error = try load(text).onlyError()
        #expect(error.message == "'overall' of dimension 'vision' must be true or false, found 'no'")
        #expect(error.mark == (try text.mark(of: "no\n", after: "overall: ")))
    }

    @Test func askedOfIsATextPerLanguage() throws {
        let text = FormatTwoFixture.editing("    local: true\n", "    overall: false\n    asked_of: de leden\n")
        let error = try load(text).onlyError()
        #expect(error.message.hasPrefix("'asked_of' of dimension 'vision' must give a text per language"))
    }

    @Test func aLocalModuleNeedsNoOverallFalse() throws {
        let text = FormatTwoFixture.editing("    local: true\n", "    local: true\n    overall: false\n")
        let result = load(text)
        #expect(result.errors.isEmpty)
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.message == "dimension 'vision' is local and says 'overall: false'; a local module is outside the overall score already")
        #expect(warning.line == (try text.line(of: "overall: false")))
    }

    @Test func theKeysNeedFormatTwo() throws {
        let text = Fixture.editing(("  - id: vision\n", "  - id: vision\n    overall: false\n    asked_of: {nl: \"de politie\", en: \"the police\"}\n"))
        let keys = load(text).errors.compactMap { error in
            error.message.hasSuffix("is a format 2 key, but the file says 'format: 1'") ? error.message.split(separator: "'")[0] : nil
        }
        #expect(keys == ["overall", "asked_of"])
    }
}
