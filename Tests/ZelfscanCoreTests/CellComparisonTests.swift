import Testing
@testable import ZelfscanCore

@Suite("Comparing cells")
struct CellComparisonTests {
    static func cells() throws -> (Questionnaire, [(workspace: Workspace, rounds: [CellRound])]) {
        let questionnaire = try DemoDataTests.bundled()
        let aggregator = CellAggregator(questionnaire: questionnaire)
        let cells = try DemoDataTests.generate(seed: 3, municipalities: 12, years: 2).map { cell in
            (workspace: cell.workspace, rounds: try aggregator.rounds(cell.responses))
        }
        return (questionnaire, cells)
    }

    @Test func rowsCarryScoresBandsAndChange() throws {
        let (questionnaire, cells) = try Self.cells()
        let comparison = CellComparison(questionnaire: questionnaire, cells: cells, year: 2026, grouping: .group)
        #expect(comparison.synthetic)
        #expect(comparison.rows.count == 12)
        for row in comparison.rows where row.shown {
            let cell = try #require(cells.first { $0.workspace.municipality == row.municipality })
            let now = try #require(cell.rounds.first { $0.year == 2026 })
            let before = try #require(cell.rounds.first { $0.year == 2025 })
            let overall = try #require(row.values.last)
            #expect(overall.measure == nil)
            #expect(overall.score == now.overall)
            #expect(overall.band == now.overallBand)
            if let a = now.overall, let b = before.overall, before.n >= 3 { #expect(abs((overall.change ?? .nan) - (a - b)) < 1e-9) }
            #expect(row.values.count == questionnaire.dimensions.count + 1)
        }
    }

    /// Issue 13: a dimension with fewer than 3 scores shows no mean in a comparison either.
    @Test func aDimensionOfFewerThanThreeScoresIsNotShown() throws {
        let (questionnaire, cells) = try Self.cells()
        var changed = cells
        let dimension = try #require(changed[0].rounds.last?.dimensions.first)
        let last = changed[0].rounds.count - 1
        changed[0].rounds[last].dimensions[0] = CellDimensionResult(dimensionID: dimension.dimensionID, scores: [40, 60], unscored: 1,
                                                                  bands: questionnaire.bands, agreement: nil, rules: .standard)
        let comparison = CellComparison(questionnaire: questionnaire, cells: changed, year: 2026, grouping: .group)
        let row = try #require(comparison.rows.first { $0.municipality == changed[0].workspace.municipality })
        #expect(row.shown)
        #expect(row.values.first { $0.measure == dimension.dimensionID }?.score == nil)
        #expect(row.values.last?.score == nil, "the overall score would give the mean away")
    }

    /// The overall score of another questionnaire version is made of other dimensions: no change
    /// is measured against it (docs/scoring.md, "Trend across versions").
    @Test func noOverallChangeAcrossVersions() throws {
        let (questionnaire, cells) = try Self.cells()
        let index = try #require(cells.firstIndex { cell in
            let now = cell.rounds.first { $0.year == 2026 }, before = cell.rounds.first { $0.year == 2025 }
            return now?.overall != nil && before?.overall != nil && (before?.n ?? 0) >= 3 && (now?.n ?? 0) >= 3
        })
        let same = CellComparison(questionnaire: questionnaire, cells: cells, year: 2026, grouping: .group)
        let municipality = cells[index].workspace.municipality
        #expect(same.rows.first { $0.municipality == municipality }?.values.last?.change != nil)
        var changed = cells
        let earlier = try #require(changed[index].rounds.firstIndex { $0.year == 2025 })
        changed[index].rounds[earlier].questionnaireVersion = "0.9"
        let across = CellComparison(questionnaire: questionnaire, cells: changed, year: 2026, grouping: .group)
        let row = try #require(across.rows.first { $0.municipality == municipality })
        #expect(row.values.last?.score != nil)
        #expect(row.values.last?.change == nil)
        #expect(row.previousVersion == "0.9")
        #expect(same.rows.first { $0.municipality == municipality }?.previousVersion == nil)
    }

    @Test func groupMediansAreMediansOfShownCells() throws {
        let (questionnaire, cells) = try Self.cells()
        let comparison = CellComparison(questionnaire: questionnaire, cells: cells, year: 2026, grouping: .level)
        #expect(Set(comparison.groups.map(\.group)) == Set(comparison.rows.map(\.group)))
        for group in comparison.groups {
            let members = comparison.rows.filter { $0.group == group.group && $0.shown }
            #expect(group.municipalities == members.count)
            let overall = members.compactMap { $0.values.last?.score }.sorted()
            #expect(group.medians.last?.score == Quantile.type7(overall, 0.5))
        }
    }

    @Test func aCellWithTooFewResponsesShowsNoScore() throws {
        let (questionnaire, cells) = try Self.cells()
        var few = cells[0]
        let round = try #require(few.rounds.last)
        let aggregator = CellAggregator(questionnaire: questionnaire)
        let responses = try DemoDataTests.generate(seed: 3, municipalities: 12, years: 2)[0].responses
            .filter { $0.year == round.year && $0.status == .submitted }.prefix(2)
        few.rounds = [try aggregator.round(round.key, responses: Array(responses))]
        let comparison = CellComparison(questionnaire: questionnaire, cells: [few], year: round.year, grouping: .province)
        let row = try #require(comparison.rows.first)
        #expect(!row.shown)
        #expect(row.values.allSatisfy { $0.score == nil })
        #expect(comparison.groups.first?.municipalities == 0)
    }
}

