/// What a cell agreed after an earlier round and how its results moved since: each action with its
/// status beside the change of the statements and dimension it addresses, and the change of every
/// statement since the last comparable round.
///
/// The changes are descriptive: they happened together with the actions ("samen met"), and nothing
/// here says they happened because of them ("door"). Renderings must keep that wording.
public struct LookBack: Sendable, Equatable {
    /// A mean before and after; `change` only where both exist.
    public struct Change: Sendable, Equatable {
        public var before: Double?
        public var after: Double?

        public init(before: Double?, after: Double?) {
            self.before = before
            self.after = after
        }

        public var change: Double? {
            guard let before, let after else { return nil }
            return after - before
        }
    }

    /// Why a statement or dimension has no change across two versions of the questionnaire.
    public enum Break: Sendable, Equatable {
        /// The later version asks it anew or reworded (no `continues`), so its answers measure
        /// something else than the earlier round's.
        case newOrReworded(laterVersion: String, earlierVersion: String)
    }

    public struct StatementChange: Sendable, Equatable {
        public var itemID: String
        public var dimensionID: String
        public var change: Change
        /// Set when the statement is not comparable with the round compared with.
        public var notComparable: Break? = nil
    }

    public struct DimensionChange: Sendable, Equatable {
        public var dimensionID: String
        public var change: Change
        /// Set when the dimension breaks between the versions (no comparable statement).
        public var notComparable: Break? = nil
        /// Across versions, the number of comparable statements when the change is measured on
        /// part of the dimension only (the trend's rule, `CellTrend.Step.partial`).
        public var partial: Int? = nil
    }

    public struct ActionOutcome: Sendable, Equatable {
        public var action: AgreedAction
        /// The dimension's change from the round the plan follows from (or the last comparable
        /// round before this one) to this round; nil without such a round.
        public var dimension: DimensionChange?
        /// One per statement the action names, in the action's order.
        public var statements: [StatementChange]
    }

    /// The round looked back from.
    public var year: Int
    /// The last earlier round with the same questionnaire id and version, or on a version the
    /// round's own `continues` (docs/scoring.md, trend across versions); nil when there is none.
    public var comparableYear: Int?
    /// The questionnaire version of `comparableYear`'s round.
    public var comparableVersion: String? = nil
    /// The plan looked back at: the latest one agreed before `year`.
    public var plan: ActionPlan?
    /// The year the action changes are measured from: the plan's own round where it is comparable,
    /// otherwise `comparableYear`.
    public var baselineYear: Int?
    public var actions: [ActionOutcome]
    /// Every scored statement of the questionnaire, in questionnaire order, since `comparableYear`.
    public var statements: [StatementChange]
    public var dimensions: [DimensionChange]

    /// Whether there is anything to look back at.
    public var isEmpty: Bool { plan == nil && comparableYear == nil }

