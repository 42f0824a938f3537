/// Municipalities side by side for a coach who holds their workspaces: per cell its dimension
/// and overall scores in one round with the band, the change since its previous round, and the
/// median per group (Belfius group, province or level). A cell with fewer than 3 submitted
/// responses is listed without scores, as everywhere else. Not a ranking: rows are ordered by
/// group and name.
public struct CellComparison: Sendable, Equatable {
    public enum Grouping: String, Sendable, CaseIterable {
        case group, province, level
    }

    /// One cell's scores; a measure is a dimension id, or nil for overall.
    public struct Value: Sendable, Equatable {
        public var measure: String?
        public var score: Double?
        public var band: String?
        /// Score minus the same measure in the previous round; nil without one. Across versions:
        /// on the statements both versions ask, and none for overall (`RoundChange`).
        public var change: Double?
        /// Actions on this dimension in the plan looked back at (0 for overall and medians).
        public var actions: Int = 0
        /// Across versions, the number of statements both versions ask when `change` is measured
        /// on part of the dimension only.
        public var partial: Int? = nil
    }

    /// What a cell agreed after an earlier round and how far it got: counts only, never the texts.
    public struct ActionTally: Sendable, Equatable {
        /// The round the plan follows from: the latest plan before the compared year.
        public var planYear: Int
        public var agreed: Int
        public var done: Int
        public var started: Int
        public var dropped: Int
    }

    /// The mean change of dimensions that had an agreed action and of those that had none, over
    /// every shown cell with a plan and a change. Descriptive: the two sets differ in more than
    /// the actions.
    public struct ActionChange: Sendable, Equatable {
        public struct Part: Sendable, Equatable {
            /// Dimensions (one per cell and dimension) counted.
            public var dimensions: Int
            public var meanChange: Double?
        }

        public var withActions: Part
        public var withoutActions: Part
    }

    public struct Row: Sendable, Equatable {
        public var municipality: String
        public var group: String?
        public var respondents: Int
        /// False below the minimum of respondents: no score is shown.
        public var shown: Bool
        public var previousYear: Int?
        /// The previous round's questionnaire version when it differs from this round's: its
        /// overall score is made of other dimensions, so there is no overall change.
        public var previousVersion: String? = nil
        public var values: [Value]
        public var synthetic: Bool
        /// Nil when the cell has no plan before the compared year.
        public var actions: ActionTally?
        /// Actions agreed after the compared round itself (its own plan); nil without one.
        public var newActions: Int?
    }

    public struct GroupMedian: Sendable, Equatable {
        /// Nil: the municipalities whose group is unknown.
        public var group: String?
        /// Municipalities with a shown result.
        public var municipalities: Int
        public var medians: [Value]
    }

    public var year: Int
    public var grouping: Grouping
    public var questionnaireID: String
    public var questionnaireVersion: String
    /// Dimension ids in questionnaire order; overall follows them.
    public var dimensions: [String]
    public var rows: [Row]
    public var groups: [GroupMedian]
    /// Any row is demo data: every output says so.
    public var synthetic: Bool
    /// Cells read that have no round in `year`, by name: listed as such, never dropped silently.
    public var withoutRound: [String]
    /// Nil when no shown cell has a plan to look back at.
    public var actionChange: ActionChange?

