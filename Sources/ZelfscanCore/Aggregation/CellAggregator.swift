/// Builds cell results from responses: groups them into rounds by (municipality, year), keeps the
/// submitted ones, scores each respondent and combines them. Results do not depend on the order
/// of the responses given.
public struct CellAggregator: Sendable {
    public var questionnaire: Questionnaire
    public var rules: ScoringRules
    /// Counts per item and option, which a report shows; a comparison over a pool of hundreds of
    /// cells has no use for them and is faster without.
    public var itemDistributions: Bool
    /// The cell facts, the knowledge check and the role groups' comparison, which reports and
    /// comparisons show; an export releases none of them from a round and is faster without.
    public var cellDetails: Bool

    public init(questionnaire: Questionnaire, rules: ScoringRules = .standard, itemDistributions: Bool = true, cellDetails: Bool = true) {
        self.questionnaire = questionnaire
        self.rules = rules
        self.itemDistributions = itemDistributions
        self.cellDetails = cellDetails
    }

    /// One result per (municipality, year) that has at least one submitted response, in
    /// municipality and year order. Drafts are ignored.
    public func rounds(_ responses: [Response]) throws(ScoringError) -> [CellRound] {
        let submitted = responses.filter { $0.status == .submitted }
        let keys = Set(submitted.map { CellKey(municipality: $0.municipality, year: $0.year) }).sorted()
        var rounds: [CellRound] = []
        for key in keys {
            rounds.append(try round(key, responses: submitted))
        }
        return rounds
    }

    /// The round `key` from the submitted responses among `responses` that belong to it.
    public func round(_ key: CellKey, responses: [Response]) throws(ScoringError) -> CellRound {
        try round(key, responses: responses, visibilities: nil)
    }

    /// The same, with each response's `Visibility` already known (one per response, in the same
    /// order): an export needs them for its item rows and counts too, and they cost as much as
    /// the scoring.
    public func round(_ key: CellKey, responses: [Response], visibilities known: [Visibility]?) throws(ScoringError) -> CellRound {
        let order = responses.indices
            .filter { responses[$0].status == .submitted && responses[$0].municipality == key.municipality && responses[$0].year == key.year }
            .sorted { (responses[$0].respondent, responses[$0].role) < (responses[$1].respondent, responses[$1].role) }
        let members = order.map { responses[$0] }
        let scorer = Scorer(questionnaire: questionnaire)
        let visibilities = order.map {
            known?[$0] ?? Visibility(questionnaire: questionnaire, role: responses[$0].role, answers: responses[$0].answers)
        }
        var respondents: [RespondentScore] = []
        for (response, visibility) in zip(members, visibilities) {
            respondents.append(try scorer.score(response, visibility: visibility))
        }
        var nullVariances: [String: Double] = [:]
        for scale in questionnaire.scales { nullVariances[scale.id] = AgreementIndex.nullVariance(of: scale) }
        let dimensions = questionnaire.dimensions.map { dimension in
            var result = result(dimension, respondents: respondents, nullVariances: nullVariances)
            result.local = dimension.local
            result.countsInOverall = dimension.countsInOverall
            result.asked = respondents.filter { $0.dimension(dimension.id).map { $0.status != .noItemsShown } ?? false }.count
            return result
        }
        let core = dimensions.filter(\.countsInOverall)
        let means = core.compactMap(\.mean)
        let overall = !core.isEmpty && means.count == core.count ? Descriptive.mean(means) : nil
        var round = CellRound(
            municipality: key.municipality, year: key.year,
            questionnaireID: questionnaire.id, questionnaireVersion: questionnaire.version,
            synthetic: members.contains { $0.synthetic },
            respondents: respondents,
            dimensions: dimensions,
            items: itemDistributions ? distributions(visibilities) : [],
            roleGroups: cellDetails ? questionnaire.dimensions.map { comparison($0, respondents: respondents) } : [],
            overall: overall,
            overallBand: overall.flatMap { questionnaire.bands.band(for: $0)?.code })
        guard cellDetails else { return round }
        round.facts = questionnaire.factItems.compactMap { item in
            item.fact.map { CellFactResult(item: item, fact: $0, members: Array(zip(members, visibilities)), rules: rules) }
        }
        if members.count >= rules.minimumCellRespondents {
            round.knowledge = (questionnaire.knowledge?.items ?? []).map { KnowledgeResult(item: $0, visibilities: visibilities) }
        }
        return round
    }

    private func result(_ dimension: Dimension, respondents: [RespondentScore],
                        nullVariances: [String: Double]) -> CellDimensionResult {
        let scores = respondents.compactMap { $0.dimension(dimension.id)?.value }
        // The respondents' dimension scores already hold their item scores (before the coverage rule).
        var perItem: [String: [Double]] = [:]
        for respondent in respondents {
            for item in respondent.dimension(dimension.id)?.items ?? [] {
                perItem[item.itemID, default: []].append(item.score)
            }
        }
        let spreads = dimension.items.compactMap { item -> AgreementIndex.ItemSpread? in
            guard let null = nullVariances[item.scale] else { return nil }
            return AgreementIndex.ItemSpread(scores: perItem[item.id, default: []], nullVariance: null)
        }
        return CellDimensionResult(
            dimensionID: dimension.id, scores: scores, unscored: respondents.count - scores.count,
            bands: questionnaire.bands, agreement: AgreementIndex.rwg(spreads), rules: rules)
    }

    private func distributions(_ visibilities: [Visibility]) -> [ItemDistribution] {
        questionnaire.dimensions.flatMap { dimension in
            dimension.items.compactMap { item in
                questionnaire.scale(item.scale).map {
                    ItemDistribution(item: item, dimensionID: dimension.id, scale: $0, visibilities: visibilities)
                }
            }
        }
    }

    private func comparison(_ dimension: Dimension, respondents: [RespondentScore]) -> RoleGroupComparison {
        let scores = respondents.compactMap { respondent -> (group: String, score: Double)? in
            respondent.dimension(dimension.id)?.value.map { (respondent.roleGroup ?? respondent.role, $0) }
        }
        return RoleGroupComparison(
            dimensionID: dimension.id, scores: scores,
            groupOrder: questionnaire.roleGroups.map(\.id), minimumGroupSize: rules.minimumRoleGroupSize)
    }
}
