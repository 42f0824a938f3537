/// What one workspace contributes to an export, computed where the workspace is read (on any
/// core), so that its responses are forgotten before the next workspace is read: per round the
/// panel facts, the cell means and score spreads, the answer counts the statistics need and the
/// respondents' item rows as bytes. Everything that needs the whole pool (classes, k, linkage,
/// statistics over at least 10 cells, the ledger) is decided later from these alone.
public struct ExportContribution: Sendable {
    public struct Round: Sendable {
        public var year: Int
        /// Submitted responses of the questionnaire in the round.
        public var respondents: Int
        /// False below the minimum for a cell result: counted in the summary, nothing else kept.
        public var enough: Bool
        var comments = 0
        var textAnswers = 0
        var facts = PanelFacts(group: PanelFacts.unknown, facts: [])
        var statistics: StatisticsRound?
        var items = ItemRowCodes(width: 0)
        var withheld = false
        /// The counts of the plan agreed after this round; empty without one.
        var actions: ReleaseStatistics.ActionCounts = [:]
    }

    /// The ledger's keyed token of the municipality.
    public var member: String
    /// True when the workspace holds responses, none of them of the export's questionnaire.
    public var otherQuestionnaire = false
    public var draftsLeftOut = 0
    public var synthetic = false
    /// Rounds in year order; the rounds after a failure are not read.
    public var rounds: [Round] = []
    /// A round that could not be scored: the export stops there, as when the pool was read whole.
    public var failure: ScoringError?

    init(member: String) {
        self.member = member
    }

    /// Moves every round's item-row codes, answer counts, means, spreads and reference majorities to
    /// `scratch`, leaving in memory what the plan reads of every round at once.
    public mutating func move(to scratch: any RoundScratch) throws {
        for index in rounds.indices {
            try rounds[index].items.move(to: scratch)
            try rounds[index].statistics?.moveDetails(to: scratch)
        }
    }
}

extension ExportBuilder {
    /// The contribution of one workspace: pure, so workspaces can be summarised in parallel.
    public func contribution(_ source: ExportSource) -> ExportContribution {
        var result = ExportContribution(member: memberToken(source.workspace.municipality))
        let own = source.responses.filter { $0.questionnaire.id == questionnaire.id && $0.questionnaire.version == questionnaire.version }
        result.otherQuestionnaire = own.isEmpty && !source.responses.isEmpty
        result.draftsLeftOut = own.filter { $0.status == .draft }.count
        let submitted = own.filter { $0.status == .submitted }
        result.synthetic = source.workspace.synthetic || submitted.contains { $0.synthetic }
        let aggregator = CellAggregator(questionnaire: questionnaire, rules: rules, itemDistributions: false, cellDetails: false)
        let facts = ReleaseColumns.cellFacts(questionnaire)
        let release = ItemRelease(questionnaire: questionnaire)
        let alphabet = ItemRowCodes.Alphabet(questionnaire: questionnaire, released: release.released)
        let layout = AnswerTally.Layout(questionnaire: questionnaire, releasedItems: Set(release.released))
        let group = source.workspace.cluster?.group.rawValue ?? PanelFacts.unknown
        let scoredItems = questionnaire.scoredItems.map(\.id)
        let dimensionIDs = questionnaire.dimensions.map(\.id) + ["overall"]
        // A cell's facts are mostly the same every year: stored once, not once per round.
        var factsSeen = Set<PanelFacts>()
        for year in Set(submitted.map(\.year)).sorted() {
            let members = submitted.filter { $0.year == year }.sorted { $0.respondent < $1.respondent }
            var round = ExportContribution.Round(year: year, respondents: members.count, enough: members.count >= rules.minimumCellRespondents)
            guard round.enough else {
                result.rounds.append(round)
                continue
            }
            round.comments = members.reduce(0) { $0 + $1.comments.count }
            round.textAnswers = members.reduce(0) { count, response in
                count + response.answers.values.filter { if case .text = $0 { return true } else { return false } }.count
            }
            // Computed once per respondent: scoring, counts, reference and item rows all need it.
            let visibilities = members.map { Visibility(questionnaire: questionnaire, role: $0.role, answers: $0.answers) }
            let cell: CellRound
            do {
                cell = try aggregator.round(CellKey(municipality: source.workspace.municipality, year: year), responses: members, visibilities: visibilities)
            } catch {
                result.failure = error
                return result
            }
            round.facts = factsSeen.insert(PanelFacts(group: group, facts: facts.map { item, fact in
                PanelFacts.majority(members.map { $0.answers[item.id] }, fact: fact)
            })).memberAfterInsert
            var tally = AnswerTally(layout)
            for visibility in visibilities { tally.add(visibility, layout: layout) }
            round.statistics = StatisticsRound(member: result.member, year: year, belfiusGroup: nil, cell: cell, tally: tally,
                                               referenceHeld: ReleaseStatistics.referenceHeld(visibilities, questionnaire: questionnaire),
                                               dimensionIDs: dimensionIDs)
            let released = release.round(visibilities.map { ItemAnswerStatus.statuses($0, scoredItems: scoredItems) })
            round.withheld = released.withheld
            if let plan = source.plans.first(where: { $0.year == year && $0.questionnaireID == questionnaire.id }) {
                round.actions = ReleaseStatistics(questionnaire: questionnaire, figures: []).actionCounts(plan)
            }
            round.items = ItemRowCodes(width: release.released.count)
            for rows in released.respondents { round.items.append(rows, alphabet: alphabet) }
            result.rounds.append(round)
        }
        return result
    }
}