    /// `cells` holds every round of each workspace (any years); rounds of `year` are compared.
    /// `plans` holds each cell's action plans by municipality; `questionnaires` the versions
    /// earlier rounds were given on, so a change across versions follows the trend's rule.
    public init(questionnaire: Questionnaire, cells: [(workspace: Workspace, rounds: [CellRound])], year: Int,
                grouping: Grouping, plans: [String: [ActionPlan]] = [:], questionnaires: [Questionnaire] = [],
                rules: ScoringRules = .standard) {
        self.year = year
        self.grouping = grouping
        self.questionnaireID = questionnaire.id
        self.questionnaireVersion = questionnaire.version
        self.dimensions = questionnaire.dimensions.map(\.id)
        var rows: [Row] = []
        var withoutRound: [String] = []
        // A change looks up the first questionnaire of a round's id and version: one of each will
        // do, not one per workspace for every cell.
        var versionsSeen = Set<String>()
        let versions = ([questionnaire] + questionnaires).filter { versionsSeen.insert($0.id + "\u{0}" + $0.version).inserted }
        for cell in cells {
            guard let current = cell.rounds.first(where: { $0.year == year }) else {
                withoutRound.append(cell.workspace.municipality)
                continue
            }
            let cellPlans = plans[cell.workspace.municipality] ?? []
            let plan = cellPlans.filter { $0.year < year }.max { $0.year < $1.year }
            let previous = cell.rounds.filter { $0.year < year && $0.n >= rules.minimumCellRespondents }.max { $0.year < $1.year }
            let shown = current.n >= rules.minimumCellRespondents
            let measures: [String?] = dimensions.map { Optional($0) } + [nil]
            let moved = previous.map { RoundChange(from: $0, to: current, questionnaires: versions, rules: rules) }
            let values = measures.map { measure -> Value in
                let score = shown ? Self.score(measure, current, minimum: rules.minimumCellRespondents) : nil
                let change = measure.map { moved?.dimensions[$0] } ?? nil
                return Value(measure: measure, score: score, band: score.flatMap { questionnaire.bands.band(for: $0)?.code },
                             change: score == nil ? nil : measure == nil ? moved?.overall : change?.change,
                             actions: measure.map { id in plan?.actions.filter { $0.dimension == id }.count ?? 0 } ?? 0,
                             partial: change?.partial)
            }
            let tally = plan.map { plan in
                let counts = plan.counts()
                return ActionTally(planYear: plan.year, agreed: plan.actions.count, done: counts[.done] ?? 0,
                                   started: counts[.started] ?? 0, dropped: counts[.dropped] ?? 0)
            }
            let previousVersion = previous.flatMap { $0.questionnaireVersion == current.questionnaireVersion ? nil : $0.questionnaireVersion }
            rows.append(Row(municipality: cell.workspace.municipality, group: Self.key(cell.workspace, grouping),
                            respondents: current.n, shown: shown, previousYear: previous?.year, previousVersion: previousVersion, values: values,
                            synthetic: cell.workspace.synthetic || current.synthetic, actions: tally,
                            newActions: cellPlans.first { $0.year == year }?.actions.count))
        }
        self.withoutRound = withoutRound.sorted()
        self.actionChange = Self.actionChange(rows)
        rows.sort { ($0.group ?? "\u{10FFFF}", $0.municipality) < ($1.group ?? "\u{10FFFF}", $1.municipality) }
        self.rows = rows
        self.synthetic = rows.contains { $0.synthetic }
        var groups: [GroupMedian] = []
        var seen: [String?] = []
        for row in rows where !seen.contains(row.group) { seen.append(row.group) }
        for key in seen {
            let members = rows.filter { $0.group == key && $0.shown }
            let medians = (dimensions.map { Optional($0) } + [nil]).map { measure -> Value in
                let scores = members.compactMap { $0.values.first { $0.measure == measure }?.score }.sorted()
                let median = Quantile.type7(scores, 0.5)
                return Value(measure: measure, score: median, band: median.flatMap { questionnaire.bands.band(for: $0)?.code }, change: nil)
            }
            groups.append(GroupMedian(group: key, municipalities: members.count, medians: medians))
        }
        self.groups = groups
    }

    static func actionChange(_ rows: [Row]) -> ActionChange? {
        var with: [Double] = []
        var without: [Double] = []
        for row in rows where row.shown && row.actions != nil {
            for value in row.values where value.measure != nil {
                guard let change = value.change else { continue }
                if value.actions > 0 { with.append(change) } else { without.append(change) }
            }
        }
        guard !with.isEmpty || !without.isEmpty else { return nil }
        return ActionChange(withActions: .init(dimensions: with.count, meanChange: Descriptive.mean(with)),
                            withoutActions: .init(dimensions: without.count, meanChange: Descriptive.mean(without)))
    }

    /// A dimension mean over fewer than `minimum` scores is one or two members' own, and the
    /// overall score, built from every dimension mean, would give it away: neither is shown.
    static func score(_ measure: String?, _ round: CellRound, minimum: Int) -> Double? {
        guard let measure else { return round.overallShown(minimum: minimum) ? round.overall : nil }
        return round.dimension(measure).flatMap { $0.n >= minimum ? $0.mean : nil }
    }

    static func key(_ workspace: Workspace, _ grouping: Grouping) -> String? {
        switch grouping {
        case .group: return workspace.cluster?.group.rawValue
        case .province: return workspace.province?.rawValue
        case .level: return workspace.level.rawValue
        }
    }

    /// The label of a group key in `language`.
    public static func label(_ key: String?, grouping: Grouping, language: Language) -> String {
        guard let key else { return Phrase(en: "unknown", nl: "onbekend").text(language) }
        switch grouping {
        case .group:
            guard let group = BelfiusCluster.Group(rawValue: key) else { return key }
            return group.label.text(language)
        case .province: return key
        case .level:
            if key == Workspace.Level.zone.rawValue { return Phrase(en: "police-zone level", nl: "niveau van de politiezone").text(language) }
            return Phrase(en: "municipal level", nl: "gemeentelijk niveau").text(language)
        }
    }
}
