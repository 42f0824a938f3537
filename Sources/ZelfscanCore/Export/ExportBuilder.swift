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

    /// Why no plan could be made.
    public enum PlanFailure: Error {
        /// A round that cannot be scored.
        case scoring(ScoringError)
        /// The scratch that holds the rounds' bytes could not be read back.
        case scratch(any Error)
    }

    /// The export in memory, from whole workspaces: for tests and small pools. `export` reads
    /// the pool through `contribution(_:)` and writes `plan(_:random:scratch:)` as it goes.
    public func build(_ sources: [ExportSource], random: inout some RandomNumberGenerator) throws(ScoringError) -> AnonymisedExport {
        do {
            return try plan(sources.map(contribution), random: &random, scratch: nil).materialised()
        } catch {
            switch error {
            case .scoring(let error): throw error
            case .scratch: preconditionFailure("an export without a scratch read from one")
            }
        }
    }

    /// Decides the export from the workspaces' contributions: the panel's coarsening, the cell
    /// ids, the statistics, the ledger's classes and the measured risk. Only `items` is left to
    /// be made, row by row, as it is written. `scratch` is where the contributions' bytes were
    /// moved, if they were; the plan's `items` reads them from there as it is written.
    public func plan(_ contributions: [ExportContribution], random: inout some RandomNumberGenerator,
                     scratch: (any RoundScratch)?) throws(PlanFailure) -> ExportPlan {
        var summary = ExportSummary(k: k, questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
                                    scoringRulesVersion: ScoringRules.version)
        // Where each kept round is among the contributions: a copy of every round in a dictionary
        // was a few megabytes of a large pool's plan.
        var rounds: [String: [Int: RoundPlace]] = [:]
        func kept(_ place: RoundPlace) -> ExportContribution.Round { contributions[place.contribution].rounds[place.round] }
        for (index, contribution) in contributions.enumerated() {
            summary.otherQuestionnaire += contribution.otherQuestionnaire ? 1 : 0
            summary.draftsLeftOut += contribution.draftsLeftOut
            summary.synthetic = summary.synthetic || contribution.synthetic
            let member = contribution.member
            for (position, round) in contribution.rounds.enumerated() {
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
                rounds[member, default: [:]][round.year] = RoundPlace(contribution: index, round: position)
            }
            if let failure = contribution.failure { throw .scoring(failure) }
        }

        let facts = ReleaseColumns.cellFacts(questionnaire)
        let truth = rounds.mapValues { years in years.mapValues { kept($0).facts } }
        let plan = PanelAnonymity(truth, facts: facts.map(\.fact), k: k)
        var tables: [ExportTableSource] = []
        var classes: [String: Set<String>] = [:]

        let ids = plan.randomIDs(using: &random)
        let meanIDs = questionnaire.dimensions.map(\.id) + ["overall"]
        var cells = CellPanelRows(name: ReleaseColumns.cellsFile, columns: ReleaseColumns.cells(questionnaire).map(\.tableColumn), width: meanIDs.count)
        for (member, id) in ids.sorted(by: { $0.value < $1.value }) {
            let released = plan.released(member)!
            classes["cells:" + PanelAnonymity.signature(released), default: []].insert(member)
            for year in released.keys.sorted() {
                let means: DimensionValues<Double>?
                do {
                    means = try kept(rounds[member]![year]!).statistics?.loaded(scratch: scratch).means
                } catch {
                    throw .scratch(error)
                }
                cells.append(id: id, year: year, facts: released[year]!, means: meanIDs.map { id in means?[id].map { Self.oneDecimal($0) } })
            }
        }
        tables.append(cells.source)
        for (member, step) in plan.steps {
            summary.panel[step, default: ExportSummary.Touched()].add(rounds: rounds[member]!.count,
                                                                      respondents: rounds[member]!.values.map { kept($0).respondents }.reduce(0, +))
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
                let round = kept(released[member]![year]!)
                if round.withheld { summary.roundsWithheldConditional += 1 }
                parts.append(round.items)
            }
        }
        let items = ShuffledItemRows(parts, alphabet: ItemRowCodes.Alphabet(questionnaire: questionnaire, released: release.released),
                                     scratch: scratch, random: &random)
        tables.append(ExportTableSource(name: ReleaseColumns.itemsFile, columns: ReleaseColumns.items(questionnaire).map(\.tableColumn),
                                        forEachRow: items.forEachRow))
        summary.respondents = items.count
        summary.roleDependentItems = questionnaire.scoredItems.map(\.id).filter { !release.released.contains($0) }

        // Aggregates over at least 10 cells.
        let statisticsRounds = released.sorted { $0.key < $1.key }.flatMap { member, years in
            years.keys.sorted().compactMap { year -> StatisticsRound? in
                var statistics = kept(years[year]!).statistics
                statistics?.belfiusGroup = plan.released(member)?[year]?.group
                return statistics
            }
        }
        let statistics = ReleaseStatistics(questionnaire: questionnaire, figures: questionnaire.referenceFigures)
        let aggregates: [Release]
        do {
            aggregates = [try statistics.dimensions(statisticsRounds, scratch: scratch), try statistics.icc(statisticsRounds, scratch: scratch),
                          try statistics.items(statisticsRounds, releasedItems: Set(release.released), scratch: scratch),
                          try statistics.reference(statisticsRounds, scratch: scratch)]
        } catch {
            throw .scratch(error)
        }
        var shared = SharedMemberSets()
        for aggregate in aggregates {
            tables.append(ExportTableSource(aggregate.table))
            classes.merge(shared.shared(aggregate.groups)) { $0.union($1) }
        }
        let actionRounds = released.sorted { $0.key < $1.key }.flatMap { member, years in
            years.keys.sorted().filter { plan.released(member)?[$0] != nil }.map { (member: member, counts: kept(years[$0]!).actions) }
        }
        let actions = statistics.actions(actionRounds)
        summary.actionsReleased = !actions.table.rows.isEmpty
        tables.append(ExportTableSource(actions.table))
        classes.merge(actions.groups) { $0.union($1) }

        summary.years = Set(rounds.values.flatMap(\.keys)).sorted()
        summary.municipalities = rounds.count
        return ExportPlan(summary: summary, tables: tables, classes: classes, codebook: ExportCodebook(questionnaire: questionnaire))
    }

    /// A kept round: the contribution and its position there.
    private struct RoundPlace {
        var contribution: Int
        var round: Int
    }

    /// Means are released at one decimal, rounded half away from zero as everywhere in the tool.
    static func oneDecimal(_ value: Double) -> Double {
        (value * 10).rounded(.toNearestOrAwayFromZero) / 10
    }

    /// The same as a table's value; none without a value.
    static func oneDecimal(_ value: Double?) -> ExportTable.Value {
        value.map { .real(oneDecimal($0)) } ?? .null
    }
}
