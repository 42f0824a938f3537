/// How one cell's dimensions moved between two of its shown rounds, for `compare` and
/// `compare --trend`: the report's look back (`LookBack`, the trend's rule in docs/scoring.md), so
/// every output gives the same figure. Across questionnaire versions a dimension changes only on
/// the statements both versions ask (`partial` says how many), and the overall score not at all.
public struct RoundChange: Sendable, Equatable {
    public struct Dimension: Sendable, Equatable {
        public var change: Double?
        /// Across versions, the number of comparable statements when the change is measured on
        /// part of the dimension only.
        public var partial: Int?
    }

    /// By dimension id of the later round; absent where nothing links the rounds.
    public var dimensions: [String: Dimension]
    /// Nil across versions: the overall scores are made of other dimensions.
    public var overall: Double?
    /// The earlier round's version when it differs from the later round's.
    public var earlierVersion: String?

    /// `questionnaires` holds the versions the rounds were given on. A dimension or overall score
    /// hidden in either round (fewer than the minimum of scores) has no change: the change and the one
    /// shown score would give the hidden one away.
    public init(from earlier: CellRound, to later: CellRound, questionnaires: [Questionnaire], rules: ScoringRules = .standard) {
        let minimum = rules.minimumCellRespondents
        earlierVersion = earlier.questionnaireVersion == later.questionnaireVersion ? nil : earlier.questionnaireVersion
        let find = { (round: CellRound) in
            questionnaires.first { $0.id == round.questionnaireID && $0.version == round.questionnaireVersion }
        }
        let shown = { (round: CellRound, id: String) in (round.dimension(id)?.n ?? 0) >= minimum }
        guard earlier.questionnaireID == later.questionnaireID, let after = find(later) else {
            dimensions = [:]
            overall = nil
            return
        }
        let sameVersion = earlierVersion == nil
        let continuity = sameVersion ? nil : find(earlier).flatMap { Continuity(earlier: $0, later: after) }
        let back = LookBack.make(round: later, earlier: [earlier], plans: [], questionnaire: after,
                                 questionnaires: questionnaires, rules: rules)
        var dimensions: [String: Dimension] = [:]
        for change in back.dimensions where change.notComparable == nil {
            let earlierID = sameVersion ? change.dimensionID : continuity?.link(change.dimensionID)?.earlier
            guard let earlierID, shown(later, change.dimensionID), shown(earlier, earlierID) else {
                dimensions[change.dimensionID] = Dimension(change: nil, partial: change.partial)
                continue
            }
            dimensions[change.dimensionID] = Dimension(change: change.change.change, partial: change.partial)
        }
        self.dimensions = dimensions
        overall = sameVersion && earlier.overallShown(minimum: minimum) && later.overallShown(minimum: minimum)
            ? later.overall.flatMap { now in earlier.overall.map { now - $0 } } : nil
    }
}
