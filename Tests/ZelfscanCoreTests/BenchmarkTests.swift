import Testing
@testable import ZelfscanCore

@Suite("Peer benchmarks and reference figures")
struct BenchmarkTests {
    static func cell(_ municipality: String, trust: Double?, year: Int = 2026, version: String = "1",
                     synthetic: Bool = false, scores: Int = 3) -> CellRound {
        let dimension = CellDimensionResult(dimensionID: "trust", scores: trust.map { Array(repeating: $0, count: scores) } ?? [], unscored: 0,
                                            bands: [], agreement: nil, rules: .standard)
        return CellRound(municipality: municipality, year: year, questionnaireID: "example", questionnaireVersion: version,
                         synthetic: synthetic, respondents: [], dimensions: [dimension], items: [], roleGroups: [],
                         overall: trust, overallBand: nil)
    }

    static func entry(_ municipality: String, _ cluster: Int, trust: Double?, year: Int = 2026, version: String = "1",
                      synthetic: Bool = false, scores: Int = 3) -> PeerEntry {
        PeerEntry(cell: cell(municipality, trust: trust, year: year, version: version, synthetic: synthetic, scores: scores),
                  cluster: BelfiusCluster(number: cluster))
    }

    static let own = entry("Eigen", 3, trust: 65)
    static let pool = [
        own,
        entry("A", 1, trust: 40), entry("B", 1, trust: 50), entry("C", 2, trust: 60), entry("D", 5, trust: 70),
        entry("E", 12, trust: 80), entry("F", 9, trust: 90), entry("I", 2, trust: 65),
        entry("G", 1, trust: 10, version: "2"), entry("H", 1, trust: 10, year: 2025),
    ]

    @Test func wholePoolAndGroup() throws {
        let benchmark = PeerBenchmark(cell: Self.own, pool: Self.pool)
        #expect(benchmark.synthetic == false)
        guard case .available(let all)? = benchmark.row(.all, .dimension("trust"))?.outcome else {
            Issue.record("no benchmark over the whole pool")
            return
        }
        #expect(all.municipalities == 7)
        #expect(all.median == 65)
        #expect(all.firstQuartile == 55)
        #expect(all.thirdQuartile == 75)
        #expect(all.percentileRank == 50)
        guard case .available(let group)? = benchmark.row(.group(.residential), .dimension("trust"))?.outcome else {
            Issue.record("no benchmark for the residential group")
            return
        }
        #expect(group.municipalities == 5)
        #expect(group.median == 60)
        #expect(group.firstQuartile == 50)
        #expect(group.thirdQuartile == 65)
        #expect(group.percentileRank == 70)
        #expect(benchmark.row(.all, .overall)?.outcome == .available(all))
        #expect(benchmark.rows.count == 4)
    }

    /// The cell is not its own peer: with it, without it or with another result of its
    /// municipality in the pool, the peers are the same 7 others.
    @Test func theCellIsNeverItsOwnPeer() {
        let without = Self.pool.filter { $0.cell.municipality != "Eigen" }
        let replaced = without + [Self.entry("Eigen", 3, trust: 10)]
        let expected = PeerBenchmark(cell: Self.own, pool: Self.pool)
        #expect(PeerBenchmark(cell: Self.own, pool: without) == expected)
        #expect(PeerBenchmark(cell: Self.own, pool: replaced) == expected)
        guard case .available(let all)? = expected.row(.all, .dimension("trust"))?.outcome else {
            Issue.record("no benchmark over the whole pool")
            return
        }
        #expect(all.municipalities == without.filter { $0.cell.year == 2026 && $0.cell.questionnaireVersion == "1" }.count)
    }

    @Test func tooFewMunicipalitiesInGroup() {
        let pool = Self.pool.filter { $0.cell.municipality != "D" }
        let benchmark = PeerBenchmark(cell: Self.own, pool: pool)
        #expect(benchmark.row(.group(.residential), .dimension("trust"))?.outcome == .tooFewMunicipalities(4))
        if case .available = benchmark.row(.all, .dimension("trust"))?.outcome {} else {
            Issue.record("the whole pool still holds 6 municipalities")
        }
    }