    /// `earlier` may hold any rounds of the same cell; `plans` any of its plans. `questionnaires`
    /// holds the versions earlier rounds were given on: a round on a version that the round's own
    /// `continues` compares on the statements both ask, as the trend does (`CellTrend`); without
    /// it only rounds of the same version compare.
    public static func make(round: CellRound, earlier: [CellRound], plans: [ActionPlan], questionnaire: Questionnaire,
                            questionnaires: [Questionnaire] = [], rules: ScoringRules = .standard) -> LookBack {
        // Within one version the link is always the same: made once, not per earlier round (a
        // comparison over every cell makes a look back per cell).
        let sameVersion = Continuity(earlier: questionnaire, later: questionnaire)
        /// How an earlier round links to this one; nil when it does not compare at all.
        func link(_ other: CellRound) -> (questionnaire: Questionnaire, continuity: Continuity)? {
            guard other.questionnaireID == round.questionnaireID else { return nil }
            if other.questionnaireVersion == round.questionnaireVersion, let sameVersion { return (questionnaire, sameVersion) }
            guard let before = questionnaires.first(where: { $0.id == round.questionnaireID && $0.version == other.questionnaireVersion }),
                  let continuity = Continuity(earlier: before, later: questionnaire), !continuity.dimensions.isEmpty else { return nil }
            return (before, continuity)
        }
        let comparable = earlier.filter { $0.year < round.year && link($0) != nil }.sorted { $0.year < $1.year }
        let previous = comparable.last
        let plan = plans.filter { $0.year < round.year }.max { $0.year < $1.year }
        let baseline = plan.flatMap { plan in comparable.first { $0.year == plan.year } } ?? previous
        let after = StatementMeans(round: round, questionnaire: questionnaire, rules: rules)

        /// Statement and dimension changes from `from` to this round, by the trend's rule.
        struct Changes {
            var statements: [String: StatementChange] = [:]
            var dimensions: [String: DimensionChange] = [:]
        }
        func changes(from other: CellRound) -> Changes {
            guard let (before, continuity) = link(other) else { return Changes() }
            let means = StatementMeans(round: other, questionnaire: before, rules: rules)
            let broken = Break.newOrReworded(laterVersion: questionnaire.version, earlierVersion: before.version)
            var result = Changes()
            for dimension in questionnaire.dimensions {
                // Within one version every dimension continues itself, local modules included.
                let dimensionLink = continuity.sameVersion
                    ? Continuity.DimensionLink(later: dimension.id, earlier: dimension.id,
                                               items: dimension.items.map { Continuity.ItemLink(later: $0.id, earlier: $0.id) }, complete: true)
                    : continuity.link(dimension.id)
                let earlierOf = Dictionary((dimensionLink?.items ?? []).map { ($0.later, $0.earlier) }) { first, _ in first }
                for item in dimension.items {
                    let from = earlierOf[item.id]
                    result.statements[item.id] = StatementChange(
                        itemID: item.id, dimensionID: dimension.id,
                        change: Change(before: from.flatMap { means.means[$0] }, after: after.means[item.id]),
                        notComparable: from == nil ? broken : nil)
                }
                let minimum = rules.minimumCellRespondents
                let now = round.shownMean(dimension.id, minimum: minimum)
                guard let dimensionLink else {
                    result.dimensions[dimension.id] = DimensionChange(dimensionID: dimension.id, change: Change(before: nil, after: now),
                                                                      notComparable: broken)
                    continue
                }
                if dimensionLink.complete {
                    result.dimensions[dimension.id] = DimensionChange(
                        dimensionID: dimension.id, change: Change(before: other.shownMean(dimensionLink.earlier, minimum: minimum), after: now))
                } else {
                    let coverage = dimension.minCoverage
                    result.dimensions[dimension.id] = DimensionChange(
                        dimensionID: dimension.id,
                        change: Change(before: CellTrend.comparableMean(other, items: dimensionLink.items.map(\.earlier), weights: before, coverage: coverage),
                                       after: CellTrend.comparableMean(round, items: dimensionLink.items.map(\.later), weights: questionnaire, coverage: coverage)),
                        partial: dimensionLink.items.count)
                }
            }
            return result
        }
        let since = previous.map(changes) ?? Changes()
        let base = baseline.map(changes) ?? Changes()

        let statements: [StatementChange] = previous == nil ? [] : questionnaire.dimensions.flatMap { dimension in
            dimension.items.compactMap { since.statements[$0.id] }
        }
        let dimensions: [DimensionChange] = previous == nil ? [] : questionnaire.dimensions.compactMap { since.dimensions[$0.id] }
        // A plan names the dimension and statements of its own round's version: each is followed
        // to the statement of this version that continues it.
        let continuing = baseline.flatMap(link)?.continuity
        func later(dimension id: String) -> String {
            continuing?.dimensions.first { $0.earlier == id }?.later ?? id
        }
        func later(item id: String) -> String? {
            guard let continuing, !continuing.sameVersion else { return id }
            return continuing.dimensions.flatMap(\.items).first { $0.earlier == id }?.later
        }
        let actions = (plan?.actions ?? []).map { action in
            let dimensionID = later(dimension: action.dimension)
            return ActionOutcome(
                action: action,
                dimension: baseline.map { _ in
                    base.dimensions[dimensionID]
                        ?? DimensionChange(dimensionID: dimensionID, change: Change(before: nil, after: round.dimension(dimensionID)?.mean))
                },
                statements: action.items.map { itemID in
                    guard let laterID = later(item: itemID) else {
                        return StatementChange(itemID: itemID, dimensionID: dimensionID, change: Change(before: nil, after: nil),
                                               notComparable: baseline.flatMap(link).map {
                                                   .newOrReworded(laterVersion: questionnaire.version, earlierVersion: $0.questionnaire.version)
                                               })
                    }
                    return base.statements[laterID]
                        ?? StatementChange(itemID: laterID, dimensionID: dimensionID, change: Change(before: nil, after: after.means[laterID]))
                })
        }
        return LookBack(year: round.year, comparableYear: previous?.year, comparableVersion: previous?.questionnaireVersion,
                        plan: plan, baselineYear: baseline?.year, actions: actions, statements: statements, dimensions: dimensions)
    }
}

/// The 0–100 mean of each statement in one round, only where enough members answered it that the
/// mean names nobody (the same minimum as a cell result).
struct StatementMeans {
    var means: [String: Double] = [:]

    init(round: CellRound, questionnaire: Questionnaire, rules: ScoringRules) {
        let items = Dictionary(questionnaire.scoredItems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for distribution in round.items {
            guard let item = items[distribution.itemID], let scale = questionnaire.scale(item.scale),
                  distribution.shown >= rules.minimumCellRespondents, distribution.answered >= rules.minimumCellRespondents else { continue }
            var total = 0.0
            for entry in distribution.values {
                total += ItemScore.score(entry.value, reverse: item.reverse, on: scale) * Double(entry.count)
            }
            means[distribution.itemID] = total / Double(distribution.answered)
        }
    }
}
