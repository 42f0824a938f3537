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

    public struct StatementChange: Sendable, Equatable {
        public var itemID: String
        public var dimensionID: String
        public var change: Change
    }

    public struct DimensionChange: Sendable, Equatable {
        public var dimensionID: String
        public var change: Change
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
    /// The last earlier round with the same questionnaire id and version; nil when there is none.
    public var comparableYear: Int?
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

    /// `earlier` may hold any rounds of the same cell; `plans` any of its plans.
    public static func make(round: CellRound, earlier: [CellRound], plans: [ActionPlan], questionnaire: Questionnaire,
                            rules: ScoringRules = .standard) -> LookBack {
        let comparable = earlier
            .filter { $0.year < round.year && $0.questionnaireID == round.questionnaireID && $0.questionnaireVersion == round.questionnaireVersion }
            .sorted { $0.year < $1.year }
        let previous = comparable.last
        let plan = plans.filter { $0.year < round.year }.max { $0.year < $1.year }
        let baseline = plan.flatMap { plan in comparable.first { $0.year == plan.year } } ?? previous
        let after = StatementMeans(round: round, questionnaire: questionnaire, rules: rules)
        let since = previous.map { StatementMeans(round: $0, questionnaire: questionnaire, rules: rules) }
        let base = baseline.map { StatementMeans(round: $0, questionnaire: questionnaire, rules: rules) }

        let statements: [StatementChange] = previous == nil ? [] : questionnaire.dimensions.flatMap { dimension in
            dimension.items.map { item in
                StatementChange(itemID: item.id, dimensionID: dimension.id,
                                change: Change(before: since?.means[item.id], after: after.means[item.id]))
            }
        }
        let dimensions: [DimensionChange] = previous.map { previous in
            questionnaire.dimensions.map { dimension in
                DimensionChange(dimensionID: dimension.id,
                                change: Change(before: previous.dimension(dimension.id)?.mean, after: round.dimension(dimension.id)?.mean))
            }
        } ?? []
        let actions = (plan?.actions ?? []).map { action in
            ActionOutcome(
                action: action,
                dimension: baseline.map { baseline in
                    DimensionChange(dimensionID: action.dimension,
                                    change: Change(before: baseline.dimension(action.dimension)?.mean, after: round.dimension(action.dimension)?.mean))
                },
                statements: action.items.map { itemID in
                    StatementChange(itemID: itemID, dimensionID: action.dimension,
                                    change: Change(before: base?.means[itemID], after: after.means[itemID]))
                })
        }
        return LookBack(year: round.year, comparableYear: previous?.year, plan: plan, baselineYear: baseline?.year,
                        actions: actions, statements: statements, dimensions: dimensions)
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
