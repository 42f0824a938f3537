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

    private struct Round {
        var workspace: Workspace
        var responses: [Response]
        var cell: CellRound
    }

    public func build(_ sources: [ExportSource], random: inout some RandomNumberGenerator) throws(ScoringError) -> AnonymisedExport {
        var summary = ExportSummary(k: k, questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
                                    scoringRulesVersion: ScoringRules.version)
        let aggregator = CellAggregator(questionnaire: questionnaire, rules: rules)
        var rounds: [String: [Int: Round]] = [:]
        for source in sources {
            let own = source.responses.filter { $0.questionnaire.id == questionnaire.id && $0.questionnaire.version == questionnaire.version }
            summary.otherQuestionnaire += own.isEmpty && !source.responses.isEmpty ? 1 : 0
            summary.draftsLeftOut += own.filter { $0.status == .draft }.count
            let submitted = own.filter { $0.status == .submitted }
            summary.synthetic = summary.synthetic || source.workspace.synthetic || submitted.contains { $0.synthetic }
            let member = memberToken(source.workspace.municipality)
            for year in Set(submitted.map(\.year)).sorted() {
                let members = submitted.filter { $0.year == year }.sorted { $0.respondent < $1.respondent }
                guard rounds[member]?[year] == nil else {
                    summary.duplicates.add(rounds: 1, respondents: members.count)
                    continue
                }
                guard members.count >= rules.minimumCellRespondents else {
                    summary.tooFewRespondents.add(rounds: 1, respondents: members.count)
                    continue
                }
                for response in members {
                    summary.commentsLeftOut += response.comments.count
                    summary.textAnswersLeftOut += response.answers.values.filter { if case .text = $0 { return true } else { return false } }.count
                }
                let cell = try aggregator.round(CellKey(municipality: source.workspace.municipality, year: year), responses: members)
                rounds[member, default: [:]][year] = Round(workspace: source.workspace, responses: members, cell: cell)
            }
        }

        let facts = ReleaseColumns.cellFacts(questionnaire)
        let truth = rounds.mapValues { years in
            years.mapValues { round in
                PanelFacts(group: round.workspace.cluster?.group.rawValue ?? PanelFacts.unknown,
                           facts: facts.map { item, fact in PanelFacts.majority(round.responses.map { $0.answers[item.id] }, fact: fact) })
            }
        }
        let plan = PanelAnonymity(truth, facts: facts.map(\.fact), k: k)
        var tables: [ExportTable] = []
        var classes: [String: Set<String>] = [:]

        let ids = plan.randomIDs(using: &random)
        var cells = ExportTable(name: ReleaseColumns.cellsFile, columns: ReleaseColumns.cells(questionnaire).map(\.tableColumn))
        for (member, id) in ids.sorted(by: { $0.value < $1.value }) {
            let released = plan.released(member)!
            classes["cells:" + PanelAnonymity.signature(released), default: []].insert(member)
            for year in released.keys.sorted() {
                let round = rounds[member]![year]!
                var row: [ExportTable.Value] = [.text(id), .integer(year), .text(released[year]!.group)]
                row += released[year]!.facts.map { .text($0) }
                row += questionnaire.dimensions.map { Self.oneDecimal(round.cell.dimension($0.id)?.mean) }
                row.append(Self.oneDecimal(round.cell.overall))
                cells.rows.append(row)
            }
        }
        tables.append(cells)
        for (member, step) in plan.steps {
            summary.panel[step, default: ExportSummary.Touched()].add(rounds: rounds[member]!.count,
                                                                      respondents: rounds[member]!.values.map(\.responses.count).reduce(0, +))
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
        var respondents: [[ItemRelease.Row]] = []
        for member in released.keys.sorted() {
            for year in released[member]!.keys.sorted() {
                let statuses = released[member]![year]!.responses.map { ItemAnswerStatus.statuses(of: $0, questionnaire: questionnaire) }
                let round = release.round(statuses)
                if round.withheld { summary.roundsWithheldConditional += 1 }
                respondents += round.respondents
            }
        }
        respondents.shuffle(using: &random)
        var items = ExportTable(name: ReleaseColumns.itemsFile, columns: ReleaseColumns.items(questionnaire).map(\.tableColumn))
        for (number, rows) in respondents.enumerated() {
            for row in rows {
                items.rows.append([.integer(number + 1), .text(row.item), row.value.map(ExportTable.Value.real) ?? .null, .text(row.status)])
            }
        }
        tables.append(items)
        summary.respondents = respondents.count
        summary.roleDependentItems = questionnaire.scoredItems.map(\.id).filter { !release.released.contains($0) }

        // Aggregates over at least 10 cells.
        let statisticsRounds = released.sorted { $0.key < $1.key }.flatMap { member, years in
            years.keys.sorted().map { year in
                let round = years[year]!
                return StatisticsRound(member: member, year: year, belfiusGroup: plan.released(member)?[year]?.group,
                                       cell: round.cell, responses: round.responses)
            }
        }
        let statistics = ReleaseStatistics(questionnaire: questionnaire, figures: questionnaire.referenceFigures)
        for aggregate in [statistics.dimensions(statisticsRounds), statistics.icc(statisticsRounds),
                          statistics.items(statisticsRounds, releasedItems: Set(release.released)), statistics.reference(statisticsRounds)] {
            tables.append(aggregate.table)
            classes.merge(aggregate.groups) { $0.union($1) }
        }

        summary.years = Set(rounds.values.flatMap(\.keys)).sorted()
        summary.municipalities = rounds.count
        return AnonymisedExport(summary: summary, tables: tables, classes: classes, codebook: ExportCodebook(questionnaire: questionnaire))
    }

    /// Means are released at one decimal, rounded half away from zero as everywhere in the tool.
    static func oneDecimal(_ value: Double?) -> ExportTable.Value {
        guard let value else { return .null }
        return .real((value * 10).rounded(.toNearestOrAwayFromZero) / 10)
    }
}
