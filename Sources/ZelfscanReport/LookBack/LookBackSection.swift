import ZelfscanCore

/// Last year's agreed actions and the change since the last comparable round, in the report's
/// language: each action with its status beside the change of its dimension and statements
/// ("samen met", never "door": the report describes, it does not attribute).
public struct LookBackSection: Sendable, Equatable {
    public struct StatementRow: Sendable, Equatable {
        public var itemID: String
        public var text: String
        public var dimension: String
        public var before: Double?
        public var after: Double?
        public var change: Double?
        /// Set when the statement (or dimension) does not compare across the two versions.
        public var notComparable: LookBack.Break? = nil
        /// Across versions, the change is measured on this many statements of the dimension.
        public var partial: Int? = nil
    }

    public struct ActionRow: Sendable, Equatable {
        public var id: String
        public var action: String
        public var dimension: String
        public var owner: String
        public var due: String
        public var status: ActionStatus
        /// "2027-03-15: …", in the order written.
        public var notes: [String]
        public var dimensionChange: StatementRow?
        public var statements: [StatementRow]
    }

    /// The round the plan followed from; nil when no plan was recorded before this round.
    public var planYear: Int?
    /// The year the action changes are measured from.
    public var baselineYear: Int?
    /// The last earlier comparable round (same version, or one the questionnaire continues);
    /// nil when there is none.
    public var comparableYear: Int?
    /// Its version, when it differs from this round's.
    public var earlierVersion: String?
    /// Statements (by item id) that do not compare with `comparableYear`, and why.
    public var notComparable: [String: LookBack.Break]
    public var actions: [ActionRow]
    /// Each dimension's change since `comparableYear` by the trend's rule (`itemID` holds the
    /// dimension id); empty without a comparable round.
    public var dimensions: [StatementRow]

    /// A dimension mean of a round in `rounds` with fewer than `minimum` scores is left out, as
    /// everywhere in the report.
    init?(_ lookBack: LookBack, rounds: [CellRound], questionnaire: Questionnaire, language: Language, minimum: Int) {
        guard !lookBack.isEmpty else { return nil }
        func shown(_ mean: Double?, year: Int?, dimension: String) -> Double? {
            guard let year, let result = rounds.first(where: { $0.year == year })?.dimension(dimension), result.n >= minimum else { return nil }
            return mean
        }
        let items = questionnaire.dimensions.flatMap { dimension in dimension.items.map { (item: $0, dimension: dimension) } }
        func row(_ change: LookBack.StatementChange) -> StatementRow {
            let found = items.first { $0.item.id == change.itemID }
            return StatementRow(itemID: change.itemID, text: found?.item.text.text(language) ?? change.itemID,
                                dimension: found?.dimension.title.text(language) ?? change.dimensionID,
                                before: change.change.before, after: change.change.after, change: change.change.change,
                                notComparable: change.notComparable)
        }
        let title = { (id: String) in questionnaire.dimensions.first { $0.id == id }?.title.text(language) ?? id }
        planYear = lookBack.plan?.year
        baselineYear = lookBack.baselineYear
        comparableYear = lookBack.comparableYear
        earlierVersion = lookBack.comparableVersion.flatMap { $0 == questionnaire.version ? nil : $0 }
        notComparable = Dictionary(lookBack.statements.compactMap { change in change.notComparable.map { (change.itemID, $0) } }) { first, _ in first }
        dimensions = lookBack.dimensions.map { change in
            let before = shown(change.change.before, year: lookBack.comparableYear, dimension: change.dimensionID)
            let after = shown(change.change.after, year: lookBack.year, dimension: change.dimensionID)
            return StatementRow(itemID: change.dimensionID, text: title(change.dimensionID), dimension: title(change.dimensionID),
                                before: before, after: after, change: LookBack.Change(before: before, after: after).change,
                                notComparable: change.notComparable, partial: change.partial)
        }
        actions = lookBack.actions.map { outcome in
            let action = outcome.action
            return ActionRow(
                id: action.id, action: action.action, dimension: title(action.dimension), owner: action.owner,
                due: action.due.description, status: action.status, notes: action.notes.map { "\($0.date): \($0.text)" },
                dimensionChange: outcome.dimension.map { change in
                    let before = shown(change.change.before, year: lookBack.baselineYear, dimension: change.dimensionID)
                    let after = shown(change.change.after, year: lookBack.year, dimension: change.dimensionID)
                    return StatementRow(itemID: change.dimensionID, text: title(change.dimensionID), dimension: title(change.dimensionID),
                                        before: before, after: after, change: LookBack.Change(before: before, after: after).change,
                                        notComparable: change.notComparable, partial: change.partial)
                },
                statements: outcome.statements.map(row))
        }
    }
}