    @Test func municipalitiesCountOnceAndCellsWithoutScoreDoNotCount() {
        let pool = Self.pool + [Self.entry("A", 1, trust: 60), Self.entry("Z", 4, trust: nil)]
        let benchmark = PeerBenchmark(cell: Self.own, pool: pool)
        guard case .available(let group)? = benchmark.row(.group(.residential), .dimension("trust"))?.outcome else {
            Issue.record("no benchmark for the residential group")
            return
        }
        #expect(group.municipalities == 5)
        #expect(group.firstQuartile == 50)
    }

    /// A mean over fewer than 3 scores is withheld in a cell's own table: it is no peer value, and
    /// the cell's own gives no percentile that would place it.
    @Test func withheldScoresStayOutOfTheComparison() {
        let benchmark = PeerBenchmark(cell: Self.own, pool: Self.pool + [Self.entry("W", 3, trust: 99, scores: 2)])
        #expect(benchmark == PeerBenchmark(cell: Self.own, pool: Self.pool))
        let withheld = PeerBenchmark(cell: Self.entry("Eigen", 3, trust: 65, scores: 2), pool: Self.pool)
        guard case .available(let all)? = withheld.row(.all, .dimension("trust"))?.outcome else {
            Issue.record("the peers' distribution is still shown")
            return
        }
        #expect(all.percentileRank == nil)
        #expect(PeerBenchmark.value(.overall, of: Self.cell("Eigen", trust: 65, scores: 2), minimum: 3) == nil)
    }

    @Test func syntheticPoolIsLabelled() {
        let benchmark = PeerBenchmark(cell: Self.own, pool: Self.pool + [Self.entry("S", 3, trust: 55, synthetic: true)])
        #expect(benchmark.synthetic)
        let workspace = Workspace(municipality: "S", cluster: BelfiusCluster(number: 3), year: 2026, synthetic: true)
        #expect(PeerEntry(cell: Self.cell("S", trust: 55), workspace: workspace).synthetic)
    }

    @Test func cellWithoutClusterGetsNoGroupRows() {
        let own = PeerEntry(cell: Self.cell("Eigen", trust: 65), cluster: nil)
        let benchmark = PeerBenchmark(cell: own, pool: Self.pool)
        #expect(benchmark.rows.allSatisfy { $0.scope == .all })
    }

    @Test func referenceFiguresBesideContextAnswers() throws {
        let questionnaire = try #require(load(Fixture.questionnaire).questionnaire)
        let answers: [Answer] = [.choice("municipal"), .choice("municipal"), .choice("zone"), .missing("dk")]
        var responses = answers.enumerated().map { index, answer in
            ScoringExamples.response("R-AAAAA\(index)", role: "police", ["context.level": answer], questionnaire: questionnaire)
        }
        responses.append(ScoringExamples.response("R-DRAFT1", role: "police", ["context.level": .choice("zone")],
                                                  questionnaire: questionnaire, status: .draft))
        let comparisons = ReferenceComparison.all(questionnaire: questionnaire, responses: responses)
        let level = try #require(comparisons.first)
        #expect(comparisons.count == 1)
        #expect(level.itemID == "context.level")
        #expect(level.figure.description == "ref-2022.cell-level")
        #expect(level.sourceLabel == "Tester 2022, Tabel 1")
        #expect(level.sourceTitle == "Testbevraging 2022")
        #expect(level.figureN == 100)
        #expect(level.synthetic)
        #expect(level.shown == 4)
        #expect(level.answered == 3)
        #expect(level.rows.map(\.category) == ["municipal", "zone"])
        #expect(level.rows.map(\.count) == [2, 1])
        #expect(level.rows.map(\.share) == [2.0 / 3, 1.0 / 3])
        #expect(level.rows.map(\.figurePercent) == [60, 30])
        #expect(level.otherValues.map(\.category) == ["none"])
    }
}
