/// Builds export format 3 from workspaces (docs/privacy.md, docs/export-format.md): a cell panel
/// k-anonymous over everything it releases, item answers that no cell id can join, aggregates
/// over at least 10 cells, the classes and groups the release ledger compares, and the
/// export's own measured risk. Pure: key-derived tokens and randomness are passed in.
public struct ExportBuilder: Sendable {
    /// The floor of k: no flag lowers it (docs/privacy.md).
    public static let minimumK = 5

    public var questionnaire: Questionnaire
    public var k: Int
    public var rules: ScoringRules
    /// The ledger's keyed token of a municipality name; it never enters the export.
    public var memberToken: @Sendable (String) -> String

    public init(questionnaire: Questionnaire, k: Int, rules: ScoringRules = .standard, memberToken: @escaping @Sendable (String) -> String) {
        self.questionnaire = questionnaire
        self.k = max(k, Self.minimumK)
        self.rules = rules
        self.memberToken = memberToken
    }

    /// The export in memory, from whole workspaces: for tests and small pools. `export` reads
    /// the pool through `contribution(_:)` and writes `plan(_:random:)` as it goes.
    public func build(_ sources: [ExportSource], random: inout some RandomNumberGenerator) throws(ScoringError) -> AnonymisedExport {
        try plan(sources.map(contribution), random: &random).materialised()
    }

    /// Decides the export from the workspaces' contributions: the panel's coarsening, the cell
    /// ids, the statistics, the ledger's classes and the measured risk. Only `items` is left to
    /// be made, row by row, as it is written.
    public func plan(_ contributions: [ExportContribution], random: inout some RandomNumberGenerator) throws(ScoringError) -> ExportPlan {
        var summary = ExportSummary(k: k, questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
                                    scoringRulesVersion: ScoringRules.version)
        var rounds: [String: [Int: ExportContribution.Round]] = [:]
        for contribution in contributions {
            summary.otherQuestionnaire += contribution.otherQuestionnaire ? 1 : 0
            summary.draftsLeftOut += contribution.draftsLeftOut
            summary.synthetic = summary.synthetic || contribution.synthetic
            let member = contribution.member
            for round in contribution.rounds {
                guard rounds[member]?[round.year] == nil else {
                    summary.duplicates.add(rounds: 1, respondents: round.respondents)
                    continue
                }
                guard round.enough else {
                    summary.tooFewRespondents.add(rounds: 1, respondents: round.respondents)
                    continue
                }
                summary.commentsLeftOut += round.comments
                summary.textAnswersLeftOut += round.textAnswers
                rounds[member, default: [:]][round.year] = round
            }
            if let failure = contribution.failure { throw failure }
        }

        let facts = ReleaseColumns.cellFacts(questionnaire)
        let truth = rounds.mapValues { years in years.mapValues(\.facts) }
        let plan = PanelAnonymity(truth, facts: facts.map(\.fact), k: k)
        var tables: [ExportTableSource] = []
        var classes: [String: Set<String>] = [:]

        let ids = plan.randomIDs(using: &random)
        var cells = ExportTable(name: ReleaseColumns.cellsFile, columns: ReleaseColumns.cells(questionnaire).map(\.tableColumn))
        for (member, id) in ids.sorted(by: { $0.value < $1.value }) {
            let released = plan.released(member)!
            classes["cells:" + PanelAnonymity.signature(released), default: []].insert(member)
            for year in released.keys.sorted() {
                let means = rounds[member]![year]!.statistics?.means
                var row: [ExportTable.Value] = [.text(id), .integer(year), .text(released[year]!.group)]
                row += released[year]!.facts.map { .text($0) }
                row += questionnaire.dimensions.map { Self.oneDecimal(means?[$0.id]) }
                row.append(Self.oneDecimal(means?["overall"]))
                cells.rows.append(row)
            }
        }
        tables.append(ExportTableSource(cells))
        for (member, step) in plan.steps {
            summary.panel[step, default: ExportSummary.Touched()].add(rounds: rounds[member]!.count,
                                                                      respondents: rounds[member]!.values.map(\.respondents).reduce(0, +))
        }
        let sizes = plan.classSizes
        summary.smallestClass = sizes.values.min() ?? 0
        summary.linkage = LinkageSimulation(facts: facts.map(\.fact)).run(
            truth: truth, panel: Dictionary(uniqueKeysWithValues: ids.map { ($0.value, plan.released($0.key)!) }))

        // Every other part covers exactly the cells of the panel: a statistic over one more cell
        // than the panel shows would give that cell's values away by subtraction.
        let released = rounds.filter { ids[$0.key] != nil }

        // Item answers without a cell id; respondents shuffled.
        let release = ItemRelease(questionnaire: questionnaire)
        var parts: [ItemRowCodes] = []
        for member in released.keys.sorted() {
            for year in released[member]!.keys.sorted() {
                let round = released[member]![year]!
                if round.withheld { summary.roundsWithheldConditional += 1 }
                parts.append(round.items)
            }
        }
        let items = ShuffledItemRows(parts, alphabet: ItemRowCodes.Alphabet(questionnaire: questionnaire, released: release.released), random: &random)
        tables.append(ExportTableSource(name: ReleaseColumns.itemsFile, columns: ReleaseColumns.items(questionnaire).map(\.tableColumn),
                                        forEachRow: items.forEachRow))
        summary.respondents = items.count
        summary.roleDependentItems = questionnaire.scoredItems.map(\.id).filter { !release.released.contains($0) }

        // Aggregates over at least 10 cells.
        let statisticsRounds = released.sorted { $0.key < $1.key }.flatMap { member, years in
            years.keys.sorted().compactMap { year -> StatisticsRound? in
                var round = years[year]!.statistics
                round?.belfiusGroup = plan.released(member)?[year]?.group
                return round
            }
        }
        let statistics = ReleaseStatistics(questionnaire: questionnaire, figures: questionnaire.referenceFigures)
        for aggregate in [statistics.dimensions(statisticsRounds), statistics.icc(statisticsRounds),
                          statistics.items(statisticsRounds, releasedItems: Set(release.released)), statistics.reference(statisticsRounds)] {
            tables.append(ExportTableSource(aggregate.table))
            classes.merge(aggregate.groups) { $0.union($1) }
        }
        let actionRounds = released.sorted { $0.key < $1.key }.flatMap { member, years in
            years.keys.sorted().filter { plan.released(member)?[$0] != nil }.map { (member: member, counts: years[$0]!.actions) }
        }
        let actions = statistics.actions(actionRounds)
        summary.actionsReleased = !actions.table.rows.isEmpty
        tables.append(ExportTableSource(actions.table))
        classes.merge(actions.groups) { $0.union($1) }

        summary.years = Set(rounds.values.flatMap(\.keys)).sorted()
        summary.municipalities = rounds.count
        return ExportPlan(summary: summary, tables: tables, classes: classes, codebook: ExportCodebook(questionnaire: questionnaire))
    }

    /// Means are released at one decimal, rounded half away from zero as everywhere in the tool.
    static func oneDecimal(_ value: Double?) -> ExportTable.Value {
        guard let value else { return .null }
        return .real((value * 10).rounded(.toNearestOrAwayFromZero) / 10)
    }
}