@Suite("Comparing cells: actions and missing rounds")
struct CellComparisonActionTests {
    @Test func actionsAreCountedAndChangesSplitByWhetherADimensionHadOne() throws {
        let (questionnaire, cells) = try CellComparisonTests.cells()
        let shown = CellComparison(questionnaire: questionnaire, cells: cells, year: 2026, grouping: .group).rows.filter(\.shown)
        let name = try #require(shown.first { $0.previousYear == 2025 }?.municipality)
        let due = try #require(YearMonth("2026-03"))
        let plan = ActionPlan(questionnaireID: questionnaire.id, year: 2025, actions: [
            AgreedAction(id: "A1", action: "a", dimension: "trust", owner: "OCMW", due: due, status: .done),
            AgreedAction(id: "A2", action: "b", dimension: "trust", owner: "OCMW", due: due, status: .dropped),
            AgreedAction(id: "A3", action: "c", dimension: "coordinator", owner: "OCMW", due: due, status: .started),
        ])
        let comparison = CellComparison(questionnaire: questionnaire, cells: cells, year: 2026, grouping: .group, plans: [name: [plan]])
        let row = try #require(comparison.rows.first { $0.municipality == name })
        #expect(row.actions == CellComparison.ActionTally(planYear: 2025, agreed: 3, done: 1, started: 1, dropped: 1))
        #expect(row.values.map(\.actions) == [2, 0, 1, 0, 0])
        #expect(comparison.rows.filter { $0.municipality != name }.allSatisfy { $0.actions == nil })
        let change = try #require(comparison.actionChange)
        let with = row.values.filter { $0.actions > 0 }.compactMap(\.change)
        let without = row.values.filter { $0.measure != nil && $0.actions == 0 }.compactMap(\.change)
        #expect(change.withActions.dimensions == with.count && change.withoutActions.dimensions == without.count)
        #expect(change.withActions.meanChange == Descriptive.mean(with))
        #expect(CellComparison(questionnaire: questionnaire, cells: cells, year: 2026, grouping: .group).actionChange == nil)
    }

    @Test func cellsWithoutARoundInTheYearAreListed() throws {
        let (questionnaire, cells) = try CellComparisonTests.cells()
        var fewer = cells
        fewer[0].rounds.removeAll { $0.year == 2025 }
        let comparison = CellComparison(questionnaire: questionnaire, cells: fewer, year: 2025, grouping: .group)
        #expect(comparison.withoutRound == [fewer[0].workspace.municipality])
        #expect(comparison.rows.count == cells.count - 1)
    }
}

@Suite("Portfolio over the years")
struct PortfolioTrendTests {
    @Test func everyCellHasAPointPerRoundWithChangeAndFlags() throws {
        let questionnaire = try DemoDataTests.bundled()
        let aggregator = CellAggregator(questionnaire: questionnaire)
        let generated = try DemoDataTests.generate(seed: 5, municipalities: 12, years: 3)
        let cells = try generated.map { cell in
            PortfolioTrend.Cell(workspace: cell.workspace, rounds: try aggregator.rounds(cell.responses), plans: [],
                                latestResponses: cell.responses.filter { $0.year == (cell.responses.map(\.year).max() ?? 0) && $0.status == .submitted })
        }
        let trend = PortfolioTrend(questionnaire: questionnaire, cells: cells, grouping: .group)
        #expect(trend.years.count == 3 && trend.years == trend.years.sorted())
        #expect(trend.rows.count == 12)
        for row in trend.rows {
            let cell = try #require(cells.first { $0.workspace.municipality == row.municipality })
            #expect(row.points.map(\.year) == cell.rounds.map(\.year).sorted())
            let shown = row.points.filter(\.shown)
            for (before, after) in zip(shown, shown.dropFirst()) {
                for (old, new) in zip(before.values, after.values) {
                    if let a = old.score, let b = new.score { #expect(abs((new.change ?? .nan) - (b - a)) < 1e-9) }
                }
            }
            if let last = shown.last, shown.count >= 2, let change = last.values.last?.change, change <= -PortfolioTrend.overallFall {
                #expect(row.flags.contains { if case .scoreFell(nil, _, _, _) = $0 { true } else { false } })
            }
            if row.points.count >= 2, row.points[row.points.count - 1].respondents < row.points[row.points.count - 2].respondents {
                #expect(row.flags.contains { if case .responseFell = $0 { true } else { false } })
            }
        }
        #expect(trend.weakStatements.allSatisfy { $0.cells >= 2 && $0.cells <= $0.of })
        #expect(zip(trend.weakStatements, trend.weakStatements.dropFirst()).allSatisfy { $0.cells >= $1.cells })
        let help = try #require(trend.pooled.questions.first { $0.itemID == "context.help" })
        #expect(trend.pooled.cells == cells.filter { $0.latestResponses.count >= 3 }.count)
        let chosen = cells.filter { $0.latestResponses.count >= 3 }.flatMap(\.latestResponses).filter { response in
            if case .choices(let codes)? = response.answers["context.help"] { return codes.contains("good-practice") }
            return false
        }
        #expect(help.options.first { $0.code == "good-practice" }?.members == chosen.count)
    }
}
